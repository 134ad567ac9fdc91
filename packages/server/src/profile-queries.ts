// The named, parameterized Cypher of the researcher's screens: profiles, rosters, unit trees.
import { CLAIM_TYPES, ENTITY_LABEL } from '@shabaka/model';

/** How deep a group's units are followed (a unit of a unit of a unit ...). */
export const UNIT_DEPTH = 4;

/** Every claim joining the entity to another entity, in either direction, with the other end. */
export const ENTITY_CLAIMS = `
  MATCH (n:${ENTITY_LABEL} {id: $id})-[r]-(m:${ENTITY_LABEL})
  WHERE type(r) IN $types
  RETURN r, m, startNode(r) = n AS outgoing
  LIMIT $limit`;

export const PROFILE_CLAIM_TYPES: readonly string[] = CLAIM_TYPES;

/**
 * Who holds a role in (or is a member of) the group, or of any unit part of it: the roster's
 * claims, each with its person and the body the role is held in.
 */
export const ORGANIZATION_ROSTER = `
  MATCH (o:${ENTITY_LABEL} {id: $id})
  OPTIONAL MATCH (u:${ENTITY_LABEL})-[:PART_OF*1..${UNIT_DEPTH}]->(o) WHERE u <> o
  WITH o, collect(DISTINCT u) AS units
  UNWIND [o] + units AS body
  MATCH (p:Person)-[r:HOLDS_ROLE|MEMBER_OF]->(body)
  RETURN p, r, body LIMIT $limit`;

/** The group's units, each under the body its shortest PART_OF path reaches first. */
export const ORGANIZATION_UNITS = `
  MATCH path = (u:${ENTITY_LABEL})-[:PART_OF*1..${UNIT_DEPTH}]->(:${ENTITY_LABEL} {id: $id})
  WHERE u.id <> $id
  WITH u, path ORDER BY length(path)
  WITH u, head(collect(path)) AS shortest
  RETURN u, nodes(shortest)[1].id AS parent, length(shortest) AS depth
  ORDER BY depth, u.name LIMIT $limit`;
