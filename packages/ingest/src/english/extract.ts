// The English engine: an article the pipeline has cleaned, split and found to be English, read
// into the same extraction contract as the Arabic engine (MODEL.md), with the same evidence,
// qualifiers, trace and derivations. Groups and places carry their Arabic canonical names.
import type { Extraction, Span } from '@shabaka/model';
import { derive } from '../rules/derive.ts';
import type { Trace } from '../rules/trace.ts';
import type { Sentence } from '../split.ts';
import { EnglishContext } from './context.ts';
import { recognizeEnglish } from './recognize.ts';
import { type EnEntity, resolveEnglish } from './resolve.ts';
import { runEnglishRules } from './rules.ts';
import { tokenize } from './tokens.ts';

export function extractEnglish(text: string, sentences: readonly Sentence[], trace?: Trace): Extraction {
  const tokens = tokenize(sentences);
  const mentions = recognizeEnglish(text, tokens);
  const resolved = resolveEnglish(tokens, mentions);
  const ctx = new EnglishContext(text, sentences, tokens, mentions, resolved, trace);
  runEnglishRules(ctx);

  const extraction: Extraction = {
    persons: [],
    organizations: [],
    units: [],
    places: [],
    roles: ctx.roles,
    relations: ctx.relations,
  };
  const spans = (e: EnEntity): Span[] =>
    e.mentions.map((m) => ({ start: tokens[m.first]!.start, end: tokens[m.last]!.end }));
  for (const e of [...resolved.entities, ...ctx.implied]) {
    const base = { name: e.name, aliases: e.aliases, mentions: spans(e) };
    if (e.type === 'person') extraction.persons.push(base);
    if (e.type === 'place') extraction.places.push({ ...base, kind: (e.kind as never) ?? 'other' });
    if (e.type === 'organization')
      extraction.organizations.push({ ...base, kind: (e.kind as never) ?? 'other' });
    if (e.type === 'unit')
      extraction.units.push({
        name: e.name,
        org: e.org?.name ?? null,
        kind: (e.kind as never) ?? 'other',
        mentions: spans(e),
      });
  }
  extraction.relations.push(...derive(extraction, trace));
  return extraction;
}
