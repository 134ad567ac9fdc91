// What the LLM is told: MODEL.md's vocabulary, generated from @shabaka/model's constants so
// that it never drifts, and the article as numbered sentences.
import {
  CLAIM_TYPE_INFO,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PREDICATES,
  predicateToClaimType,
  ROLE_CLASSES,
  ROLE_STATUSES,
  UNIT_KINDS,
} from '@shabaka/model';
import type { Sentence } from '../stages/split.ts';

const ANSWER_SHAPE = {
  persons: [{ name: '...', aliases: ['...'] }],
  organizations: [{ name: '...', aliases: ['...'], kind: '...' }],
  units: [{ name: '...', org: '...', kind: '...' }],
  places: [{ name: '...', aliases: ['...'], kind: '...' }],
  roles: [
    {
      person: '...',
      role: '...',
      org: '...',
      place: null,
      status: '...',
      title: '...',
      sentence: 0,
      evidence_quote: '...',
      confidence: 0.9,
    },
  ],
  relations: [
    { subject: '...', predicate: '...', object: '...', sentence: 0, evidence_quote: '...', confidence: 0.9 },
  ],
};

function predicateLines(): string[] {
  return PREDICATES.map((predicate) => {
    const { from, to } = CLAIM_TYPE_INFO[predicateToClaimType(predicate)];
    return `  - ${predicate} (${from.join('|')} -> ${to.join('|')})`;
  });
}

export function systemPrompt(): string {
  return [
    'You read news articles (mostly Arabic) and extract, for a research graph, the persons,',
    'organizations, units (sub-units of an organization), places, the roles persons hold and',
    'the relations between them. Extract only what the text states; never add outside knowledge.',
    '',
    'Answer with one JSON object and nothing else, of this shape:',
    JSON.stringify(ANSWER_SHAPE),
    '',
    'Use these values only:',
    `- role: ${ROLE_CLASSES.join(', ')}`,
    `- status: ${ROLE_STATUSES.join(', ')}`,
    `- organization kind: ${ORGANIZATION_KINDS.join(', ')}`,
    `- unit kind: ${UNIT_KINDS.join(', ')}`,
    `- place kind: ${PLACE_KINDS.join(', ')}`,
    '- predicate (subject label -> object label):',
    ...predicateLines(),
    '',
    'Rules:',
    '- Write every name exactly as the article spells it, without a joined و ب ل ف ك.',
    '- person, org, place, subject and object must be names you listed under persons,',
    '  organizations, units or places.',
    '- Every role and relation gives "sentence", the number of the sentence that states it, and',
    '  "evidence_quote", the words of that sentence that state it, copied VERBATIM (no paraphrase,',
    '  no translation). Leave out any claim you cannot quote.',
    '- "title" is the words the text uses for the role; "confidence" is between 0 and 1.',
  ].join('\n');
}

/** The article as the model sees it: one sentence a line, each with the number claims cite. */
export function userPrompt(sentences: readonly Sentence[]): string {
  return ['Article, one numbered sentence a line:', ...sentences.map((s) => `[${s.index}] ${s.text}`)].join(
    '\n',
  );
}
