// The TCK's literal syntax for expected values (result cells and parameters): null, booleans,
// integers, floats, 'strings', [lists], {maps}, nodes (:L {p: 1}), relationships [:T {p: 1}]
// and paths <(:A)-[:T]->(:B)>. No Gherkin here (features.ts); comparison is in compare.ts.

export type TckValue =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'list'; items: TckValue[] }
  | { kind: 'map'; entries: Record<string, TckValue> }
  | TckNode
  | TckRelationship
  | { kind: 'path'; nodes: TckNode[]; relationships: Array<{ rel: TckRelationship; forward: boolean }> };

export interface TckNode {
  kind: 'node';
  labels: string[];
  properties: Record<string, TckValue>;
}
export interface TckRelationship {
  kind: 'relationship';
  type: string;
  properties: Record<string, TckValue>;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new Error(`TCK value ${JSON.stringify(this.text)}: ${what} at ${this.at}`);
  }
  private skipSpace(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }
  peek(): string {
    this.skipSpace();
    return this.text[this.at] ?? '';
  }
  eat(expected: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(expected, this.at)) return false;
    this.at += expected.length;
    return true;
  }
  expect(expected: string): void {
    if (!this.eat(expected)) this.fail(`expected ${expected}`);
  }
  match(pattern: RegExp): string | undefined {
    this.skipSpace();
    const found = pattern.exec(this.text.slice(this.at));
    if (!found) return undefined; // every pattern is anchored (^)
    this.at += found[0].length;
    return found[0];
  }
  done(): boolean {
    this.skipSpace();
    return this.at >= this.text.length;
  }

  value(): TckValue {
    const next = this.peek();
    if (next === '[') return this.listOrRelationship();
    if (next === '{') return { kind: 'map', entries: this.map() };
    if (next === '(') return this.node();
    if (next === '<') return this.path();
    if (next === "'" || next === '"') return { kind: 'string', value: this.string() };
    const word = this.match(/^(null|true|false|NaN|-?Infinity)\b/);
    if (word === 'null') return { kind: 'null' };
    if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true' };
    if (word) return { kind: 'float', value: Number(word) };
    const float = this.match(/^-?(\d+\.\d*|\.\d+|\d+)(e[+-]?\d+)?/i);
    if (float === undefined) this.fail('expected a value');
    if (/^-?\d+$/.test(float)) return { kind: 'integer', value: BigInt(float) };
    return { kind: 'float', value: Number(float) };
  }

  private string(): string {
    const quote = this.text[this.at++];
    let out = '';
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined) this.fail('unterminated string');
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const escaped = this.text[this.at++] ?? '';
      if (escaped === 'u') {
        out += String.fromCharCode(Number.parseInt(this.text.slice(this.at, this.at + 4), 16));
        this.at += 4;
      } else out += ESCAPES[escaped] ?? escaped;
    }
  }

  private name(): string {
    if (this.eat('`')) {
      const end = this.text.indexOf('`', this.at);
      if (end < 0) this.fail('unterminated name');
      const name = this.text.slice(this.at, end);
      this.at = end + 1;
      return name;
    }
    return this.match(/^[\p{L}_$][\p{L}\p{N}_$]*/u) ?? this.fail('expected a name');
  }

  private map(): Record<string, TckValue> {
    this.expect('{');
    const entries: Record<string, TckValue> = {};
    if (this.eat('}')) return entries;
    do {
      const key = this.name();
      this.expect(':');
      entries[key] = this.value();
    } while (this.eat(','));
    this.expect('}');
    return entries;
  }

  private listOrRelationship(): TckValue {
    this.expect('[');
    if (this.peek() === ':') return this.relationshipRest();
    const items: TckValue[] = [];
    if (this.eat(']')) return { kind: 'list', items };
    do items.push(this.value());
    while (this.eat(','));
    this.expect(']');
    return { kind: 'list', items };
  }

  /** After `[`: `:T {props}]`. */
  private relationshipRest(): TckRelationship {
    this.expect(':');
    const type = this.name();
    const properties = this.peek() === '{' ? this.map() : {};
    this.expect(']');
    return { kind: 'relationship', type, properties };
  }

  node(): TckNode {
    this.expect('(');
    const labels: string[] = [];
    while (this.eat(':')) labels.push(this.name());
    const properties = this.peek() === '{' ? this.map() : {};
    this.expect(')');
    return { kind: 'node', labels, properties };
  }

  private path(): TckValue {
    this.expect('<');
    const nodes = [this.node()];
    const relationships: Array<{ rel: TckRelationship; forward: boolean }> = [];
    while (!this.eat('>')) {
      const backward = this.eat('<-');
      if (!backward) this.expect('-');
      this.expect('[');
      const rel = this.relationshipRest();
      this.expect(backward ? '-' : '->');
      relationships.push({ rel, forward: !backward });
      nodes.push(this.node());
    }
    return { kind: 'path', nodes, relationships };
  }
}

/** Parses one TCK literal; throws, naming the text, on anything it does not know. */
export function parseTckValue(text: string): TckValue {
  const reader = new Reader(text.trim());
  const value = reader.value();
  if (!reader.done()) reader.fail('unexpected text after the value');
  return value;
}

/** The value as JSON for `POST /api/cypher` parameters (integers past 2^53 cannot be sent). */
export function toJsonParameter(value: TckValue): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'float':
    case 'string':
      return value.value;
    case 'integer':
      return Number(value.value);
    case 'list':
      return value.items.map(toJsonParameter);
    case 'map':
      return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, toJsonParameter(v)]));
    default:
      throw new Error(`a ${value.kind} cannot be a parameter`);
  }
}
