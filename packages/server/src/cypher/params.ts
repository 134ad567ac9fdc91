// Parameters are checked (and whole numbers made integers) before the driver packs them: it packs nested values recursively, so a
// parameter nested 10,000 deep overflows its stack mid-message and breaks the connection for the
// next query too. The walk here is iterative, so it cannot overflow itself.
import neo4j from 'neo4j-driver';
import { ApiError } from '../errors.ts';

export interface ParamLimits {
  /** Deepest nesting of lists and maps in one parameter. */
  maxParamDepth: number;
  /** Values (scalars, lists and maps) in all parameters together. */
  maxParamValues: number;
}

export function checkParamShape(params: Record<string, unknown>, limits: ParamLimits): void {
  const pending: Array<[name: string, value: unknown, depth: number]> = Object.entries(params).map(
    ([name, value]) => [name, value, 1],
  );
  let values = 0;
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [name, value, depth] = item;
    if (++values > limits.maxParamValues) {
      throw new ApiError(
        'bad_request',
        `The parameters hold more than ${limits.maxParamValues.toLocaleString('en')} values; pass fewer, or match them in the database instead.`,
      );
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxParamDepth) {
      throw new ApiError(
        'bad_request',
        `Parameter $${name} is nested more than ${limits.maxParamDepth} lists or maps deep; flatten it.`,
      );
    }
    for (const inner of Object.values(value)) pending.push([name, inner, depth + 1]);
  }
}

/**
 * JSON has one number type and the driver sends every JS number as a float, so `SKIP $n`,
 * `LIMIT $n` and `list[$i]` failed. Whole numbers go as integers; a query that wants a float
 * says so with toFloat($x) (1.0 in JSON is the whole number 1). Depth is bounded above.
 */
export function withIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v)]));
  }
  return value;
}
