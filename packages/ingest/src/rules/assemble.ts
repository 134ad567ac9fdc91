// The last step of every engine: its resolved entities, roles and relations assembled into the
// extraction contract (MODEL.md), with the claims the derivation rows add.
import type { EntityType, Extraction, RelationItem, RoleItem, Span } from '@shabaka/model';
import { derive } from './derive.ts';
import type { Trace } from './trace.ts';

/** What an engine's resolved entity gives the contract. */
export interface AssembledEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: string | undefined;
  org?: { name: string } | undefined;
}

export function assemble<E extends AssembledEntity>(
  entities: readonly E[],
  spans: (e: E) => Span[],
  roles: RoleItem[],
  relations: RelationItem[],
  trace?: Trace,
): Extraction {
  const extraction: Extraction = { persons: [], organizations: [], units: [], places: [], roles, relations };
  for (const e of entities) {
    const base = { name: e.name, aliases: e.aliases, mentions: spans(e) };
    const kind = (e.kind as never) ?? 'other';
    if (e.type === 'person') extraction.persons.push(base);
    if (e.type === 'place') extraction.places.push({ ...base, kind });
    if (e.type === 'organization') extraction.organizations.push({ ...base, kind });
    if (e.type === 'unit')
      extraction.units.push({ name: e.name, org: e.org?.name ?? null, kind, mentions: base.mentions });
  }
  extraction.relations.push(...derive(extraction, trace));
  return extraction;
}
