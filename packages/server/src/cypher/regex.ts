// Neo4j matches `=~` with java.util.regex, which backtracks and never looks at the transaction's
// termination flag: a pattern like `(.*a){12}$` on a 41-character string runs for hours, past any
// timeout, holding a core and a query slot and blocking Neo4j's shutdown. So every pattern is
// checked for super-linear backtracking with recheck before the query runs, and a pattern must be
// a string literal or a parameter, so that it can be checked at all.
import { check } from 'recheck';
import { ApiError } from '../errors.ts';
import { isSymbol, type Token } from './lexer.ts';

/** Time recheck may spend on one pattern; a pattern it cannot settle in time is refused. */
const CHECK_TIMEOUT_MS = 2_000;
const MAX_PATTERN_CHARS = 1_000;
/** Verdicts by pattern, so a researcher's repeated query is not checked again. */
const verdicts = new Map<string, string | undefined>();
const MAX_VERDICTS = 1_000;

const refuse = (reason: string): ApiError => new ApiError('query_refused', `Query refused: ${reason}.`);

/** The pattern operand of each `=~`: a literal's value, a parameter's name, or neither. */
function regexOperands(tokens: readonly Token[]): Array<{ literal: string } | { param: string } | undefined> {
  const operands: Array<{ literal: string } | { param: string } | undefined> = [];
  tokens.forEach((token, i) => {
    if (!isSymbol(token, '=') || !isSymbol(tokens[i + 1], '~')) return;
    const operand = tokens[i + 2];
    if (operand?.kind === 'string') operands.push({ literal: operand.value });
    else if (operand?.kind === 'word' && operand.text.startsWith('$'))
      operands.push({ param: operand.text.slice(1) });
    else operands.push(undefined);
  });
  return operands;
}

/** Java's leading inline flags (`(?i)`, `(?is)`) as JavaScript flags; other Java flags are refused. */
function javaToJs(pattern: string): { source: string; flags: string } {
  let source = pattern;
  let flags = '';
  for (let m = /^\(\?([a-zA-Z]+)\)/.exec(source); m; m = /^\(\?([a-zA-Z]+)\)/.exec(source)) {
    for (const flag of m[1]!) {
      if (flag === 'i' || flag === 's' || flag === 'm') flags += flags.includes(flag) ? '' : flag;
      else if (flag !== 'u' && flag !== 'd') {
        throw refuse(
          `the regular expression flag (?${flag}) cannot be checked for safety; use (?i), (?s) or (?m)`,
        );
      }
    }
    source = source.slice(m[0].length);
  }
  // Neo4j matches the whole string (Matcher.matches), hence the anchors.
  return { source: `^(?:${source})$`, flags };
}

async function verdict(pattern: string): Promise<string | undefined> {
  if (pattern.length > MAX_PATTERN_CHARS) {
    return `the regular expression is ${pattern.length} characters long; at most ${MAX_PATTERN_CHARS} are accepted`;
  }
  const { source, flags } = javaToJs(pattern);
  const result = await check(source, flags, { timeout: CHECK_TIMEOUT_MS });
  const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}…` : pattern;
  if (result.status === 'safe') return undefined;
  if (result.status === 'vulnerable') {
    return `the regular expression ${JSON.stringify(shown)} can backtrack for ${result.complexity.summary} time on some strings, and Neo4j cannot stop a regular expression once it runs. Avoid repeating a group that itself contains an unbounded repeat (.* or x+ inside (...){n} or (...)*); STARTS WITH, ENDS WITH and CONTAINS need no regular expression`;
  }
  return `the regular expression ${JSON.stringify(shown)} could not be checked for safety (${result.error.kind === 'timeout' ? 'the check took too long' : 'it uses syntax the checker does not read, such as possessive quantifiers or atomic groups'}); simplify it`;
}

/** Refuses computed patterns and patterns that backtrack super-linearly. */
export async function checkRegularExpressions(
  tokens: readonly Token[],
  params: Record<string, unknown>,
): Promise<void> {
  for (const operand of regexOperands(tokens)) {
    if (operand === undefined) {
      throw refuse(
        'the pattern of =~ must be a string literal or a parameter ($pattern), so that it can be checked for runaway backtracking; pass a computed pattern as a parameter',
      );
    }
    const pattern = 'literal' in operand ? operand.literal : params[operand.param];
    if (typeof pattern !== 'string') continue; // null or absent: Neo4j answers null or a readable error
    if (!verdicts.has(pattern)) {
      if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
      verdicts.set(pattern, await verdict(pattern));
    }
    const reason = verdicts.get(pattern);
    if (reason) throw refuse(reason);
  }
}
