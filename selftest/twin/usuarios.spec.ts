// /admin/usuarios, /admin/permisos, /empleados, /servicios (cmep-contract §1.2, §1.4).
import { expect, test } from '@playwright/test';
import { api, closeClients, createUser, login, resetTwin, settings, sql, tableCounts, uniq } from './twin-client.ts';

let admin: string;
test.beforeAll(async () => {
  await resetTwin();
  admin = await login();
});
test.afterAll(closeClients);

function newUserBody(roles: string[]) {
  const u = uniq();
  return {
    user_email: `Twin-${u}@Example.com`, password: 'staff-pass-1234', nombres: 'Nombre', apellidos: `SMOKE-${u}`,
    tipo_documento: 'PASAPORTE', numero_documento: `TW${u}`, telefono: '999', roles,
  };
}

test('the seed is exactly one admin and one service', async () => {
  const list = await api('GET', '/admin/usuarios', { cookie: admin });
  expect(list.json.data).toHaveLength(1);
  expect(list.json.data[0]).toMatchObject({
    user_id: 1, user_email: settings.admin.email, is_active: true, nombres: 'Admin', apellidos: 'Twin',
    tipo_documento: 'PASAPORTE', numero_documento: 'TWINADMIN', roles: ['ADMIN'],
  });
  const servicios = await api('GET', '/servicios', { cookie: admin });
  expect(servicios.json).toEqual({
    ok: true,
    data: [{ servicio_id: 1, descripcion_servicio: 'Certificado Medico de Evaluacion Psicologica', tarifa_servicio: '200.00', moneda_tarifa: 'PEN' }],
  });
  expect(await sql('SELECT COUNT(*) AS n FROM empleado')).toEqual([{ n: 0 }]);
});

