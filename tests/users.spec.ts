// Checklist 2: "Create operador, gestor, medico through /app/usuarios".
// Policy (README): gestor and medico are the reusable per-environment staff, created through this page once
// (setup project) and re-verified every run, so nightly runs do not grow prod's assignment drop-downs. Each run
// also creates one throw-away OPERADOR through the page — a role no assignment drop-down lists — and suspends it.
import { ROLE_ENUM, STAFF_ROLES, staffIdentity } from '../config/test-data.ts';
import { login } from '../api/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { ADMIN_ONLY_NAV, AppShell, NAV_FOR_EVERYONE } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { UsuariosPage } from '../pages/UsuariosPage.ts';

test.describe('Users through /app/usuarios', { annotation: { type: 'checklist', description: 'users' } }, () => {
  test('a throw-away OPERADOR created through the page shows its role, logs in and sees the operador nav', async ({
    config,
    run,
    apiAs,
    pageAs,
    browser,
    created,
  }, testInfo) => {
    const admin = await apiAs('admin');
    const email = run.email('operador');
    const password = run.password('throwaway-operador');
    const usuarios = new UsuariosPage(await pageAs('admin'));
    await usuarios.page.goto(UsuariosPage.path);
    await usuarios.createUser({
      email,
      password,
      nombres: 'Smoke Throwaway',
      apellidos: run.tag,
      tipoDocumento: 'PASAPORTE',
      numeroDocumento: run.docNumber('U1'),
      roles: ['OPERADOR'],
    });
    await expect(usuarios.message('Usuario creado exitosamente')).toBeVisible();
    const user = await admin.usuarios.findByEmail(email);
    expect(user, `${email} listed by GET /admin/usuarios`).toBeDefined();
    created.add(`user ${email} (OPERADOR, throw-away)`, () => admin.usuarios.suspend(user!.user_id));

    await expect(usuarios.roleBadge(email, 'OPERADOR')).toBeVisible();
    await expect(usuarios.statusBadge(email, 'ACTIVO')).toBeVisible();
    expect(user!.roles, 'roles saved by the API').toEqual(['OPERADOR']);

    // Its own login, in a browser that knows nothing of the admin (the project's default state is the admin's).
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(LoginPage.path);
    await new LoginPage(page).login(email, password);
    const shell = new AppShell(page);
    await expect(shell.userBadge).toHaveText(`Smoke Throwaway ${run.tag} — OPERADOR`);
    for (const item of NAV_FOR_EVERYONE) await expect(shell.navLink(item)).toBeVisible();
    for (const item of ADMIN_ONLY_NAV) await expect(shell.navLink(item)).toHaveCount(0);
    await context.close();

    const { api: operador } = await login(config, email, password);
    const refused = await operador.raw('GET', '/admin/usuarios');
    expect(refused.status, 'GET /admin/usuarios as OPERADOR').toBe(403);
    testInfo.annotations.push({ type: 'evidence', description: `throw-away ${email}: OPERADOR badge, operador nav, 403 on /admin/usuarios` });
  });

  test('each staff row shows its role and is active', async ({ config, pageAs }) => {
    const usuarios = new UsuariosPage(await pageAs('admin'));
    await usuarios.page.goto(UsuariosPage.path);
    for (const role of STAFF_ROLES) {
      const { email } = staffIdentity(role, config.smokeEmailDomain);
      await expect(usuarios.roleBadge(email, ROLE_ENUM[role]), `${email} role badge`).toBeVisible();
      await expect(usuarios.statusBadge(email, 'ACTIVO'), `${email} status`).toBeVisible();
    }
  });

  for (const role of STAFF_ROLES) {
    test(`the ${role} sees the nav its role allows and the API refuses it the admin routes`, async ({ pageAs, apiAs }, testInfo) => {
      const page = await pageAs(role);
      await page.goto('/app');
      const shell = new AppShell(page);
      await expect(shell.userBadge).toHaveText(new RegExp(` — ${ROLE_ENUM[role]}$`));
      for (const item of NAV_FOR_EVERYONE) await expect(shell.navLink(item)).toBeVisible();
      for (const item of ADMIN_ONLY_NAV) await expect(shell.navLink(item)).toHaveCount(0);

      const refused = await (await apiAs(role)).raw('GET', '/admin/usuarios');
      expect(refused.status, `GET /admin/usuarios as ${ROLE_ENUM[role]}`).toBe(403);
      testInfo.annotations.push({ type: 'evidence', description: `${role}: nav ${(await shell.navLinks.allTextContents()).join(', ')}; /admin/usuarios → 403` });
    });
  }

  test('gestor and medico are listed in /empleados for assignment', async ({ config, apiAs }) => {
    const admin = await apiAs('admin');
    for (const role of ['gestor', 'medico'] as const) {
      const staff = await admin.usuarios.findByEmail(staffIdentity(role, config.smokeEmailDomain).email);
      expect(staff, `${role} staff account`).toBeDefined();
      const empleados = await admin.empleados.list(ROLE_ENUM[role]);
      expect(empleados.map((e) => e.persona_id), `/empleados?rol=${ROLE_ENUM[role]}`).toContain(staff!.persona_id);
    }
  });
});
