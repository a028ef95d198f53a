// Gives a command the twin for its duration: reuses a twin that is already running (e.g. `npm run twin` in another
// terminal, found by its loopback control endpoint), otherwise starts the stack and stops it afterwards.
import { twinSettings, type TwinSettings } from '../../config/twin.ts';
import { startStack, StackError } from '../../twin/stack.ts';

export interface TwinSession {
  settings: TwinSettings;
  reused: boolean;
  release(): Promise<void>;
}

async function twinAlreadyRunning(settings: TwinSettings): Promise<boolean> {
  try {
    const res = await fetch(`${settings.controlUrl}/faults`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

export async function acquireTwin(log: (line: string) => void): Promise<TwinSession> {
  const settings = twinSettings();
  if (await twinAlreadyRunning(settings)) {
    log(`twin: using the twin already running at ${settings.appUrl}`);
    return { settings, reused: true, release: async () => undefined };
  }
  const started = Date.now();
  const stack = await startStack(settings, log);
  log(`twin: started in ${((Date.now() - started) / 1000).toFixed(1)} s at ${settings.appUrl}`);
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await stack.stop();
  };
  // Ctrl-C or a CI cancel must not leave MariaDB or the servers behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void release().finally(() => process.exit(130)));
  }
  return { settings, reused: false, release };
}

/** Puts the twin's faults to exactly `active` through the control endpoint. */
export async function setTwinFaults(settings: TwinSettings, active: string[]): Promise<void> {
  const res = await fetch(`${settings.controlUrl}/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ active }),
  });
  if (!res.ok) throw new Error(`twin control: PUT /faults ${JSON.stringify(active)} → ${res.status} ${await res.text()}`);
}

export { StackError };
