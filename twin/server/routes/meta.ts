// GET /health and /version: flat objects, no DB access (so a dead DB leaves /health green, as in prod).
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';

export const TWIN_APP_VERSION = '0.1.0';

export function registerMetaRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.get('/health', async (_req, reply) => {
    if (ctx.faults.has('health-down')) return reply.code(503).send({ ok: false, status: 'unhealthy' });
    return { ok: true, status: 'healthy' };
  });
  app.get('/version', async () => ({ ok: true, version: TWIN_APP_VERSION }));
}
