// Every Cypher statement the server runs on its own behalf, named and parameterized. The few
// built from text are built from the model's vocabulary constants or validated integers, never
// from a request's strings.
import { CLAIM_TYPES, ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES } from '@shabaka/model';
import { ENTITY_SEARCH_INDEX } from '@shabaka/db';

/** Relationship types a neighbourhood or path follows unless told otherwise: claims and resolution. */
export const TRAVERSED_TYPES: readonly string[] = [...CLAIM_TYPES, 'SAME_AS'];

export const PING = 'RETURN 1 AS ok';

export const NODES_BY_ELEMENT_ID = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';

/**
 * The first screen: the entities most connected to other entities and the claims among them.
 * Entities that are only mentioned (no claim joins them to another) would be a grid of noise.
 */
export const OVERVIEW = `
  MATCH (n:${ENTITY_LABEL})
  WITH n, COUNT { (n)--(:${ENTITY_LABEL}) } AS degree WHERE degree > 0
  WITH n ORDER BY degree DESC LIMIT $limit
  WITH collect(n) AS nodes
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b:${ENTITY_LABEL})
    WHERE type(r) IN $types AND b IN nodes
    WITH r LIMIT $edgeLimit
    RETURN collect(r) AS edges
  }
  RETURN nodes, edges`;

export { ENTITY_SEARCH_INDEX };

/**
 * Full-text candidates, best first, as the few properties ranking needs (the server re-ranks
 * them, prefix matches first). The limit goes into Lucene, which then keeps only its top hits.
 */
export const SEARCH = `
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
  WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
  RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.latin AS latin,
         node.kind AS kind, node.aliases AS aliases, score`;

/** Mention counts of the page of hits actually returned (never of every candidate). */
export const SEARCH_MENTIONS = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY_LABEL} {id: id})
  RETURN id, COUNT { (n)-[:MENTIONED_IN]->() } AS mentions`;

export const ENTITY = `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN n`;

/** Relationship counts by type and direction: the entity's degree, and what the UI may expand. */
export const NEIGHBOR_COUNTS = `
  MATCH (n:${ENTITY_LABEL} {id: $id})
  CALL (n) {
    MATCH (n)-[r]->() RETURN type(r) AS type, 'out' AS direction, count(r) AS count
    UNION ALL
    MATCH (n)<-[r]-() RETURN type(r) AS type, 'in' AS direction, count(r) AS count
  }
  RETURN type, direction, count ORDER BY count DESC, type`;

export const ENTITY_ARTICLES = `
  MATCH (n:${ENTITY_LABEL} {id: $id})-[m:MENTIONED_IN]->(a:Article)
  RETURN a {.id, .title, .url, .outlet, .publishedAt, .language, ingestedAt: toString(a.ingestedAt)} AS article,
         m.count AS count
  ORDER BY a.publishedAt DESC LIMIT $limit`;

/** A person's roles over time: HOLDS_ROLE claims, oldest first (undated last). */
export const ENTITY_ROLES = `
  MATCH (n:${ENTITY_LABEL} {id: $id})-[r:HOLDS_ROLE]->(o)
  RETURN r, o ORDER BY r.asOf IS NULL, r.asOf, r.start LIMIT $limit`;

/** One breadth-first step: new neighbours of the frontier, at most $remaining. */
export const EXPAND_LEVEL = `
  UNWIND $frontier AS fid
  MATCH (f) WHERE elementId(f) = fid
  MATCH (f)-[r]-(m)
  WHERE type(r) IN $types AND NOT elementId(m) IN $seen
  RETURN DISTINCT elementId(m) AS id LIMIT $remaining`;

/** The nodes found and every relationship of the wanted types among them, capped. */
export const SUBGRAPH = `
  MATCH (n) WHERE elementId(n) IN $ids
  CALL (n) {
    OPTIONAL MATCH (n)-[r]->(m) WHERE type(r) IN $types AND elementId(m) IN $ids
    RETURN r
  }
  WITH collect(DISTINCT n) AS nodes, collect(r) AS rels
  RETURN nodes, rels[..$edgeLimit] AS edges, size(rels) AS edgeCount`;

const TRAVERSAL_PATTERN = TRAVERSED_TYPES.join('|');

/** Shortest paths between two entities, one statement per maximum length (a literal in Cypher). */
export const SHORTEST_PATHS: Readonly<Record<number, string>> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((length) => [
    length,
    `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
     MATCH p = allShortestPaths((a)-[:${TRAVERSAL_PATTERN}*..${length}]-(b))
     RETURN p LIMIT $limit`,
  ]),
);

/** Claims and SAME_AS links of an entity: how much of a hub it is. */
const DEGREE = (node: string) => `COUNT { (${node})-[:${TRAVERSAL_PATTERN}]-() }`;

/** The same, through no entity between the ends with more than $maxDegree claims (no hubs). */
export const SHORTEST_PATHS_AVOIDING_HUBS: Readonly<Record<number, string>> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((length) => [
    length,
    `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
     MATCH p = allShortestPaths((a)-[:${TRAVERSAL_PATTERN}*..${length}]-(b))
     WHERE all(n IN nodes(p) WHERE n = a OR n = b OR ${DEGREE('n')} <= $maxDegree)
     RETURN p LIMIT $limit`,
  ]),
);

/** Of the entities given, the hubs: more than $maxDegree claims, the biggest first. */
export const HUBS_AMONG = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY_LABEL} {id: id})
  WITH n, ${DEGREE('n')} AS degree WHERE degree > $maxDegree
  RETURN n.id AS id, n.name AS name, degree ORDER BY degree DESC`;

