// Patterns of bodies whose names are built, not listed: a state's intelligence service named by its
// country (`جهاز المخابرات الوطني العراقي`), a sector named by its place (`قاطع الشرقاط`), a group's
// national branch (`الفرع المصري`), a numbered division (`الفرقة 20`), a brigade named after a
// historic figure (`لواء علي بن أبي طالب`). The recognizer asks at each
// free token; these patterns only propose a span.
import { nameKey, type OrganizationKind, type UnitKind } from '@shabaka/model';
import { type GazetteerEntry, placeOfAdjective } from '../gazetteer/index.ts';
import { GIVEN_KEYS, NAME_CONNECTORS } from '../gazetteer/names.ts';
import { INTELLIGENCE_WORDS } from '../gazetteer/units.ts';
import { keys, STOP_WORDS } from '../gazetteer/words.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isWord, stemIn, type Token, WordList } from '../text/tokens.ts';
import {
  BRANCH_HEADS,
  FORMATION_HEADS,
  NAMED_FORMATION_HEADS,
  NUMBERED_HEADS,
  SECTOR_HEADS,
  SERVICE_HEAD,
  SERVICE_QUALIFIERS,
} from '../lexicon/bodies.ts';

/** What the recognizer lets a pattern see. */
export interface BodyScan {
  readonly tokens: readonly Token[];
  free(i: number): boolean;
  gazetteerAt(i: number): { entry: GazetteerEntry; last: number } | undefined;
}

export interface BodyProposal {
  type: 'organization' | 'unit';
  first: number;
  last: number;
  kind: OrganizationKind | UnitKind;
  /** Clitic letters of the first token that are not part of the name (`لقاطع` → 1). */
  prefix: number;
}

const INTELLIGENCE = keys(INTELLIGENCE_WORDS.join(' '));
/** `السلطات الصومالية`, `المخابرات التركية`: a state's body named by its country's adjective. */
const STATE_BODY_HEADS = new Map<string, OrganizationKind>(
  (
    [
      ['السلطات', 'government'],
      ['الحكومة', 'government'],
      ['المخابرات', 'security_branch'],
      ['الاستخبارات', 'security_branch'],
      ['التلفزيون', 'media'],
    ] as const
  ).map(([word, kind]) => [nameKey(word), kind]),
);
const STATE_BODY_KEYS = new WordList(STATE_BODY_HEADS.keys());
const GIVEN = GIVEN_KEYS;
/** Words inside a person's name (`بن`, `أبي`), and `بين`, a common misspelling of `بن`. */
const CONNECTORS = new WordList([...NAME_CONNECTORS, ...['أبي', 'بين'].map(nameKey)]);

/** The name after a formation's head, when it is a person's: `أبو بكر الصديق`, `طلحة بن عبيد الله`. */
function personalNameEnd(tokens: readonly Token[], first: number, to: number): number | undefined {
  const opener = tokens[first];
  const personal = GIVEN.has(opener?.key ?? '') || CONNECTORS.has(opener?.key ?? '');
  if (!isWord(opener) || !(personal || CONNECTORS.has(tokens[first + 1]?.key ?? ''))) return undefined;
  let last = first;
  for (let j = first + 1; j < to && j <= first + 4; j++) {
    const t = tokens[j]!;
    if (!isWord(t) || (!CONNECTORS.has(t.key) && (STOP_WORDS.has(t.key) || /^و/.test(t.key)))) break;
    last = j;
  }
  return last > first ? last : undefined;
}

function countryAdjective(token: Token | undefined): boolean {
  const key = token?.key ?? '';
  const country = placeOfAdjective(key) ?? placeOfAdjective(key.replace(/ه$/, ''));
  return country?.type === 'place';
}

export function builtBody(scan: BodyScan, i: number, to: number): BodyProposal | undefined {
  const { tokens } = scan;
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!next || i + 1 >= to || !scan.free(i + 1)) return undefined;
  const service = stemIn(head, SERVICE_HEAD);
  if (service && INTELLIGENCE.has(next.key)) {
    let last = i + 1;
    for (let j = i + 2; j < to && j <= i + 3 && scan.free(j); j++) {
      if (!SERVICE_QUALIFIERS.has(tokens[j]!.key) && !countryAdjective(tokens[j])) break;
      last = j;
    }
    return { type: 'organization', first: i, last, kind: 'security_branch', prefix: service.prefix };
  }
  const state = stemIn(head, STATE_BODY_KEYS);
  if (state && countryAdjective(next)) {
    const kind = STATE_BODY_HEADS.get(state.key)!;
    return { type: 'organization', first: i, last: i + 1, kind, prefix: state.prefix };
  }
  const sector = stemIn(head, SECTOR_HEADS);
  const place = sector ? scan.gazetteerAt(i + 1) : undefined;
  if (sector && place?.entry.type === 'place')
    return { type: 'unit', first: i, last: place.last, kind: 'other', prefix: sector.prefix };
  const branch = stemIn(head, BRANCH_HEADS);
  if (branch && countryAdjective(next))
    return { type: 'unit', first: i, last: i + 1, kind: 'other', prefix: branch.prefix };
  const formation = stemIn(head, NAMED_FORMATION_HEADS);
  const named = formation ? personalNameEnd(tokens, i + 1, to) : undefined;
  if (formation && named !== undefined)
    return { type: 'unit', first: i, last: named, kind: 'military', prefix: formation.prefix };
  const numbered = stemIn(head, NUMBERED_HEADS);
  if (numbered && next.kind === 'number')
    return { type: 'organization', first: i, last: i + 1, kind: 'armed_group', prefix: numbered.prefix };
  return undefined;
}

/**
 * `الجناح العسكري والعمليات`, `قسم الشورى والمالية`: a unit whose name coordinates a second domain
 * with `و` takes it in, unless that word opens a name of its own (`والمكتب الإعلامي`).
 */
export function coordinatedUnitEnd(scan: BodyScan, last: number, opensName: (i: number) => boolean) {
  const next = scan.tokens[last + 1];
  if (!isWord(next) || !/^وال/.test(next.key) || !scan.free(last + 1) || opensName(last + 1)) return last;
  const bare = next.stems.find((s) => s.prefix === 1)?.key ?? '';
  return STOP_WORDS.has(bare) || scan.gazetteerAt(last + 1) ? last : last + 1;
}

/**
 * `“الفيلق الثاني” التابع لـ“الجيش الوطني”`, `فرقة الموت التابعة لـ`: a formation the recognizer
 * read by its head word is a unit when the words right after it attach it to another body.
 */
export function isAttachedFormation(scan: BodyScan, first: number, last: number): boolean {
  let j = last + 1;
  while (scan.tokens[j]?.kind === 'quote') j++;
  const head = scan.tokens[first];
  return (
    stemIn(head, FORMATION_HEADS) !== undefined && stemIn(scan.tokens[j], LEXICON.attached) !== undefined
  );
}
