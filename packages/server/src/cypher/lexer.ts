// A small Cypher lexer: enough to see a query's words as Neo4j will, past comments, string
// literals, backtick quoting, unicode escapes and odd casing. It backs the text checks; the
// authoritative check is the EXPLAIN plan (guard.ts).

export type Token =
  | { kind: 'word'; text: string; quoted: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'symbol'; text: string };

const WORD_CHAR = /[\p{L}\p{N}_$\\]/u;

const decodeEscapes = (s: string) =>
  s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

const STRING_ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f' };

/** A string literal opened at `start`: its value (escapes decoded) and the index past its closing quote. */
function readLiteral(query: string, start: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < query.length && query[i] !== quote) {
    if (query[i] !== '\\') {
      value += query[i++];
      continue;
    }
    const escaped = query[i + 1] ?? '';
    const hexDigits = escaped === 'u' ? 4 : escaped === 'U' ? 8 : 0;
    if (hexDigits > 0) {
      value += String.fromCodePoint(Number.parseInt(query.slice(i + 2, i + 2 + hexDigits), 16) || 0);
      i += 2 + hexDigits;
    } else {
      value += STRING_ESCAPES[escaped] ?? escaped;
      i += 2;
    }
  }
  return { value, end: i + 1 };
}

function readQuotedName(query: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < query.length) {
    if (query[i] === '`' && query[i + 1] === '`') {
      text += '`';
      i += 2;
    } else if (query[i] === '`') {
      break;
    } else {
      text += query[i];
      i++;
    }
  }
  return { text, end: i + 1 };
}

/** Tokens of a query without comments; string literals keep their decoded value (they are data). */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    const next = query[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      const { value, end } = readLiteral(query, i, ch);
      tokens.push({ kind: 'string', value });
      i = end;
    } else if (ch === '`') {
      const { text, end } = readQuotedName(query, i);
      tokens.push({ kind: 'word', text, quoted: true });
      i = end;
    } else if (WORD_CHAR.test(ch)) {
      let raw = '';
      while (i < query.length && WORD_CHAR.test(query[i]!)) raw += query[i++];
      tokens.push({ kind: 'word', text: decodeEscapes(raw), quoted: false });
    } else {
      tokens.push({ kind: 'symbol', text: ch });
      i++;
    }
  }
  return tokens;
}

export const isSymbol = (token: Token | undefined, text: string) =>
  token?.kind === 'symbol' && token.text === text;
export const isKeyword = (token: Token | undefined, keyword: string) =>
  token?.kind === 'word' && !token.quoted && token.text.toUpperCase() === keyword;

export interface QualifiedName {
  name: string;
  /** Follows `CALL`: a procedure. */
  procedure: boolean;
}

/** Names of calls: dotted names before `(` (`apoc.text.join(`) and names after CALL (`` CALL `db`.labels ``). */
export function qualifiedNames(tokens: readonly Token[]): QualifiedName[] {
  const names: QualifiedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.kind !== 'word') continue;
    const parts = [first.text];
    let j = i + 1;
    while (isSymbol(tokens[j], '.') && tokens[j + 1]?.kind === 'word') {
      parts.push((tokens[j + 1] as { text: string }).text);
      j += 2;
    }
    const procedure = isKeyword(tokens[i - 1], 'CALL');
    if (procedure || (parts.length > 1 && isSymbol(tokens[j], '(')))
      names.push({ name: parts.join('.'), procedure });
    i = j - 1;
  }
  return names;
}

/** Whether a `USE <database>` clause appears (at the start of a query, subquery or union part). */
export function hasUseClause(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (!isKeyword(token, 'USE')) return false;
    const previous = tokens[i - 1];
    const startsClause =
      previous === undefined ||
      isSymbol(previous, '{') ||
      isKeyword(previous, 'UNION') ||
      isKeyword(previous, 'ALL');
    return startsClause && tokens[i + 1]?.kind === 'word';
  });
}
