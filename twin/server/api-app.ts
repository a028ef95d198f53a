// The API server (https://api.<domain>): a Fastify app that speaks like CMEP's FastAPI backend — same routes,
// envelopes, framework defaults (404/405 bodies, plain 500 without CORS) and check order (contract §1.1).
import Fastify, { type FastifyInstance, type HTTPMethods } from 'fastify';
import multipart from '@fastify/multipart';
import type { TwinContext } from './context.ts';
import { installCors } from './cors.ts';
import { installErrorHandler } from './errors.ts';
import { InvalidJson } from './request.ts';
import { MAX_UPLOAD_BYTES } from './routes/archivos.ts';
import { registerMetaRoutes } from './routes/meta.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerAdminUsuariosRoutes } from './routes/admin-usuarios.ts';
import { registerCatalogRoutes } from './routes/catalog.ts';
import { registerSolicitudesRoutes } from './routes/solicitudes.ts';
import { registerWorkflowRoutes } from './routes/workflow.ts';
import { registerArchivosRoutes } from './routes/archivos.ts';
import { registerReportesRoutes } from './routes/reportes.ts';

export interface ApiAppOptions {
  https?: { key: Buffer; cert: Buffer };
  log?: (err: unknown) => void;
}

export async function buildApiApp(ctx: TwinContext, opts: ApiAppOptions = {}): Promise<FastifyInstance> {
  const app = (opts.https ? Fastify({ https: opts.https, logger: false }) : Fastify({ logger: false })) as unknown as FastifyInstance;
  const log = opts.log ?? ((err: unknown) => console.error('[twin api]', err));

  // FastAPI reads JSON whatever the body looks like; an empty body is "no body" (the SPA sends Content-Type JSON
  // even on body-less POSTs). Parse errors are kept and reported as 422 by the route, after auth.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      const m = /position (\d+)/.exec(String(err));
      done(null, new InvalidJson(m ? Number(m[1]) : 0, 'Expecting value'));
    }
  });
  await app.register(multipart, {
    // One byte past the limit is enough to know the file is too big; busboy drains the rest.
    limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 20 },
    throwFileSizeLimit: false,
  });

  installCors(app, ctx);
  installErrorHandler(app, log);

  // `login-db-down`: the DB driver is gone (prod's asyncmy incident, contract §9.13). /health and /version never
  // touch the DB, so they stay green; every other route fails with a plain 500 before reaching the database.
  app.addHook('onRequest', async (req) => {
    const route = req.routeOptions.url;
    if (ctx.faults.has('login-db-down') && route && route !== '/health' && route !== '/version') {
      throw new Error('twin fault login-db-down: database driver unavailable');
    }
  });

  // Remember each path's methods, to answer 405 (not 404) for a known path with the wrong method, as FastAPI does.
  const routes: { re: RegExp; methods: Set<string> }[] = [];
  app.addHook('onRoute', (route) => {
    const re = new RegExp(`^${route.url.replace(/:[^/]+/g, '[^/]+')}/?$`);
    const methods = ([] as HTTPMethods[]).concat(route.method);
    const existing = routes.find((r) => r.re.source === re.source);
    if (existing) methods.forEach((m) => existing.methods.add(m));
    else routes.push({ re, methods: new Set(methods) });
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (routes.some((r) => r.re.test(path))) return reply.code(405).send({ detail: 'Method Not Allowed' });
    return reply.code(404).send({ detail: 'Not Found' });
  });

  registerMetaRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerAdminUsuariosRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerSolicitudesRoutes(app, ctx);
  registerWorkflowRoutes(app, ctx);
  registerArchivosRoutes(app, ctx);
  registerReportesRoutes(app, ctx);
  return app;
}
