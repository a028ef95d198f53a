// CORS like Starlette's CORSMiddleware as prod configures it (contract §2): one allowed origin (the SPA), credentials,
// every method, request headers echoed. The `cors-wrong-origin` fault bites in allowedOrigin().
import type { FastifyInstance } from 'fastify';
import type { TwinContext } from './context.ts';

const ALLOW_METHODS = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';

/** The one origin allowed. Under the fault it is the `www.` variant, which the SPA is not served from. */
export function allowedOrigin(ctx: TwinContext): string {
  if (ctx.faults.has('cors-wrong-origin')) return `https://www.${ctx.settings.domain}:${ctx.settings.webPort}`;
  return ctx.settings.appUrl;
}

export function installCors(app: FastifyInstance, ctx: TwinContext): void {
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && origin === allowedOrigin(ctx);
    const isPreflight = req.method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method'] !== undefined;
    if (isPreflight) {
      reply.header('vary', 'Origin');
      reply.header('access-control-allow-methods', ALLOW_METHODS);
      reply.header('access-control-max-age', '600');
      reply.header('access-control-allow-credentials', 'true');
      const requested = req.headers['access-control-request-headers'];
      if (requested) reply.header('access-control-allow-headers', String(requested));
      if (!allowed) {
        return reply.code(400).type('text/plain; charset=utf-8').send('Disallowed CORS origin');
      }
      reply.header('access-control-allow-origin', origin);
      return reply.code(200).type('text/plain; charset=utf-8').send('OK');
    }
    if (allowed) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-allow-credentials', 'true');
      reply.header('vary', 'Origin');
    }
  });
}
