// SPA-side fault switches of the twin. The twin's web server answers `/twin-faults.json` from the same
// fault set as the API; a plain static server (dev) answers 404, which means "no faults".
import { createContext, useContext, type ReactNode } from 'react';

export type SpaFault = 'mobile-overflow' | 'usuarios-roles-hidden';

const FAULTS_TIMEOUT_MS = 3000;

/** The active fault names; any failure (404, bad JSON, timeout) counts as none. */
export async function loadTwinFaults(): Promise<string[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FAULTS_TIMEOUT_MS);
  try {
    const res = await fetch('/twin-faults.json', { cache: 'no-store', signal: controller.signal });
    if (!res.ok) return [];
    const body: unknown = await res.json();
    // Accept both `["a"]` and the control endpoint's `{"active": ["a"]}`.
    const list = Array.isArray(body) ? body : (body as { active?: unknown } | null)?.active;
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

const FaultsContext = createContext<string[]>([]);

export function FaultsProvider({ faults, children }: { faults: string[]; children: ReactNode }) {
  return <FaultsContext.Provider value={faults}>{children}</FaultsContext.Provider>;
}

export function useFault(name: SpaFault): boolean {
  return useContext(FaultsContext).includes(name);
}
