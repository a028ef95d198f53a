// GET /health and /version: flat objects, no DB access (so a dead DB leaves /health green, as in prod).
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from '../context.ts';

export function registerMetaRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.get('/health', async (_req, reply) => {
    if (ctx.faults.has('health-down')) return reply.code(503).send({ ok: false, status: 'unhealthy' });
    return { ok: true, status: 'healthy' };
  });
  // version-drift: another build answers, as when a deploy rolled back or an old image came up.
  app.get('/version', async () => ({ ok: true, version: ctx.faults.has('version-drift') ? '0.0.9' : ctx.settings.version }));
}
