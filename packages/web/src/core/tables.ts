// Tables derived from results and from the canvas: shown in the table view, exported as CSV.
import type { CypherResponse } from '@shabaka/model';
import type cytoscape from 'cytoscape';
import { edgeLabel } from './elements.ts';
import { stripIsolates } from './text.ts';

export interface Table {
  caption: string;
  headers: string[];
  rows: string[][];
}

/** A cell's text: a node or relationship by its name or type, anything else as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (record['properties'] ?? record) as Record<string, unknown>;
    if (typeof properties['name'] === 'string') return properties['name'];
    if (typeof record['type'] === 'string') {
      const optional = (key: string) =>
        typeof properties[key] === 'string' ? (properties[key] as string) : undefined;
      return edgeLabel({ type: record['type'], role: optional('role'), status: optional('status') });
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function rowsTable(result: CypherResponse): Table {
  return {
    caption: `Query result: ${result.summary.rowCount} rows`,
    headers: result.columns,
    rows: result.rows.map((row) => row.map(cellText)),
  };
}

export function nodesTable(cy: cytoscape.Core, preferLatin: boolean): Table {
  return {
    caption: 'Nodes on the canvas',
    headers: ['name', 'label', 'kind', 'latin', 'id'],
    rows: cy.nodes().map((node) => {
      const d = node.data() as Record<string, string | undefined>;
      const name = preferLatin && d['latin'] ? d['latin'] : (d['name'] ?? d['id'] ?? '');
      return [name, d['label'] ?? '', d['kind'] ?? '', d['latin'] ?? '', d['id'] ?? ''];
    }),
  };
}

export function relationshipsTable(cy: cytoscape.Core, preferLatin: boolean): Table {
  const nameOf = (node: cytoscape.NodeSingular) => {
    const d = node.data() as Record<string, string | undefined>;
    return preferLatin && d['latin'] ? d['latin'] : (d['name'] ?? d['id'] ?? '');
  };
  return {
    caption: 'Relationships on the canvas',
    headers: ['from', 'relationship', 'to', 'claims', 'sources', 'id'],
    rows: cy
      .edges()
      .map((edge) => [
        nameOf(edge.source()),
        stripIsolates(String(edge.data('label'))),
        nameOf(edge.target()),
        String(edge.data('count')),
        String(edge.data('sources')),
        String(edge.id()),
      ]),
  };
}

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * `'`, as OWASP advises against CSV injection: outlets, titles and quotes are third-party text.
 */
const neutralized = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read Arabic as UTF-8. */
export function toCsv(table: Table): string {
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [table.headers, ...table.rows].map((row) =>
    row.map((cell) => quote(neutralized(cell))).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