export const PATH_TO_ITSELF = `MATCH p = (:${ENTITY_LABEL} {id: $from}) RETURN p`;

export const ENTITIES_EXIST = `
  UNWIND $ids AS id
  OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id})
  RETURN id, n IS NOT NULL AS found`;

// With the story it belongs to and, for a republished copy, the original it copies (MODEL: COPY_OF).
const ARTICLE_META = `a {.id, .title, .url, .outlet, .publishedAt, .language, ingestedAt: toString(a.ingestedAt),
  .story, copyOf: [(a)-[:COPY_OF]->(o:Article) | o {.id, .outlet, .title, .publishedAt}][0]}`;

export const ARTICLE = `
  MATCH (a:Article {id: $id})
  RETURN ${ARTICLE_META} AS article, a.text AS text`;

export const ARTICLE_MENTIONS = `
  MATCH (e:${ENTITY_LABEL})-[m:MENTIONED_IN]->(:Article {id: $id})
  RETURN e, m.count AS count, m.spans AS spans
  ORDER BY m.count DESC`;

/** Claims read from one article: every claim's subject is an entity the article mentions. */
export const ARTICLE_CLAIMS = `
  MATCH (s:${ENTITY_LABEL})-[:MENTIONED_IN]->(:Article {id: $id})
  MATCH (s)-[r]->(t:${ENTITY_LABEL})
  WHERE r.article = $id
  RETURN s, r, t
  ORDER BY r.start, r.end`;

/** One claim by its id (claim types are indexed by id), else any relationship by elementId. */
export const CLAIM = `
  CALL () {
    ${CLAIM_TYPES.map((type) => `MATCH (s)-[r:${type} {id: $id}]->(t) RETURN s, r, t`).join('\n    UNION ALL\n    ')}
    UNION ALL
    MATCH (s)-[r]->(t) WHERE elementId(r) = $id RETURN s, r, t
  }
  RETURN s, r, t LIMIT 1`;

/** Several claims by id in one round trip: each claim type's id index, then elementIds. */
export const CLAIMS = `
  CALL () {
    ${CLAIM_TYPES.map((type) => `MATCH (s)-[r:${type}]->(t) WHERE r.id IN $ids RETURN s, r, t`).join('\n    UNION ALL\n    ')}
    UNION ALL
    MATCH (s)-[r]->(t) WHERE elementId(r) IN $ids RETURN s, r, t
  }
  RETURN s, r, t`;

export const ARTICLES_META_BY_IDS = `MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, ${ARTICLE_META} AS article`;

export const ARTICLE_META_BY_ID = `MATCH (a:Article {id: $id}) RETURN ${ARTICLE_META} AS article`;

