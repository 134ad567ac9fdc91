import { z } from 'zod';

/** Default password of the local server's `neo4j` user (dev only; override with NEO4J_PASSWORD). */
export const DEFAULT_PASSWORD = 'shabaka-local';
export const DEFAULT_BOLT_PORT = 7687;

/** Blank env vars (`FOO=`) count as unset, as they do in most shells' intent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const EnvSchema = z.object({
  NEO4J_URI: optional(
    z
      .string()
      .trim()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j+s://host'),
  ),
  NEO4J_USER: optional(z.string().trim().min(1)),
  NEO4J_PASSWORD: optional(z.string().min(1)),
  NEO4J_DATABASE: optional(z.string().trim().min(1)),
  NEO4J_BOLT_PORT: optional(z.coerce.number().int().min(1).max(65535)),
});

export interface Neo4jCredentials {
  uri: string;
  user: string;
  password: string;
}

export interface Neo4jConfig extends Neo4jCredentials {
  /** Database name for sessions; undefined means the server's default database. */
  database?: string;
  /** True when NEO4J_URI is set: use that server and never start the local one. */
  isExternal: boolean;
}

/**
 * Connection settings from the environment. Without NEO4J_URI the URI is the local server's
 * (bolt://127.0.0.1:NEO4J_BOLT_PORT, default 7687), whose user is always `neo4j`.
 */
export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Neo4j settings in the environment: ${issues}`);
  }
  const e = parsed.data;
  const isExternal = e.NEO4J_URI !== undefined;
  const config: Neo4jConfig = {
    uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT ?? DEFAULT_BOLT_PORT}`,
    user: isExternal ? (e.NEO4J_USER ?? 'neo4j') : 'neo4j',
    password: e.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    isExternal,
  };
  if (e.NEO4J_DATABASE !== undefined) config.database = e.NEO4J_DATABASE;
  return config;
}

/** Bolt port of the local server (NEO4J_BOLT_PORT, default 7687). */
export function localBoltPort(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = EnvSchema.shape.NEO4J_BOLT_PORT.safeParse(env.NEO4J_BOLT_PORT);
  if (!parsed.success) throw new Error('NEO4J_BOLT_PORT must be a port number (1-65535)');
  return parsed.data ?? DEFAULT_BOLT_PORT;
}
