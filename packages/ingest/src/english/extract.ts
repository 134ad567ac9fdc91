// The English engine: an article the pipeline has cleaned, split and found to be English, read
// into the same extraction contract as the Arabic engine (MODEL.md), with the same evidence,
// qualifiers, trace and derivations. Groups and places carry their Arabic canonical names.
import type { Extraction, Span } from '@shabaka/model';
import { assemble } from '../rules/assemble.ts';
import type { Trace } from '../rules/trace.ts';
import type { Sentence } from '../stages/split.ts';
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

  const spans = (e: EnEntity): Span[] =>
    e.mentions.map((m) => ({ start: tokens[m.first]!.start, end: tokens[m.last]!.end }));
  return assemble([...resolved.entities, ...ctx.implied], spans, ctx.roles, ctx.relations, trace);
}