test('create: 201 AdminUserDTO, roles + empleado + medico_extra rows, listed in /empleados', async () => {
  const body = newUserBody(['GESTOR', 'MEDICO']);
  const res = await api('POST', '/admin/usuarios', { cookie: admin, json: body });
  expect(res.status).toBe(201);
  const d = res.json.data;
  expect(d).toMatchObject({
    user_email: body.user_email.toLowerCase(), is_active: true, nombres: 'Nombre', apellidos: body.apellidos,
    tipo_documento: 'PASAPORTE', numero_documento: body.numero_documento, telefono: '999', email: body.user_email.toLowerCase(),
    roles: ['GESTOR', 'MEDICO'],
  });
  expect(d.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  expect(await sql('SELECT rol_empleado, estado_empleado FROM empleado WHERE persona_id = ? ORDER BY rol_empleado', [d.persona_id]))
    .toEqual([{ rol_empleado: 'GESTOR', estado_empleado: 'ACTIVO' }, { rol_empleado: 'MEDICO', estado_empleado: 'ACTIVO' }]);
  expect(await sql('SELECT persona_id FROM medico_extra WHERE persona_id = ?', [d.persona_id])).toHaveLength(1);
  const gestores = await api('GET', '/empleados?rol=GESTOR', { cookie: admin });
  expect(gestores.json.data).toContainEqual({ persona_id: d.persona_id, nombre: `Nombre ${body.apellidos}`, rol: 'GESTOR' });
  expect((await api('GET', '/empleados?rol=NADA', { cookie: admin })).json).toEqual({ ok: true, data: [] });
  const noRol = await api('GET', '/empleados', { cookie: admin });
  expect(noRol.status).toBe(422);
  expect(noRol.json.detail[0]).toMatchObject({ type: 'missing', loc: ['query', 'rol'] });
  // The new user can log in.
  const me = await api('GET', '/auth/me', { cookie: await login(body.user_email, body.password) });
  expect(me.json.data.user.roles).toEqual(['GESTOR', 'MEDICO']);
});

test('create errors in order, each writing nothing', async () => {
  const before = await tableCounts();
  const badRole = await api('POST', '/admin/usuarios', { cookie: admin, json: newUserBody(['GESTOR', 'JEFE']) });
  expect(badRole.status).toBe(422);
  expect(badRole.json).toEqual({ detail: 'Roles invalidos: JEFE. Validos: ADMIN, GESTOR, MEDICO, OPERADOR' });

  const taken = await api('POST', '/admin/usuarios', { cookie: admin, json: { ...newUserBody(['OPERADOR']), user_email: settings.admin.email.toUpperCase() } });
  expect(taken.status).toBe(409);
  expect(taken.json).toEqual({ detail: 'Ya existe un usuario con ese email' });

  const samePersona = await api('POST', '/admin/usuarios', { cookie: admin, json: { ...newUserBody(['OPERADOR']), numero_documento: 'TWINADMIN' } });
  expect(samePersona.status).toBe(409);
  expect(samePersona.json).toEqual({ detail: 'Esta persona ya tiene un usuario asociado' });

  const ruc = await api('POST', '/admin/usuarios', { cookie: admin, json: { ...newUserBody(['OPERADOR']), tipo_documento: 'RUC', password: 'short' } });
  expect(ruc.status).toBe(422);
  expect(ruc.json.detail).toEqual([
    expect.objectContaining({ type: 'string_too_short', loc: ['body', 'password'], msg: 'String should have at least 8 characters' }),
    expect.objectContaining({ type: 'enum', loc: ['body', 'tipo_documento'], msg: "Input should be 'DNI', 'CE' or 'PASAPORTE'" }),
  ]);
  const noRoles = await api('POST', '/admin/usuarios', { cookie: admin, json: { ...newUserBody([]) } });
  expect(noRoles.json.detail[0]).toMatchObject({ type: 'too_short', loc: ['body', 'roles'] });
  const longDoc = await api('POST', '/admin/usuarios', { cookie: admin, json: { ...newUserBody(['OPERADOR']), numero_documento: 'X'.repeat(31) } });
  expect(longDoc.json.detail[0]).toMatchObject({ type: 'string_too_long', loc: ['body', 'numero_documento'] });
  expect(await tableCounts()).toEqual(before);
});

test('auth before admin before validation: 401, then 403 (S) for non-admins', async () => {
  expect((await api('POST', '/admin/usuarios', { json: {} })).json).toEqual({ detail: 'No autenticado' });
  const op = await createUser(admin, ['OPERADOR']);
  const cookie = await login(op.user_email, op.password);
  for (const [method, path] of [['GET', '/admin/usuarios'], ['POST', '/admin/usuarios'], ['GET', '/admin/permisos'], ['GET', '/admin/reportes']]) {
    const res = await api(method!, path!, { cookie, json: {} });
    expect(res.status, `${method} ${path}`).toBe(403);
    expect(res.json).toEqual({ detail: 'Solo ADMIN puede acceder a esta funcion' });
  }
});

test('patch: persona fields, roles, suspend deletes sessions, reactivate; 404/400', async () => {
  const u = await createUser(admin, ['OPERADOR']);
  const userCookie = await login(u.user_email, u.password);
  const edited = await api('PATCH', `/admin/usuarios/${u.user_id}`, {
    cookie: admin, json: { nombres: 'Nuevo', telefono: '911', celular_2: '922', roles: ['GESTOR'] },
  });
  expect(edited.status).toBe(200);
  expect(edited.json.data).toMatchObject({ nombres: 'Nuevo', telefono: '911', celular_2: '922', roles: ['GESTOR'], user_email: u.user_email });
  // A removed role keeps its empleado row (prod does not deactivate it).
  expect((await sql('SELECT rol_empleado FROM empleado WHERE persona_id = ? ORDER BY rol_empleado', [u.persona_id])).map((r) => r.rol_empleado))
    .toEqual(['GESTOR', 'OPERADOR']);

  const suspended = await api('PATCH', `/admin/usuarios/${u.user_id}`, { cookie: admin, json: { is_active: false } });
  expect(suspended.json.data.is_active).toBe(false);
  expect(await sql('SELECT 1 FROM sessions WHERE user_id = ?', [u.user_id])).toEqual([]);
  expect((await api('GET', '/auth/me', { cookie: userCookie })).json).toEqual({ detail: 'Sesion invalida o expirada' });
  const back = await api('PATCH', `/admin/usuarios/${u.user_id}`, { cookie: admin, json: { is_active: true } });
  expect(back.json.data.is_active).toBe(true);

  const self = await api('PATCH', '/admin/usuarios/1', { cookie: admin, json: { is_active: false } });
  expect(self.status).toBe(400);
  expect(self.json).toEqual({ detail: 'No puedes suspenderte a ti mismo' });
  const missing = await api('PATCH', '/admin/usuarios/99999', { cookie: admin, json: {} });
  expect(missing.status).toBe(404);
  expect(missing.json).toEqual({ detail: 'Usuario no encontrado' });
  const badBody = await api('PATCH', '/admin/usuarios/99999', { cookie: admin, json: { is_active: 'maybe' } });
  expect(badBody.status).toBe(422); // validation before 404
});

test('reset-password: new password works, sessions deleted; 422 V and 404 S', async () => {
  const u = await createUser(admin, ['MEDICO']);
  await login(u.user_email, u.password);
  const short = await api('POST', `/admin/usuarios/${u.user_id}/reset-password`, { cookie: admin, json: { new_password: 'x' } });
  expect(short.status).toBe(422);
  expect(short.json.detail[0]).toMatchObject({ loc: ['body', 'new_password'], type: 'string_too_short' });
  const res = await api('POST', `/admin/usuarios/${u.user_id}/reset-password`, { cookie: admin, json: { new_password: 'brand-new-pass' } });
  expect(res.json).toEqual({ ok: true, message: 'Password reseteado exitosamente' });
  expect(await sql('SELECT 1 FROM sessions WHERE user_id = ?', [u.user_id])).toEqual([]);
  expect((await api('POST', '/auth/login', { json: { email: u.user_email, password: u.password } })).status).toBe(401);
  await login(u.user_email, 'brand-new-pass');
  const missing = await api('POST', '/admin/usuarios/99999/reset-password', { cookie: admin, json: { new_password: 'brand-new-pass' } });
  expect(missing.json).toEqual({ detail: 'Usuario no encontrado' });
});

test('permisos: the POLICY matrix with OVERRIDE for ADMIN in the terminal states', async () => {
  const res = await api('GET', '/admin/permisos', { cookie: admin });
  const m = res.json.data;
  expect(Object.keys(m)).toEqual(['ADMIN', 'OPERADOR', 'GESTOR', 'MEDICO']);
  expect(Object.keys(m.ADMIN)).toEqual(['REGISTRADO', 'ASIGNADO_GESTOR', 'PAGADO', 'ASIGNADO_MEDICO', 'CERRADO', 'CANCELADO']);
  expect(m.ADMIN.CERRADO).toContain('OVERRIDE');
  expect(m.ADMIN.CANCELADO).toContain('OVERRIDE');
  expect(m.ADMIN.REGISTRADO).not.toContain('OVERRIDE');
  expect(m.OPERADOR.CERRADO).toEqual([]);
  expect(m.MEDICO.ASIGNADO_MEDICO).toContain('CERRAR');
  expect(m.GESTOR.ASIGNADO_MEDICO).not.toContain('CERRAR');
});
