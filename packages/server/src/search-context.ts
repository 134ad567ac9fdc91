// What a search hit needs beside its name so namesakes can be told apart: the groups it is
// reported in, its most reported role and place, and its SAME_AS links (one query for the page).
import type { SearchHit } from '@shabaka/model';
import type { ManagedTransaction } from 'neo4j-driver';
import { judgementOf } from './graph.ts';
import { SEARCH_CONTEXT } from './screen-queries.ts';

type Context = NonNullable<SearchHit['context']>;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);

export async function searchContexts(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, Context>> {
  const result = await tx.run(SEARCH_CONTEXT, { ids });
  return new Map(
    result.records.map((r) => {
      const [role] = strings(r.get('roles'));
      const [place] = strings(r.get('places'));
      const sameAs = (r.get('sameAs') as { id: string; name: unknown; judgement: unknown }[]).map((s) => ({
        id: s.id,
        ...(typeof s.name === 'string' ? { name: s.name } : {}),
        judgement: judgementOf(s.judgement),
      }));
      const context: Context = {
        organizations: strings(r.get('organizations')),
        ...(role ? { role } : {}),
        ...(place ? { place } : {}),
        sameAs,
      };
      return [r.get('id') as string, context];
    }),
  );
}
