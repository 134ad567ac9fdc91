// Values that grow past what Neo4j's memory tracking sees. Neo4j caps the memory of rows held
// by operators (collect, sort, ...), but not of one value built inside an expression: a string
// or list doubled 29 times (`reduce(s = 'a', i IN range(1, 29) | s + s)`) fills the JVM heap in
// under a second and the process dies. So the text checks refuse the constructs that grow a
// value by feeding it to itself, and lists built from large literal ranges.
import { ApiError } from '../errors.ts';
import { isKeyword, isSymbol, type Token } from './lexer.ts';

export interface GrowthLimits {
  /** Largest `range(...)` that may be built into a list (UNWIND streams it and is not bounded). */
  maxRangeSize: number;
}

const refuse = (reason: string): ApiError => new ApiError('query_refused', `Query refused: ${reason}.`);

const NOT_VARIABLES = new Set(
  'CASE WHEN THEN ELSE END NOT AND OR XOR IN IS NULL TRUE FALSE DISTINCT AS STARTS ENDS CONTAINS'.split(' '),
);
/** Words that end one expression and start another. */
const KEYWORDS = new Set([
  ...NOT_VARIABLES,
  ...'MATCH OPTIONAL WHERE WITH RETURN UNWIND ORDER BY SKIP LIMIT CALL YIELD UNION ALL ASC DESC ASCENDING DESCENDING'.split(
    ' ',
  ),
]);

/** Index of each bracket's partner (`(`/`)`, `[`/`]`, `{`/`}`); -1 elsewhere and when unbalanced. */
function partners(tokens: readonly Token[]): Int32Array {
  const partner = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'symbol') return;
    if ('([{'.includes(token.text)) open.push(i);
    else if (')]}'.includes(token.text) && open.length > 0) {
      const j = open.pop()!;
      partner[i] = j;
      partner[j] = i;
    }
  });
  return partner;
}

class Expressions {
  readonly partner: Int32Array;
  constructor(readonly tokens: readonly Token[]) {
    this.partner = partners(tokens);
  }

  /** A bare variable reference (not a property key, function name, map key, label or number). */
  isVariable(i: number): boolean {
    const token = this.tokens[i];
    if (token?.kind !== 'word' || token.text.startsWith('$') || /^\d/.test(token.text)) return false;
    if (!token.quoted && NOT_VARIABLES.has(token.text.toUpperCase())) return false;
    const next = this.tokens[i + 1];
    return !isSymbol(this.tokens[i - 1], '.') && !['(', '.', ':'].some((s) => isSymbol(next, s));
  }

  /** Top-level elements of the bracket group opened at `open`, as [start, end) token ranges. */
  elements(open: number): Array<[number, number]> {
    const close = this.partner[open]!;
    const ranges: Array<[number, number]> = [];
    let start = open + 1;
    for (let i = open + 1; i < close; i++) {
      if (this.partner[i]! > i) i = this.partner[i]!;
      else if (isSymbol(this.tokens[i], ',')) {
        ranges.push([start, i]);
        start = i + 1;
      }
    }
    if (close > start) ranges.push([start, close]);
    return ranges;
  }

  /** The variables an element of a list, map or call argument list is made of, when it is just one. */
  elementVariable([start, end]: [number, number]): number | undefined {
    if (end - start === 1 && this.isVariable(start)) return start;
    // `key: value` in a map literal
    if (end - start === 3 && isSymbol(this.tokens[start + 1], ':') && this.isVariable(start + 2))
      return start + 2;
    return undefined;
  }

  /** The variables a term of a sum is made of: a variable, a list of them, a call on them, a grouped sum. */
  termVariables(start: number, end: number): number[] {
    const first = this.tokens[start];
    if (end - start === 1) return this.isVariable(start) ? [start] : [];
    if (this.partner[end - 1] === start) {
      // `(s + 'x')` is a grouped sum; `[s]`, `[x IN s | x]`, `{a: s}` are made of s
      return isSymbol(first, '(') ? this.sumVariables(start + 1, end - 1) : this.groupVariables(start);
    }
    const bracket = start + 1;
    if (first?.kind === 'word' && this.partner[bracket] === end - 1) {
      if (isSymbol(this.tokens[bracket], '(')) return this.groupVariables(bracket); // `toString(s)`
      if (isSymbol(this.tokens[bracket], '[') && this.isVariable(start)) return [start]; // `s[0..10]`
    }
    return [];
  }

  /** Variables that are whole terms of the sum at `start..end` (one term when there is no `+`). */
  sumVariables(start: number, end: number): number[] {
    const variables: number[] = [];
    let termStart = start;
    for (let i = start; i <= end; i++) {
      if (i < end && this.partner[i]! > i) i = this.partner[i]!;
      else if (i === end || isSymbol(this.tokens[i], '+')) {
        variables.push(...this.termVariables(termStart, i));
        termStart = i + 1;
      }
    }
    return variables;
  }

