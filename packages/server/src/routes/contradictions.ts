// Contradictions: claims about a person that cannot all be true at once, with their sources, for
// the whole graph (the persons with claims the rules read, up to a limit) or one person's or
// organization's view.
import { ContradictionsQuerySchema, ContradictionsResponseSchema } from '@shabaka/model';
import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { type AppContext, readTx, send } from '../context.ts';
import { involves } from '../contradictions.ts';
import { contradictionsOf } from '../corroboration.ts';
import { ApiError, parseInput } from '../errors.ts';

// Whose claims to read: the person asked for; the persons in the posts or ranks of the
// organization or unit asked for; else every person with a role, a reported killing or a
// succession, in id order.
const ENTITY_SCOPE = `
  MATCH (e:Entity {id: $entity})
  OPTIONAL CALL (e) {
    WITH e WHERE e:Person RETURN e.id AS id
    UNION
    MATCH (p:Person)-[:HOLDS_ROLE|MEMBER_OF]->(e) RETURN DISTINCT p.id AS id
  }
  WITH e, id ORDER BY id LIMIT $limit
  RETURN e.id AS entity, collect(id) AS ids`;

const GRAPH_SCOPE = `
  MATCH (p:Person)
  WHERE EXISTS { (p)-[:HOLDS_ROLE]->() } OR EXISTS { ()-[:KILLED]->(p) } OR EXISTS { (p)-[:REPLACED]-() }
  WITH p.id AS id ORDER BY id LIMIT $limit
  RETURN collect(id) AS ids`;

export function contradictionRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/contradictions', async (req, res) => {
    const { entity, limit } = parseInput(ContradictionsQuerySchema, req.query, 'query string');
    const body = await readTx(ctx, async (tx) => {
      const scope = entity
        ? (await tx.run(ENTITY_SCOPE, { entity, limit: neo4j.int(limit + 1) })).records[0]
        : (await tx.run(GRAPH_SCOPE, { limit: neo4j.int(limit + 1) })).records[0];
      if (entity && !scope) throw new ApiError('not_found', `No entity has the id "${entity}".`);
      const ids = ((scope?.get('ids') as (string | null)[] | undefined) ?? []).filter(
        (id): id is string => id !== null,
      );
      const persons = ids.slice(0, limit);
      const found = await contradictionsOf(tx, persons);
      return {
        contradictions: entity ? found.filter((c) => involves(c, entity)) : found,
        persons: persons.length,
        truncated: ids.length > limit,
      };
    });
    send(res, ContradictionsResponseSchema, body);
  });

  return router;
}
