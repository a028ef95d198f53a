// Starts the twin's server side: schema + seed, the API (https://api.<domain>), the SPA host (https://<domain>), the
// loopback control endpoint, and the session-cleanup job. MariaDB and s3rver must already be running (twin/stack.ts).
import fs from 'node:fs/promises';
import type https from 'node:https';
import type { FastifyInstance } from 'fastify';
import type { TwinSettings } from '../../config/twin.ts';
import { applySchema, createPool } from '../db/pool.ts';
import { resetDatabase, seedIfEmpty } from '../db/seed.ts';
import { buildApiApp } from './api-app.ts';
import type { TwinContext } from './context.ts';
import { buildControlApp } from './control-app.ts';
import { FaultSet } from './faults.ts';
import { plantStaleSession, startSessionCleanup } from './sessions.ts';
import { ObjectStore } from './storage.ts';
import { buildWebApp } from './web-app.ts';

export class TwinStartError extends Error {}

export interface StartTwinOptions {
  /** How often the cleanup job sweeps (default 60 s, the twin of prod's scheduled Lambda). */
  sessionCleanupIntervalMs?: number;
  log?: (err: unknown) => void;
}

const HOST = '127.0.0.1';

async function listen(app: FastifyInstance, port: number, envName: string, what: string): Promise<void> {
  try {
    await app.listen({ host: HOST, port });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new TwinStartError(`twin: port ${port} (${envName}) for the ${what} is already in use on ${HOST}; free it or set ${envName} to another port`);
    }
    if (code === 'EACCES') throw new TwinStartError(`twin: not allowed to listen on port ${port} (${envName}) for the ${what}`);
    throw err;
  }
}

export async function startTwin(settings: TwinSettings, options: StartTwinOptions = {}): Promise<{ close(): Promise<void> }> {
  const log = options.log ?? ((err: unknown) => console.error('[twin]', err));
  const closers: (() => Promise<unknown>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(log);
    closers.length = 0;
  };
  try {
    let tls: { key: Buffer; cert: Buffer };
    try {
      tls = { key: await fs.readFile(settings.tls.key), cert: await fs.readFile(settings.tls.cert) };
    } catch {
      throw new TwinStartError(`twin: TLS material missing (${settings.tls.cert}, ${settings.tls.key}); run scripts/make-tls.sh ${settings.tls.dir} ${settings.domain}`);
    }

    const pool = createPool(settings);
    closers.push(() => pool.end());
    try {
      await applySchema(pool);
    } catch (err) {
      throw new TwinStartError(`twin: cannot prepare database ${settings.db.database} at 127.0.0.1:${settings.dbPort} (TWIN_DB_PORT) as ${settings.db.user}: ${(err as Error).message}`);
    }
    await seedIfEmpty(pool, settings);

    const faults = new FaultSet();
    const store = new ObjectStore(settings);
    closers.push(async () => store.client.destroy());
    const ctx: TwinContext = { settings, pool, faults, store };

    const cleanup = startSessionCleanup(ctx, options.sessionCleanupIntervalMs, log);
    closers.push(async () => cleanup.stop());
    faults.onChange(async (added, removed) => {
      if (added.includes('session-cleanup-stalled')) await plantStaleSession(pool);
      if (removed.includes('session-cleanup-stalled')) await cleanup.sweep();
    });
    await faults.set(settings.faults).catch((err) => {
      throw new TwinStartError(`twin: TWIN_FAULTS: ${(err as Error).message}`);
    });

    const api = await buildApiApp(ctx, { https: tls, log });
    closers.push(() => api.close());
    await listen(api, settings.apiPort, 'TWIN_API_PORT', 'API');
    // tls-wrong-name swaps the API's certificate for new connections, as a custom domain whose validation
    // records are missing serves the provider's default certificate.
    const wrongNameCert = await fs.readFile(settings.tls.wrongNameCert);
    faults.onChange((added, removed) => {
      const server = api.server as https.Server;
      if (added.includes('tls-wrong-name')) server.setSecureContext({ key: tls.key, cert: wrongNameCert });
      if (removed.includes('tls-wrong-name')) server.setSecureContext(tls);
    });

    const web = buildWebApp(faults, { https: tls });
    closers.push(() => web.close());
    await listen(web, settings.webPort, 'TWIN_WEB_PORT', 'SPA server');

    const control = buildControlApp({
      faults,
      reset: async () => {
        await faults.clear();
        await resetDatabase(pool, settings);
        await store.empty();
      },
    });
    closers.push(() => control.close());
    await listen(control, settings.controlPort, 'TWIN_CONTROL_PORT', 'control endpoint');

    return { close: closeAll };
  } catch (err) {
    await closeAll();
    throw err;
  }
}
