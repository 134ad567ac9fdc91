export {
  DEFAULT_BOLT_PORT,
  DEFAULT_PASSWORD,
  type Neo4jConfig,
  type Neo4jCredentials,
  localBoltPort,
  neo4jConfig,
} from './config.ts';
export { connectNeo4j, FAIL_FAST } from './connect.ts';
export {
  type LocalNeo4jOptions,
  type LocalNeo4jStatus,
  ensureLocalNeo4j,
  formatStatus,
  localNeo4jStatus,
  runNeo4jAdmin,
  stopLocalNeo4j,
} from './local.ts';
export {
  ARTICLE_STORY_INDEX,
  ENTITY_SEARCH_INDEX,
  emptyDatabase,
  ensureSchema,
  SCHEMA_STATEMENTS,
} from './schema.ts';
export {
  inTransaction,
  isTransient,
  isUnreachable,
  type RetryOptions,
  type TransactionOptions,
  unreachableMessage,
  withRetry,
} from './transaction.ts';
