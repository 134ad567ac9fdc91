// Deterministic ids: the same article or the same entity always gets the same id, so that
// ingesting twice changes nothing and articles that name one entity meet on one node.
import { createHash } from 'node:crypto';
import type { ENTITY_TYPE_INFO, EntityType } from '@shabaka/model';

function digest(parts: readonly string[]): string {
  // U+241F (symbol for unit separator) cannot occur in folded names, so joins are unambiguous.
  return createHash('sha256').update(parts.join('\u241F')).digest('hex');
}

/** The Article id: a content hash of the cleaned text. */
export function articleId(cleanedText: string): string {
  return `art-${digest([cleanedText]).slice(0, 32)}`;
}

/** An entity's id prefix (the model's), or a claim's. */
export type IdKind = (typeof ENTITY_TYPE_INFO)[EntityType]['idPrefix'] | 'clm';

export function stableId(kind: IdKind, ...parts: string[]): string {
  return `${kind}-${digest(parts).slice(0, 24)}`;
}

/** The part of an `extractor` (`name@version`) that names its family: `shabaka-rules`, `llm:qwen`. */
export function extractorFamily(extractor: string): string {
  const at = extractor.lastIndexOf('@');
  return at > 0 ? extractor.slice(0, at) : extractor;
}
