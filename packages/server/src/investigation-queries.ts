// The named queries of saved investigations. An investigation is one node of its own label,
// joined to nothing: the extracted graph never holds it, and deleting one touches nothing else.
import { INVESTIGATION_LABEL } from '@shabaka/model';

const I = INVESTIGATION_LABEL;

/** The list reads no view and no notes: only what a line of it shows. */
export const LIST_INVESTIGATIONS = `
  MATCH (i:${I})
  RETURN i {.id, .name, .nodes, .edges, .createdAt, .updatedAt, .createdBy} AS i
  ORDER BY i.updatedAt DESC, i.id LIMIT $limit`;

export const INVESTIGATION = `MATCH (i:${I} {id: $id}) RETURN i`;

export const CREATE_INVESTIGATION = `
  CREATE (i:${I} {id: $id, name: $name, notes: $notes, view: $view, nodes: $nodes, edges: $edges,
                  createdAt: $now, updatedAt: $now, createdBy: $by})
  RETURN i`;

export const UPDATE_INVESTIGATION = `
  MATCH (i:${I} {id: $id}) SET i += $changes, i.updatedAt = $now RETURN i`;

export const DELETE_INVESTIGATION = `MATCH (i:${I} {id: $id}) DELETE i RETURN count(*) AS deleted`;

/**
 * The view's elements as the graph holds them now: nodes by their id (or element id, for a node
 * of a researcher's query that has none), and the relationships among them that the view named.
 */
export const INVESTIGATION_ELEMENTS = `
  CALL () {
    MATCH (n:Entity) WHERE n.id IN $nodes RETURN n
    UNION
    MATCH (n:Article) WHERE n.id IN $nodes RETURN n
    UNION
    MATCH (n) WHERE elementId(n) IN $nodes RETURN n
  }
  WITH collect(n) AS found
  CALL (found) {
    UNWIND found AS a
    MATCH (a)-[r]->(b)
    WHERE (r.id IN $edges OR elementId(r) IN $edges) AND b IN found
    RETURN collect(r) AS relationships
  }
  RETURN found, relationships`;
