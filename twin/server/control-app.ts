// The control endpoint (http://127.0.0.1:<controlPort>, loopback only): read and switch faults, reset to the seed.
import Fastify, { type FastifyInstance } from 'fastify';
import { KNOWN_FAULTS, UnknownFaultError, type FaultSet } from './faults.ts';

export interface ControlDeps {
  faults: FaultSet;
  /** DB back to the seed, bucket emptied, faults cleared. */
  reset(): Promise<void>;
}

export function buildControlApp(deps: ControlDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  const state = () => ({ active: deps.faults.list(), known: KNOWN_FAULTS });

  app.get('/faults', async () => state());

  app.put('/faults', async (req, reply) => {
    const active = (req.body as { active?: unknown } | undefined)?.active;
    if (!Array.isArray(active) || active.some((f) => typeof f !== 'string')) {
      return reply.code(400).send({ error: 'body must be {"active": ["fault-name", ...]}', known: KNOWN_FAULTS });
    }
    try {
      await deps.faults.set(active as string[]);
    } catch (err) {
      if (err instanceof UnknownFaultError) return reply.code(400).send({ error: err.message, known: KNOWN_FAULTS });
      throw err;
    }
    return state();
  });

  app.delete('/faults', async () => {
    await deps.faults.clear();
    return state();
  });

  app.post('/reset', async () => {
    await deps.reset();
    return { ok: true, ...state() };
  });
  return app;
}
