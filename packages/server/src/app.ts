// The app factory: tests, the load test and main.ts all build the same app around a driver.
import fs from 'node:fs';
import path from 'node:path';
import { type Neo4jCredentials, neo4jConfig } from '@shabaka/db';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import type { ServerConfig } from './config.ts';
import type { AppContext } from './context.ts';
import { ApiError, errorBody, toApiError } from './errors.ts';
import { authenticate, cors, rateLimit, requestLog } from './middleware.ts';
import { documentedMethods, openApiDocument } from './openapi.ts';
import { contradictionRoutes } from './routes/contradictions.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { evidenceRoutes } from './routes/evidence.ts';
import { exploreRoutes } from './routes/explore.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { investigationRoutes } from './routes/investigations.ts';
import { probeRoutes, schemaRoutes } from './routes/meta.ts';
import { profileRoutes } from './routes/profiles.ts';
import { resolutionRoutes } from './routes/resolution.ts';
import { summaryRoutes } from './routes/summary.ts';

export const API_VERSION = '0.1.0';

/** Big enough for a long article (Arabic is two bytes a letter in UTF-8), small enough to refuse junk. */
const BODY_LIMIT = '1mb';

export interface AppOptions {
  driver: Driver;
  config: ServerConfig;
  /** A built web app to serve at / with SPA fallback (main.ts passes packages/web/dist when it exists). */
  webRoot?: string;
  /** Where request log lines go; default stdout when config.log is 'json'. */
  log?: (line: string) => void;
  /** The server `driver` talks to, for the researcher query workers; default from the environment. */
  neo4j?: Neo4jCredentials;
}

/**
 * helmet's headers, but HSTS and `upgrade-insecure-requests` only where the server is reached
 * over HTTPS: on plain HTTP (a keyed LAN deployment) they would send browsers to an https://
 * that does not exist. `config.https` says so behind a TLS proxy (trust proxy is off).
 */
function securityHeaders(config: ServerConfig): express.RequestHandler {
  const overHttps = helmet();
  const overHttp = helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  return (req, res, next) => (config.https || req.secure ? overHttps : overHttp)(req, res, next);
}

export function createApp({ driver, config, webRoot, log, neo4j }: AppOptions): express.Express {
  // The query workers open their own connections, to the server the environment names unless told.
  const ctx: AppContext = { driver, config, neo4j: neo4j ?? neo4jConfig() };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');

  const writeLog =
    config.log === 'silent' ? undefined : (log ?? ((line: string) => process.stdout.write(`${line}\n`)));
  app.use(requestLog(writeLog));
  app.use(securityHeaders(config));
  app.use(cors(config.corsOrigins));

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT }));
  // Probes and the contract are public; everything else needs a key unless the server runs open.
  api.use(probeRoutes(ctx));
  const openapi = openApiDocument(API_VERSION);
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(authenticate(config));
  api.use(rateLimit(config.rateLimitPerMinute, 'requests'));
  // OPTIONS answers the methods the document gives the path: Express's own answer names only
  // the methods of the first router that has the path (GET and DELETE of an article are in two).
  api.options(/.*/, (req, res, next) => {
    const methods = documentedMethods(`${req.baseUrl}${req.path}`);
    if (methods.length === 0) return next();
    res.set('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
    res.status(200).end();
  });
  api.use(schemaRoutes(ctx));
  api.use(exploreRoutes(ctx));
  api.use(evidenceRoutes(ctx));
  api.use(contradictionRoutes(ctx));
  api.use(cypherRoutes(ctx));
  api.use(ingestRoutes(ctx));
  api.use(resolutionRoutes(ctx));
  api.use(profileRoutes(ctx));
  api.use(summaryRoutes(ctx));
  api.use(investigationRoutes(ctx));
  api.use((req, res) => {
    const methods = documentedMethods(`${req.baseUrl}${req.path}`);
    if (methods.length > 0) {
      res.set('Allow', methods.join(', '));
      throw new ApiError(
        'method_not_allowed',
        `${req.method} is not a method of ${req.baseUrl}${req.path}; it has ${methods.join(', ')}.`,
      );
    }
    throw new ApiError(
      'not_found',
      `No endpoint ${req.method} ${req.baseUrl}${req.path}; see /api/openapi.json.`,
    );
  });
  app.use('/api', api);

  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.sendFile(path.join(webRoot, 'index.html'));
    });
  }

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const apiError = toApiError(error, config.neo4jUri);
    res.locals.errorCode = apiError.code;
    if (apiError.code === 'internal' && writeLog) {
      writeLog(
        JSON.stringify({
          t: new Date().toISOString(),
          level: 'error',
          error: String((error as Error)?.stack ?? error),
        }),
      );
    }
    res.status(apiError.status).json(errorBody(apiError));
  });
  return app;
}
