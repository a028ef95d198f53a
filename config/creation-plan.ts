// What a run may create, declared up front: the most records of each kind that the tests of one checklist line
// create in ONE project's run (kind = first word of the `created` annotation, e.g. `solicitud CMEP-2026-0012`).
// `npm run plan` prints it against `playwright test --list`; the created-data registry calls guardCreation() so a
// test that creates more than declared stops at once; the sign-off reporter re-checks the whole run's totals.
// Tests outside the checklist (setup, teardown) are keyed by their spec path from the repo root.
// Lines absent here (or kinds absent from a line) may create nothing: @readonly lines need no entry.
import path from 'node:path';
import { repoRoot } from './twin.ts';

export type CreationPlan = Record<string, Record<string, number>>;

export const CREATION_PLAN: CreationPlan = {
  // One throw-away user per run; the reusable staff are made by the setup project and kept, not registered.
  users: { user: 1 },
  solicitud: { cliente: 1, solicitud: 1 },
  flow: { cliente: 1, solicitud: 1 },
  files: { cliente: 1, solicitud: 1, archivo: 1 },
  reports: { cliente: 1, solicitud: 1 },
  cancel: { cliente: 1, solicitud: 1 },
  // One CERRADO and one CANCELADO solicitud to override.
  override: { cliente: 2, solicitud: 2 },
  mobile: { cliente: 1, solicitud: 1 },
};


/** The plan entry a test counts against: its checklist line, else its spec file relative to the repo root. */
export function planKey(checklistLine: string | undefined, file: string): string {
  if (checklistLine) return checklistLine;
  return (path.isAbsolute(file) ? path.relative(repoRoot, file) : file).split(path.sep).join('/');
}

/** Kind of a created record: the first word of its `created` annotation (`solicitud CMEP-2026-0012` → `solicitud`). */
export function createdKind(description: string): string {
  return description.trim().split(/\s+/)[0] ?? '';
}

export class PlanExceededError extends Error {
  override name = 'PlanExceededError';
}

interface TestIdentity {
  project: { name: string };
  file: string;
  annotations: ReadonlyArray<{ type: string; description?: string }>;
}

// Per worker process: every test of a line that runs in this worker counts against the same budget.
const createdInWorker = new Map<string, number>();

/**
 * Counts one record of `kind` for the running test and throws PlanExceededError when its line's plan is exceeded.
 * Call it in the created-data registry right after the record's disposer is registered, so the record that broke
 * the plan is still disposed of when the test fails.
 */
export function guardCreation(test: TestIdentity, kind: string, plan: CreationPlan = CREATION_PLAN): void {
  const line = test.annotations.find((a) => a.type === 'checklist')?.description?.trim();
  const key = planKey(line, test.file);
  const counter = `${test.project.name}\u0000${key}\u0000${kind}`;
  const n = (createdInWorker.get(counter) ?? 0) + 1;
  createdInWorker.set(counter, n);
  const allowed = plan[key]?.[kind] ?? 0;
  if (n > allowed) {
    throw new PlanExceededError(
      `plan exceeded: ${key} [${test.project.name}] created ${kind} #${n}, the plan allows ${allowed} (config/creation-plan.ts)`,
    );
  }
}
