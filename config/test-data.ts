// The names everything a run creates carries (conventions.md "Test data and tags"), in one place, so that the
// fixtures, the setup project and the sweeper agree on what is the harness's and what is not.
import { createHmac, randomBytes } from 'node:crypto';

export const STAFF_ROLES = ['operador', 'gestor', 'medico'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type HarnessRole = 'admin' | StaffRole;
export const HARNESS_ROLES: readonly HarnessRole[] = ['admin', ...STAFF_ROLES];

export const ROLE_ENUM = { admin: 'ADMIN', operador: 'OPERADOR', gestor: 'GESTOR', medico: 'MEDICO' } as const;

/** Short and sortable: base36 seconds + 4 random hex, e.g. `t5k3x9-7f2c`. */
export function newRunId(now: number = Date.now()): string {
  return `${Math.floor(now / 1000).toString(36)}-${randomBytes(2).toString('hex')}`;
}

export const runTag = (runId: string) => `SMOKE-${runId}`;

/** A run's tag as it appears in cliente apellidos and comentarios. Lower-case, so `SMOKE-STAFF` never matches. */
export const RUN_TAG_PATTERN = /SMOKE-[a-z0-9][a-z0-9-]*/;

/** Throw-away users: one per run and role, `smoke+<runId>-<role>@<domain>`. */
export const throwawayEmail = (runId: string, role: string, domain: string) => `smoke+${runId}-${role}@${domain}`;
export const THROWAWAY_EMAIL_PATTERN = /^smoke\+[a-z0-9-]+@/i;

/** Document numbers of tipo PASAPORTE that cannot be a real DNI: `SMK<runId without dash><suffix>`. */
export const docNumber = (runId: string, suffix: string | number) => `SMK${runId.replace(/-/g, '')}${suffix}`.toUpperCase();

/** The reusable per-environment staff (conventions: created through the UI once, re-verified every run). */
export interface StaffIdentity {
  role: StaffRole;
  email: string;
  nombres: string;
  apellidos: string;
  tipoDocumento: 'PASAPORTE';
  numeroDocumento: string;
}

const STAFF_DOC_SUFFIX: Record<StaffRole, string> = { operador: 'OP', gestor: 'GE', medico: 'ME' };

export function staffIdentity(role: StaffRole, emailDomain: string): StaffIdentity {
  return {
    role,
    email: `smoke-staff-${role}@${emailDomain}`,
    nombres: `Smoke ${role[0]!.toUpperCase()}${role.slice(1)}`,
    apellidos: 'SMOKE-STAFF',
    tipoDocumento: 'PASAPORTE',
    numeroDocumento: `SMKSTAFF-${STAFF_DOC_SUFFIX[role]}`,
  };
}

/** Every purpose a run derives a password for: the secret scan recomputes each one to search the artifacts. */
export const PASSWORD_PURPOSES = [
  ...STAFF_ROLES.map((role) => `staff-${role}` as const),
  'throwaway-operador',
  'deliberately-wrong',
] as const;
export type PasswordPurpose = (typeof PASSWORD_PURPOSES)[number];

/**
 * A password for this run and purpose, derived by HMAC-SHA256 keyed with the admin password: every worker and
 * process of the run recomputes the same value from the run id, so no password is ever written anywhere.
 */
export function derivePassword(runId: string, adminPassword: string, purpose: PasswordPurpose): string {
  const digest = createHmac('sha256', adminPassword).update(`cmep-smoke:${runId}:${purpose}`).digest('base64url');
  return `Smk-${digest.slice(0, 24)}`;
}
