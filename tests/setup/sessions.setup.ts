// The setup project: the admin's session by API login, then the reusable staff (conventions.md): created through
// /app/usuarios the first time, re-verified and repaired by API on later runs, their password set to this run's
// derived value (once per run, whatever the number of shards), and each one's session stored for the specs.
import type { Page } from '@playwright/test';
import { CmepApiError, login, SESSION_COOKIE, type AdminUser, type CmepApi, type Role } from '../../api/index.ts';
import { ROLE_ENUM, STAFF_ROLES, staffIdentity, type HarnessRole, type StaffIdentity } from '../../config/test-data.ts';
import type { CmepConfig } from '../../config/index.ts';
import { writeStorageState } from '../../fixtures/auth-state.ts';
import { expect, test as setup } from '../../fixtures/index.ts';
import { UsuariosPage } from '../../pages/UsuariosPage.ts';

// The staff steps need the admin's session file; one worker, in order.
setup.describe.configure({ mode: 'serial' });

function storeSession(config: CmepConfig, role: HarnessRole, api: CmepApi): void {
  const cookie = api.http.jar.get(SESSION_COOKIE);
  if (!cookie) throw new Error(`the login of ${role} set no ${SESSION_COOKIE} cookie`);
  writeStorageState(role, cookie, new URL(config.apiUrl).hostname);
}

setup('admin session by API login', { tag: '@readonly' }, async ({ config }) => {
  const { api, user } = await login(config, config.admin.email, config.admin.password);
  expect(user.roles, 'the configured admin account must have the ADMIN role').toContain('ADMIN');
  storeSession(config, 'admin', api);
});

for (const role of STAFF_ROLES) {
  setup(`staff ${role}: present, active, ${ROLE_ENUM[role]} only, logged in`, async ({ config, run, apiAs, pageAs }, testInfo) => {
    const staff = staffIdentity(role, config.smokeEmailDomain);
    const expectedRole = ROLE_ENUM[role];
    const password = run.password(`staff-${role}`);
    const admin = await apiAs('admin');

    let user = await admin.usuarios.findByEmail(staff.email);
    if (!user) {
      user = await createThroughUi(await pageAs('admin'), admin, staff, password);
      testInfo.annotations.push({ type: 'evidence', description: `staff ${staff.email} created through /app/usuarios` });
    } else {
      const repairs = await repair(admin, user, expectedRole);
      if (repairs.length) user = (await admin.usuarios.findByEmail(staff.email))!;
      testInfo.annotations.push({
        type: 'evidence',
        description: `staff ${staff.email} re-verified${repairs.length ? ` (repaired: ${repairs.join(', ')})` : ''}`,
      });
    }
    expect(user.is_active, `${staff.email} must be active`).toBe(true);
    expect(user.roles, `${staff.email} must hold exactly ${expectedRole}`).toEqual([expectedRole]);

    // A per-run password: nothing stores it, every worker recomputes it (fixtures/run.ts). The shards of one run
    // share the run id and so the password, and a reset ends every session of the user, a parallel shard's too:
    // reset only when this run's password does not open the account yet.
    let session = await loginIfPasswordWorks(config, staff.email, password);
    if (!session) {
      await admin.usuarios.resetPassword(user.user_id, password);
      session = (await login(config, staff.email, password)).api;
    }
    storeSession(config, role, session);
  });
}

/** The API logged in with this password, or null when the server refuses it (401); anything else is thrown. */
async function loginIfPasswordWorks(config: CmepConfig, email: string, password: string): Promise<CmepApi | null> {
  try {
    return (await login(config, email, password)).api;
  } catch (err) {
    if (err instanceof CmepApiError && err.status === 401) return null;
    throw err;
  }
}

async function createThroughUi(page: Page, admin: CmepApi, staff: StaffIdentity, password: string): Promise<AdminUser> {
  const usuarios = new UsuariosPage(page);
  await page.goto(UsuariosPage.path);
  await usuarios.createUser({
    email: staff.email,
    password,
    nombres: staff.nombres,
    apellidos: staff.apellidos,
    tipoDocumento: staff.tipoDocumento,
    numeroDocumento: staff.numeroDocumento,
    roles: [ROLE_ENUM[staff.role]],
  });
  await expect(usuarios.message('Usuario creado exitosamente')).toBeVisible();
  await expect(usuarios.roleBadge(staff.email, ROLE_ENUM[staff.role])).toBeVisible();
  const user = await admin.usuarios.findByEmail(staff.email);
  if (!user) throw new Error(`${staff.email} was created through the page but GET /admin/usuarios does not list it`);
  return user;
}

/** Puts a drifted staff account back (reactivated, exactly its role); returns what was repaired. */
async function repair(admin: CmepApi, user: AdminUser, role: Role): Promise<string[]> {
  const repairs: string[] = [];
  if (!user.is_active) {
    await admin.usuarios.reactivate(user.user_id);
    repairs.push('reactivated');
  }
  if (user.roles.length !== 1 || user.roles[0] !== role) {
    await admin.usuarios.update(user.user_id, { roles: [role] });
    repairs.push(`roles ${user.roles.join('+') || 'none'} → ${role}`);
  }
  return repairs;
}
