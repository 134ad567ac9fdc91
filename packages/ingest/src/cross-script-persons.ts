// One person across scripts (MODEL.md: a strong name merges, a weak one gets candidates): a person
// of this write with a strong name (its cross-script key) and a post in or membership of a body
// meets the node with a spelling in the other script that has the same key and a tie to the same
// body, when there is exactly one such node (a node met once has both scripts: it is met again). The write's person then takes that node's id, so its name, aliases and
// search keys are merged into it; otherwise the writer's SAME_AS candidates stand.
import { type GraphWrite, isArabicScript } from '@shabaka/model';
import type { ManagedTransaction } from 'neo4j-driver';

/** The ties that make two same-key spellings one person: a post in, or membership of, one body. */
const TIES = new Set(['HOLDS_ROLE', 'MEMBER_OF']);
const ARABIC_NAME = '.*[\\u0600-\\u06FF].*';

// `p.write`: which write of the batch the person is of (one statement reads for all of them).
export const FIND_SAME_PERSON_IN_OTHER_SCRIPT = `
  UNWIND $persons AS p
  MATCH (other:Person {crossKey: p.crossKey})
  WHERE other.id <> p.id AND any(n IN [other.name] + other.aliases WHERE (n =~ $arabicName) <> p.arabic)
    AND EXISTS { (other)-[r:HOLDS_ROLE|MEMBER_OF]->(body) WHERE body.id IN p.bodies }
  WITH p, collect(other.id) AS others
  WHERE size(others) = 1
  RETURN p.write AS write, p.id AS id, others[0] AS existing`;

/** The persons of a write that may meet a node of the other script: a cross-script key and a tie. */
export function crossScriptPersons(write: GraphWrite) {
  return write.entities.flatMap((e) => {
    if (e.label !== 'Person' || !e.crossKey) return [];
    const bodies = [
      ...new Set(write.claims.filter((c) => c.from === e.id && TIES.has(c.type)).map((c) => c.to)),
    ];
    return bodies.length > 0
      ? [{ id: e.id, crossKey: e.crossKey, arabic: isArabicScript(e.name), bodies }]
      : [];
  });
}

/** The write with each person in `existing` (write id -> node id) written to that node. */
export function onExistingNodes(write: GraphWrite, existing: ReadonlyMap<string, string>): GraphWrite {
  if (existing.size === 0) return write;
  const id = (old: string) => existing.get(old) ?? old;
  return {
    ...write,
    entities: write.entities.map((e) => ({ ...e, id: id(e.id) })),
    claims: write.claims.map((c) => ({ ...c, from: id(c.from), to: id(c.to) })),
  };
}

/**
 * Reads, inside the writes' transaction and in one statement, which persons of each write are
 * already a node of the other script; the writes of one batch do not meet each other so.
 */
export async function meetOtherScript(
  tx: ManagedTransaction,
  writes: readonly GraphWrite[],
): Promise<GraphWrite[]> {
  const persons = writes.flatMap((write, k) => crossScriptPersons(write).map((p) => ({ ...p, write: k })));
  if (persons.length === 0) return [...writes];
  const result = await tx.run(FIND_SAME_PERSON_IN_OTHER_SCRIPT, { persons, arabicName: ARABIC_NAME });
  const existing = writes.map(() => new Map<string, string>());
  for (const r of result.records)
    existing[Number(r.get('write'))]!.set(r.get('id') as string, r.get('existing') as string);
  return writes.map((write, k) => onExistingNodes(write, existing[k]!));
}
