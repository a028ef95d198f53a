// The SPA's host (https://<domain>): serves twin/web/dist like CloudFront + S3 does for prod — long-cached hashed
// assets, index.html no-cache, unknown paths answered with index.html 200 (the 403/404 error rule) — plus
// /twin-faults.json for SPA-side faults.
import fs from 'node:fs/promises';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { repoRoot } from '../../config/twin.ts';
import type { FaultSet } from './faults.ts';

export const webDistDir = path.join(repoRoot, 'twin', 'web', 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

async function readFileIn(dir: string, urlPath: string): Promise<Buffer | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(dir, `.${decoded}`);
  if (!file.startsWith(dir + path.sep)) return undefined; // no escaping the dist folder
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

export function buildWebApp(faults: FaultSet, opts: { https?: { key: Buffer; cert: Buffer }; distDir?: string } = {}): FastifyInstance {
  const dist = opts.distDir ?? webDistDir;
  const app = (opts.https ? Fastify({ https: opts.https, logger: false }) : Fastify({ logger: false })) as unknown as FastifyInstance;

  app.get('/twin-faults.json', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    return { active: faults.list() };
  });

  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: async (req, reply) => {
      const urlPath = (req.url.split('?')[0] ?? '/').replace(/\/+$/, '') || '/';
      const index = await readFileIn(dist, '/index.html');
      if (!index) {
        // The SPA is built separately (twin/web); say so instead of a bare 404.
        return reply.code(503).type('text/plain; charset=utf-8')
          .send(`The twin's SPA is not built: ${dist}/index.html is missing. Build twin/web first.`);
      }
      // `spa-assets-missing`: a deploy uploaded index.html but not its hashed assets; the 403/404 rule then answers
      // each script with index.html, and the page stays blank although "/" answers 200.
      const assetLost = urlPath.startsWith('/assets/') && faults.has('spa-assets-missing');
      const file = urlPath === '/' || assetLost ? undefined : await readFileIn(dist, urlPath);
      if (file) {
        const immutable = urlPath.startsWith('/assets/');
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        return reply.type(MIME[path.extname(urlPath).toLowerCase()] ?? 'application/octet-stream').send(file);
      }
      // `spa-deep-link-404`: the distribution lost its 403/404 → /index.html rule.
      if (urlPath !== '/' && faults.has('spa-deep-link-404')) {
        return reply.code(404).type('text/html; charset=utf-8').send('<!doctype html><title>404 Not Found</title><h1>404 Not Found</h1>');
      }
      reply.header('cache-control', 'no-cache');
      return reply.code(200).type('text/html; charset=utf-8').send(index);
    },
  });
  return app;
}