/** Counts from the count store, one branch per vocabulary label / type. */
export const LABEL_COUNTS = NODE_LABELS.concat(ENTITY_LABEL as never)
  .map((label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`)
  .join('\nUNION ALL\n');

export const RELATIONSHIP_TYPE_COUNTS = RELATIONSHIP_TYPES.map(
  (type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS type, count(r) AS count`,
).join('\nUNION ALL\n');

export const SCHEMA_NAMES = `
  CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
  CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
  CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys }
  CALL () { MATCH (n) RETURN count(n) AS nodeCount }
  CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
  RETURN labels, types, keys, nodeCount, relationshipCount`;

export const SEARCH_INDEX_STATE = 'SHOW INDEXES YIELD name, state WHERE name = $index RETURN state';

// ---- entity resolution: SAME_AS links judged by researchers ----

/** How far "confirmed the same" is followed (A = B = C is one entity), and how many at most. */
const SAME_AS_HOPS = 3;
export const SAME_AS_GROUP_LIMIT = 50;

/**
 * The start of a neighbourhood in one round trip: the center, when asked every entity confirmed
 * the same as it (transitively: A = B = C is one record), and up to $first of their neighbours.
 */
export const NEIGHBORHOOD_START = `
  MATCH (n:${ENTITY_LABEL} {id: $id})
  WITH [elementId(n)] + CASE WHEN $includeSameAs THEN COLLECT {
           MATCH (n)-[:SAME_AS*1..${SAME_AS_HOPS} {judgement: 'confirmed'}]-(m:${ENTITY_LABEL})
           WHERE m <> n
           RETURN DISTINCT elementId(m) LIMIT ${SAME_AS_GROUP_LIMIT}
         } ELSE [] END AS start
  RETURN start, COLLECT {
    UNWIND start AS fid
    MATCH (f) WHERE elementId(f) = fid
    MATCH (f)-[r]-(m)
    WHERE type(r) IN $types AND NOT elementId(m) IN start
    RETURN DISTINCT elementId(m) LIMIT $first
  } AS found`;

/** An entity's SAME_AS links in either direction, whatever their judgement. */
export const ENTITY_SAME_AS = `
  MATCH (:${ENTITY_LABEL} {id: $id})-[r:SAME_AS]-(m:${ENTITY_LABEL})
  RETURN m, r.judgement AS judgement
  ORDER BY r.judgement = 'confirmed' DESC, r.at DESC LIMIT $limit`;

export const SAME_AS_QUEUE = `
  MATCH (a:${ENTITY_LABEL})-[r:SAME_AS {judgement: $judgement}]->(b:${ENTITY_LABEL})
  RETURN a.id AS source, b.id AS target, r
  ORDER BY r.score DESC, r.at DESC LIMIT $limit`;

export const SAME_AS_TOTAL = `MATCH ()-[r:SAME_AS {judgement: $judgement}]->() RETURN count(r) AS total`;

/** What a researcher weighs when judging: names, the groups each holds roles in, how often seen. */
export const SAME_AS_SIDES = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY_LABEL} {id: id})
  CALL (n) {
    OPTIONAL MATCH (n)-[r:HOLDS_ROLE|MEMBER_OF]->(o:Organization|Unit)
    WITH o, collect(DISTINCT coalesce(r.role, 'member')) AS roles WHERE o IS NOT NULL
    RETURN collect({org: o, roles: roles})[..$organizationLimit] AS organizations
  }
  CALL (n) {
    OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article)
    RETURN count(m) AS articles, sum(coalesce(m.count, 1)) AS mentions
  }
  RETURN n, organizations, articles, mentions`;

/**
 * Creates or updates THE link between two entities: an undirected MERGE finds it in either
 * direction, and a second one (left by a race elsewhere) is folded away. The earlier judgement
 * is kept in `history`, since a merge or split should be traceable to whom and when.
 */
export const JUDGE_SAME_AS = `
  MATCH (a:${ENTITY_LABEL} {id: $id}), (b:${ENTITY_LABEL} {id: $other})
  OPTIONAL MATCH (a)-[old:SAME_AS]-(b)
  WITH a, b, count(old) AS before
  MERGE (a)-[r:SAME_AS]-(b)
  WITH a, b, before, collect(r) AS links
  FOREACH (extra IN tail(links) | DELETE extra)
  WITH a, b, before, head(links) AS r
  SET r.history = coalesce(r.history, []) +
        CASE WHEN r.judgement IS NULL THEN []
             ELSE [r.judgement + ' by ' + coalesce(r.by, '?') + ' at ' + toString(r.at)] END,
      r.judgement = $judgement, r.by = $by, r.at = datetime(), r.note = $note,
      r.reason = coalesce(r.reason, 'judged by a researcher')
  RETURN startNode(r).id AS source, endNode(r).id AS target, r, before = 0 AS created`;
