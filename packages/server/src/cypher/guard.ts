// What a researcher's query may do: read the project's database. Checked twice before it runs:
// its text (size, USE, procedure and function names, past comments and quoting) and then the
// plan of `EXPLAIN <query>`, whose every operator must be a known read operator and whose
// every procedure must be on the allow-list. Unknown means refused: the lists fail closed.
import { ApiError } from '../errors.ts';
import { checkGrowth, type GrowthLimits } from './growth.ts';
import { hasUseClause, qualifiedNames, type Token, tokenize } from './lexer.ts';
import { checkParamShape, type ParamLimits } from './params.ts';

/** Neo4j 5 planner operators that only read (operatorType without its `@database` suffix). */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // leaves: scans and seeks
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeIndexScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'Argument',
  'ArgumentTracker',
  // traversal
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS)',
  'VarLengthExpand(Pruning,BFS,All)', // Neo4j 5.26's name for it
  'VarLengthExpand(Pruning,BFS,Into)',
  'BFSPruningVarLengthExpand',
  'Repeat(Trail)',
  'Repeat(Walk)',
  'NullifyMetadata',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'ShortestPath',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'AssertSameNode',
  'AssertSameRelationship',
  // row operators
  'Filter',
  'Projection',
  'CacheProperties',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Distinct',
  'OrderedDistinct',
  'Aggregation',
  'EagerAggregation',
  'OrderedAggregation',
  'Unwind',
  'PartitionedUnwind',
  'Eager',
  'EmptyResult',
  'ProduceResults',
  'Optional',
  'Anti',
  'Union',
  'OrderedUnion',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'PreserveOrder',
  // harmless metadata commands
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
  // allowed only for the procedures below
  'ProcedureCall',
]);

/** Read-only procedures a researcher may CALL (schema, full-text search). */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.ping',
]);

/** Namespaces of plugin and administration procedures/functions, refused wherever they appear. */
const REFUSED_NAMESPACES = new Set(['apoc', 'apoc_ext', 'gds', 'dbms', 'genai', 'n10s']);

/** Why an operator is refused, in a researcher's words. */
const OPERATOR_REASONS: Array<[RegExp, string]> = [
  [/^LoadCSV$/, 'LOAD CSV reads files and URLs from the server and is not allowed'],
  [/^Transaction(Foreach|Apply)$/, 'CALL { ... } IN TRANSACTIONS is not allowed'],
  [/^Foreach$/, 'FOREACH only writes and is not allowed'],
  [/^ShowTransactions$|^TerminateTransactions$/, 'other users’ transactions are not visible from here'],
  [/^Show/, 'this SHOW command is not allowed (SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are)'],
  [/Create|Merge|Set|Delete|Remove|Lock/, 'it would write to the database'],
  [
    /Administration|Index|Constraint|Database|User|Role|Privilege/,
    'schema and administration commands are not allowed',
  ],
];

const refuse = (reason: string): ApiError => new ApiError('query_refused', `Query refused: ${reason}.`);

export interface TextLimits extends ParamLimits, GrowthLimits {
  maxQueryChars: number;
  maxParams: number;
}

/**
 * Checks before anything reaches the database: size, parameters, USE, call names, self-feeding
 * growth. Returns the tokens for the checks that follow (regular expressions).
 */
export function checkQueryText(query: string, params: Record<string, unknown>, limits: TextLimits): Token[] {
  if (query.length > limits.maxQueryChars) {
    throw new ApiError(
      'payload_too_large',
      `The query is ${query.length} characters long; at most ${limits.maxQueryChars} are accepted.`,
    );
  }
  const paramCount = Object.keys(params).length;
  if (paramCount > limits.maxParams) {
    throw new ApiError(
      'bad_request',
      `The query has ${paramCount} parameters; at most ${limits.maxParams} are accepted.`,
    );
  }
  checkParamShape(params, limits);
  const tokens = tokenize(query);
  if (hasUseClause(tokens))
    throw refuse('USE clauses are not allowed; queries run on the project’s database');
  for (const { name, procedure } of qualifiedNames(tokens)) {
    const namespace = name.split('.')[0]!.toLowerCase();
    if (REFUSED_NAMESPACES.has(namespace))
      throw refuse(`${name}: ${namespace}.* procedures and functions are not allowed`);
    if (procedure && !ALLOWED_PROCEDURES.has(name)) {
      throw refuse(
        `procedure ${name} is not on the read-only allow-list (${[...ALLOWED_PROCEDURES].join(', ')})`,
      );
    }
  }
  checkGrowth(tokens, params, limits);
  return tokens;
}

/** The subset of a driver `Plan` the guard reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const QUERY_TYPE_REASONS: Record<string, string> = {
  w: 'it would write to the database',
  rw: 'it would write to the database',
  s: 'it would change the schema or administer the DBMS',
};

/** Function calls named in an operator's details, with string literals taken out. */
function calledFunctions(details: string): string[] {
  const withoutStrings = details.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...withoutStrings.matchAll(/([A-Za-z_`][\w`]*(?:\.[A-Za-z_`][\w`]*)+)\s*\(/g)].map((m) =>
    m[1]!.replaceAll('`', ''),
  );
}

function checkOperator(node: PlanNode, database: string): void {
  const [operator = '', operatorDatabase] = node.operatorType.split('@');
  if (operatorDatabase !== undefined && operatorDatabase !== database) {
    throw refuse(`it would run against the database "${operatorDatabase}"`);
  }
  const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
  if (!READ_OPERATORS.has(operator)) {
    const reason = OPERATOR_REASONS.find(([pattern]) => pattern.test(operator))?.[1];
    throw refuse(`${operator}: ${reason ?? 'this operation is not on the read-only allow-list'}`);
  }
  if (operator === 'ProcedureCall') {
    const procedure = details.split('(')[0]!.trim();
    if (!ALLOWED_PROCEDURES.has(procedure))
      throw refuse(`procedure ${procedure} is not on the read-only allow-list`);
  }
  for (const fn of calledFunctions(details)) {
    const namespace = fn.split('.')[0]!.toLowerCase();
    if (REFUSED_NAMESPACES.has(namespace)) throw refuse(`${fn}: ${namespace}.* functions are not allowed`);
  }
}

/** Checks the plan of `EXPLAIN <query>`: a read query, on this database, of read operators only. */
export function checkPlan(queryType: string, plan: PlanNode | false | undefined, database: string): void {
  const reason = QUERY_TYPE_REASONS[queryType];
  if (reason) throw refuse(reason);
  if (!plan) throw refuse('the database gave no plan to check');
  const pending: PlanNode[] = [plan];
  for (let node = pending.pop(); node; node = pending.pop()) {
    checkOperator(node, database);
    pending.push(...node.children);
  }
}