  /** Stretches of tokens at one bracket level between separators (commas, `|`, comparisons, keywords). */
  segments(): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    const starts: number[] = [0]; // where the current segment of each open bracket level began
    this.tokens.forEach((_, i) => {
      const partner = this.partner[i]!;
      if (partner > i) starts.push(i + 1);
      else if (partner >= 0) found.push([starts.pop()!, i]);
      else if (this.isSeparator(i)) {
        found.push([starts.pop()!, i]);
        starts.push(i + 1);
      }
    });
    found.push([starts[0]!, this.tokens.length]);
    return found;
  }

  isSeparator(i: number): boolean {
    const token = this.tokens[i];
    if (token?.kind === 'symbol') return ',|=<>;:'.includes(token.text);
    return token?.kind === 'word' && !token.quoted && KEYWORDS.has(token.text.toUpperCase());
  }

  /** Bare variables that are whole elements of a bracket group, or the list a comprehension reads. */
  groupVariables(open: number): number[] {
    const found: number[] = [];
    for (const range of this.elements(open)) {
      const variable = this.elementVariable(range);
      if (variable !== undefined) found.push(variable);
      else if (isKeyword(this.tokens[range[0] + 1], 'IN') && this.isVariable(range[0] + 2))
        found.push(range[0] + 2);
    }
    return found;
  }
}

/** `s + s`, `s + ',' + s`, `[s] + [s]`, `s + toString(s)`: a variable added to itself. */
function checkSelfConcatenation(x: Expressions): void {
  for (const [start, end] of x.segments()) {
    const hasSum = x.tokens.slice(start, end).some((token) => isSymbol(token, '+'));
    const name = hasSum ? repeatedName(x, x.sumVariables(start, end)) : undefined;
    if (name) {
      throw refuse(
        `${name} is added to itself (as in ${name} + ${name}); repeated, for instance in reduce() or a chain of WITH clauses, that doubles a value each time and can exhaust the database's memory, which its per-query limit does not cover. Add other values to ${name} (${name} + x), or write 2 * ${name} for a number`,
      );
    }
  }
}

/** `[s, s]`, `{a: s, b: s}`, `replace(s, 'a', s)`: one variable in two places of one value. */
function checkRepeatedElements(x: Expressions): void {
  x.tokens.forEach((token, i) => {
    const isGroup =
      isSymbol(token, '[') ||
      isSymbol(token, '{') ||
      (isSymbol(token, '(') && x.tokens[i - 1]?.kind === 'word');
    if (!isGroup || x.partner[i]! < 0) return;
    const variables = x.elements(i).flatMap((range) => x.elementVariable(range) ?? []);
    const name = repeatedName(x, variables);
    if (name) {
      throw refuse(
        `${name} appears twice in one list, map or function call; repeated, that doubles a value each time and can exhaust the database's memory. Use ${name} once there`,
      );
    }
  });
}

function repeatedName(x: Expressions, variables: readonly number[]): string | undefined {
  const seen = new Set<string>();
  for (const i of variables) {
    const name = (x.tokens[i] as { text: string }).text;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/** An integer literal (with its sign) or an integer parameter at `start..end`, else undefined. */
function integerAt(
  x: Expressions,
  [start, end]: [number, number],
  params: Record<string, unknown>,
): number | undefined {
  const negative = end - start === 2 && isSymbol(x.tokens[start], '-');
  const token = x.tokens[negative ? start + 1 : start];
  if (end - start !== (negative ? 2 : 1) || token?.kind !== 'word') return undefined;
  const value = token.text.startsWith('$')
    ? params[token.text.slice(1)]
    : Number(token.text.replaceAll('_', ''));
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/** `[x IN range(1, 5000000) | x]` builds five million values at once; UNWIND range(...) streams them. */
function checkRanges(x: Expressions, params: Record<string, unknown>, limits: GrowthLimits): void {
  x.tokens.forEach((token, i) => {
    if (token.kind !== 'word' || token.text.toLowerCase() !== 'range' || !isSymbol(x.tokens[i + 1], '('))
      return;
    if (isKeyword(x.tokens[i - 1], 'UNWIND') || x.partner[i + 1]! < 0) return;
    const [from, to, step = 1] = x.elements(i + 1).map((range) => integerAt(x, range, params));
    if (from === undefined || to === undefined || step === undefined || step === 0) return;
    const size = Math.max(0, Math.floor((to - from) / step) + 1);
    if (size > limits.maxRangeSize) {
      throw refuse(
        `range(${from}, ${to}${step === 1 ? '' : `, ${step}`}) builds a list of ${size.toLocaleString('en')} values in one piece, more than the ${limits.maxRangeSize.toLocaleString('en')} allowed; stream it with UNWIND range(...) AS x, or use a smaller range`,
      );
    }
  });
}

/** Refuses the constructs that grow one value without bound (see the header). */
export function checkGrowth(
  tokens: readonly Token[],
  params: Record<string, unknown>,
  limits: GrowthLimits,
): void {
  const expressions = new Expressions(tokens);
  checkSelfConcatenation(expressions);
  checkRepeatedElements(expressions);
  checkRanges(expressions, params, limits);
}
