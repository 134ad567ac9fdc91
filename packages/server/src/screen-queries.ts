// The named, parameterized Cypher of the researcher's screens: profiles, rosters, unit trees, the overview's summary.
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

/** The first day each person was reported killed (a denial is no report). */
export const KILLED_ON = `
  UNWIND $ids AS id
  MATCH (:${ENTITY_LABEL})-[r:KILLED]->(:Person {id: id})
  WHERE r.asOf IS NOT NULL AND NOT coalesce(r.negated, false)
  RETURN id, min(substring(r.asOf, 0, 10)) AS day`;

/** The group's units, each under the body its shortest PART_OF path reaches first. */
export const ORGANIZATION_UNITS = `
  MATCH path = (u:${ENTITY_LABEL})-[:PART_OF*1..${UNIT_DEPTH}]->(:${ENTITY_LABEL} {id: $id})
  WHERE u.id <> $id
  WITH u, path ORDER BY length(path)
  WITH u, head(collect(path)) AS shortest
  RETURN u, nodes(shortest)[1].id AS parent, length(shortest) AS depth
  ORDER BY depth, u.name LIMIT $limit`;

// ---- the overview's summary ----

export const ARTICLE_DATES = `
  MATCH (a:Article)
  RETURN min(a.publishedAt) AS first, max(a.publishedAt) AS last, count(a) - count(a.publishedAt) AS undated`;

export const RECENT_ARTICLES = `
  MATCH (a:Article)
  RETURN a {.id, .title, .url, .outlet, .publishedAt, .language, ingestedAt: toString(a.ingestedAt)} AS article
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.ingestedAt DESC LIMIT $limit`;

/** The best-connected organizations, each with the people most often reported in it and the places it holds. */
export const TOP_ORGANIZATIONS = `
  MATCH (o:Organization)
  WITH o, COUNT { (o)--(:${ENTITY_LABEL}) } AS degree
  ORDER BY degree DESC, o.name LIMIT $limit
  RETURN o, degree,
    COLLECT {
      MATCH (p:Person)-[r:HOLDS_ROLE|MEMBER_OF]->(o)
      WITH p, collect(DISTINCT coalesce(r.role, 'member')) AS roles, count(r) AS claims
      ORDER BY claims DESC, p.name
      RETURN {person: p, roles: roles} LIMIT $people
    } AS people,
    COLLECT {
      MATCH (o)-[:CONTROLS]->(place:Place)
      RETURN DISTINCT place LIMIT $places
    } AS places`;

// ---- search with context: what tells two namesakes apart ----

/** For each hit: its groups (by how often reported), its most reported role and place, its SAME_AS links. */
export const SEARCH_CONTEXT = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY_LABEL} {id: id})
  RETURN id,
    COLLECT {
      MATCH (n)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->(o:Organization|Unit)
      WITH o, count(r) AS claims ORDER BY claims DESC, o.name
      RETURN o.name LIMIT 3
    } AS organizations,
    COLLECT {
      MATCH (n)-[r:HOLDS_ROLE]->()
      WITH r.role AS role, count(r) AS claims ORDER BY claims DESC, role
      RETURN role LIMIT 1
    } AS roles,
    COLLECT {
      MATCH (n)-[r:LOCATED_IN|CONTROLS|MOVED_TO]->(p:Place)
      WITH p, count(r) AS claims ORDER BY claims DESC, p.name
      RETURN p.name LIMIT 1
    } AS places,
    COLLECT {
      MATCH (n)-[s:SAME_AS]-(m:${ENTITY_LABEL})
      RETURN {id: m.id, name: m.name, judgement: coalesce(s.judgement, 'unsure')} LIMIT 5
    } AS sameAs`;
