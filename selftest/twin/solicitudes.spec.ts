// /solicitudes and the workflow (cmep-contract §1.5, §3): create, list, detail, patch, every action, the override
// as documented, delete cascade. Bad input writes nothing.
import { expect, test } from '@playwright/test';
import { api, closeClients, createSolicitud, createUser, login, resetTwin, sql, tableCounts, uniq } from './twin-client.ts';

let admin: string;
let gestor: { persona_id: number; user_email: string; password: string };
let medico: { persona_id: number; user_email: string; password: string };
const pago = { canal_pago: 'YAPE', fecha_pago: '2026-01-15', monto: 200, moneda: 'PEN' };

test.beforeAll(async () => {
  await resetTwin();
  admin = await login();
  gestor = await createUser(admin, ['GESTOR']);
  medico = await createUser(admin, ['MEDICO']);
});
test.afterAll(closeClients);

const act = (id: number, action: string, json: unknown, cookie = admin) => api('POST', `/solicitudes/${id}/${action}`, { cookie, json });

test('create: 200 {solicitud_id, codigo}, rate snapshot, historial solicitud_creada', async () => {
  const u = uniq();
  const res = await api('POST', '/solicitudes', {
    cookie: admin,
    json: {
      cliente: { tipo_documento: 'DNI', numero_documento: `9${u}`.slice(0, 30), nombres: 'Juana', apellidos: `SMOKE-${u}`, celular: '987' },
      apoderado: { tipo_documento: 'PASAPORTE', numero_documento: `AP${u}`, nombres: 'Apo', apellidos: 'Derado' },
      promotor: { tipo_promotor: 'EMPRESA', razon_social: `Notaria ${u}`, fuente_promotor: 'Notaria' },
      atencion: { tipo_atencion: 'VIRTUAL' }, servicio_id: 1, comentario: `SMOKE-${u} nueva`,
    },
  });
  expect(res.status).toBe(200);
  const { solicitud_id, codigo } = res.json.data;
  expect(codigo).toBe(`CMEP-${new Date().getUTCFullYear()}-${String(solicitud_id).padStart(4, '0')}`);
  const d = (await api('GET', `/solicitudes/${solicitud_id}`, { cookie: admin })).json.data;
  expect(d).toMatchObject({
    solicitud_id, codigo, estado_atencion: 'REGISTRADO', estado_pago: 'PENDIENTE', estado_certificado: null,
    tarifa_monto: '200.00', tarifa_moneda: 'PEN', tipo_atencion: 'VIRTUAL', estado_operativo: 'REGISTRADO',
    servicio: { servicio_id: 1, descripcion: 'Certificado Medico de Evaluacion Psicologica', tarifa: '200.00', moneda: 'PEN' },
    asignaciones_vigentes: { GESTOR: null, MEDICO: null }, pagos: [], archivos: [], resultados_medicos: [],
    cliente: { tipo_documento: 'DNI', nombre: `Juana SMOKE-${u}`, celular: '987' },
    apoderado: { nombres: 'Apo', apellidos: 'Derado' },
    promotor: { tipo_promotor: 'EMPRESA', nombre: `Notaria ${u}`, fuente_promotor: 'Notaria' },
  });
  expect(d.acciones_permitidas).toEqual(['ASIGNAR_GESTOR', 'CAMBIAR_GESTOR', 'CAMBIAR_MEDICO', 'CANCELAR', 'EDITAR_DATOS', 'REGISTRAR_PAGO']);
  expect(d.historial).toEqual([expect.objectContaining({ campo: 'solicitud_creada', valor_anterior: null, valor_nuevo: 'REGISTRADO', usuario_nombre: 'Admin Twin' })]);
  expect(d.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
});

test('create: 422 V shapes, value errors, FK 500 — and nothing written', async () => {
  const before = await tableCounts();
  const missing = await api('POST', '/solicitudes', { cookie: admin, json: {} });
  expect(missing.status).toBe(422);
  expect(missing.json.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'cliente'], msg: 'Field required' })]);
  const cliente = { tipo_documento: 'PASAPORTE', numero_documento: `X${uniq()}`, nombres: 'A', apellidos: 'B' };
  const both = await api('POST', '/solicitudes', { cookie: admin, json: { cliente, promotor_id: 1, promotor: { tipo_promotor: 'OTROS', nombre_promotor_otros: 'x' } } });
  expect(both.json.detail[0]).toMatchObject({ type: 'value_error', msg: 'Value error, Enviar promotor o promotor_id, no ambos' });
  const persona = await api('POST', '/solicitudes', { cookie: admin, json: { cliente, promotor: { tipo_promotor: 'PERSONA', nombres: 'Solo' } } });
  expect(persona.json.detail[0]).toMatchObject({ type: 'value_error', loc: ['body', 'promotor'] });
  expect(persona.json.detail[0].msg).toMatch(/^Value error, .*requiere/);
  const badDoc = await api('POST', '/solicitudes', { cookie: admin, json: { cliente: { ...cliente, tipo_documento: 'X', numero_documento: '' } } });
  expect(badDoc.json.detail.map((i: { loc: unknown[] }) => i.loc)).toEqual([['body', 'cliente', 'tipo_documento'], ['body', 'cliente', 'numero_documento']]);
  const fk = await api('POST', '/solicitudes', { cookie: admin, json: { cliente, servicio_id: 9999 } });
  expect(fk.status).toBe(500);
  expect(fk.text).toBe('Internal Server Error');
  expect(await tableCounts()).toEqual(before);
});

test('list: envelope, q, mine, estado_operativo after pagination, page validation', async () => {
  const u = uniq();
  const a = await createSolicitud(admin, { cliente: { tipo_documento: 'PASAPORTE', numero_documento: `LQ${u}`, nombres: 'Lista', apellidos: `Q${u}` } });
  const res = await api('GET', `/solicitudes?q=q${u.toLowerCase()}`, { cookie: admin });
  expect(res.json).toMatchObject({ ok: true, data: { items: [{ solicitud_id: a.solicitud_id, estado_operativo: 'REGISTRADO', gestor: null, medico: null, apoderado: null }] }, meta: { page: 1, page_size: 20, total: 1 } });
  expect(res.json.data.items[0].cliente).toEqual({ persona_id: expect.any(Number), tipo_documento: 'PASAPORTE', numero_documento: `LQ${u}`, doc: `PASAPORTE LQ${u}`, nombre: `Lista Q${u}`, celular: null });
  expect(res.json.data.items[0]).not.toHaveProperty('operador');

  await act(a.solicitud_id, 'cambiar-gestor', { persona_id_gestor: gestor.persona_id });
  const filtered = await api('GET', `/solicitudes?q=${u}&estado_operativo=REGISTRADO`, { cookie: admin });
  expect(filtered.json.data.items).toEqual([]);
  expect(filtered.json.meta.total).toBe(1); // total ignores the estado filter, as in prod
  const mineGestor = await api('GET', '/solicitudes?mine=true', { cookie: await login(gestor.user_email, gestor.password) });
  expect(mineGestor.json.data.items.map((i: { solicitud_id: number }) => i.solicitud_id)).toContain(a.solicitud_id);
  const mineMedico = await api('GET', '/solicitudes?mine=true', { cookie: await login(medico.user_email, medico.password) });
  expect(mineMedico.json.data.items.map((i: { solicitud_id: number }) => i.solicitud_id)).not.toContain(a.solicitud_id);

  const big = await api('GET', '/solicitudes?page_size=101&page=0', { cookie: admin });
  expect(big.status).toBe(422);
  expect(big.json.detail).toEqual([
    expect.objectContaining({ type: 'greater_than_equal', loc: ['query', 'page'] }),
    expect.objectContaining({ type: 'less_than_equal', loc: ['query', 'page_size'] }),
  ]);
  expect((await api('GET', '/solicitudes')).json).toEqual({ detail: 'No autenticado' });
});

test('detail 404 (D); validation before 404', async () => {
  const nf = await api('GET', '/solicitudes/999999', { cookie: admin });
  expect(nf.status).toBe(404);
  expect(nf.json).toEqual({ detail: { ok: false, error: { code: 'NOT_FOUND', message: 'Solicitud no encontrada' } } });
  const v = await act(999999, 'registrar-pago', { monto: -1 });
  expect(v.status).toBe(422);
  expect(Array.isArray(v.json.detail)).toBe(true);
});

test('patch writes one historial row per changed field', async () => {
  const s = await createSolicitud(admin);
  const res = await api('PATCH', `/solicitudes/${s.solicitud_id}`, { cookie: admin, json: { comentario: 'nuevo', cliente_nombres: 'Otro', tipo_atencion: 'PRESENCIAL' } });
  expect(res.status).toBe(200);
  const campos = res.json.data.historial.map((h: { campo: string }) => h.campo);
  expect(campos).toEqual(expect.arrayContaining(['comentario', 'cliente.nombres', 'tipo_atencion', 'solicitud_creada']));
  expect(campos).toHaveLength(4);
  expect(campos[campos.length - 1]).toBe('solicitud_creada'); // newest first
  expect(res.json.data.cliente.nombre).toMatch(/^Otro /);
  const bad = await api('PATCH', `/solicitudes/${s.solicitud_id}`, { cookie: admin, json: { cliente_fecha_nacimiento: '2020-13-45' } });
  expect(bad.status).toBe(422);
  expect(bad.json.detail[0].loc).toEqual(['body', 'cliente_fecha_nacimiento']);
});

test('the full flow REGISTRADO → ASIGNADO_GESTOR → PAGADO → ASIGNADO_MEDICO → CERRADO', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  let r = await act(id, 'asignar-gestor', { persona_id_gestor: gestor.persona_id });
  expect(r.status).toBe(200);
  expect(r.json.data.estado_operativo).toBe('ASIGNADO_GESTOR');
  expect(r.json.data.asignaciones_vigentes.GESTOR).toEqual({ persona_id: gestor.persona_id, nombre: expect.any(String), rol: 'GESTOR' });
  r = await act(id, 'registrar-pago', pago);
  expect(r.json.data).toMatchObject({ estado_operativo: 'PAGADO', estado_pago: 'PAGADO' });
  expect(r.json.data.pagos).toEqual([expect.objectContaining({ canal_pago: 'YAPE', fecha_pago: '2026-01-15', monto: '200.00', moneda: 'PEN' })]);
  expect(r.json.data.historial.slice(0, 2).map((h: { campo: string; valor_nuevo: string }) => [h.campo, h.valor_nuevo]))
    .toEqual(expect.arrayContaining([['pago_registrado', '200'], ['estado_pago', 'PAGADO']]));
  r = await act(id, 'asignar-medico', { persona_id_medico: medico.persona_id });
  expect(r.json.data.estado_operativo).toBe('ASIGNADO_MEDICO');
  expect(r.json.data.acciones_permitidas).toContain('CERRAR');
  r = await act(id, 'cerrar', {});
  expect(r.status).toBe(200);
  expect(r.json.data).toMatchObject({ estado_operativo: 'CERRADO', estado_atencion: 'ATENDIDO', cerrado_por: 1 });
  expect(r.json.data.fecha_cierre).toMatch(/T/);
  expect(r.json.data.acciones_permitidas).toEqual(['CAMBIAR_GESTOR', 'CAMBIAR_MEDICO', 'CANCELAR', 'CERRAR', 'EDITAR_DATOS', 'OVERRIDE', 'REGISTRAR_PAGO']);
  const again = await act(id, 'cerrar', {});
  expect(again.status).toBe(409);
  expect(again.json).toEqual({ detail: { ok: false, error: { code: 'CONFLICT', message: 'Solicitud ya esta ATENDIDA' } } });
});

test('POLICY 403 (D), R10 422 (D), pago 422 (V); each writes nothing', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const medicoCookie = await login(medico.user_email, medico.password);
  const before = await tableCounts();
  const forbidden = await act(id, 'asignar-medico', { persona_id_medico: medico.persona_id });
  expect(forbidden.status).toBe(403);
  expect(forbidden.json).toEqual({ detail: { ok: false, error: { code: 'FORBIDDEN', message: "Accion 'ASIGNAR_MEDICO' no permitida en estado 'REGISTRADO'" } } });
  expect((await act(id, 'asignar-gestor', { persona_id_gestor: gestor.persona_id }, medicoCookie)).json.detail.error.message)
    .toBe("Accion 'ASIGNAR_GESTOR' no permitida en estado 'REGISTRADO'");
  const notGestor = await act(id, 'cambiar-gestor', { persona_id_gestor: medico.persona_id });
  expect(notGestor.status).toBe(422);
  expect(notGestor.json.detail.error).toEqual({ code: 'VALIDATION_ERROR', message: `La persona ${medico.persona_id} no es empleado con rol GESTOR` });
  await sql("UPDATE empleado SET estado_empleado = 'VACACIONES' WHERE persona_id = ? AND rol_empleado = 'MEDICO'", [medico.persona_id]);
  try {
    const inactive = await act(id, 'cambiar-medico', { persona_id_medico: medico.persona_id });
    expect(inactive.json.detail.error.message).toBe('El empleado no esta ACTIVO (estado: VACACIONES)');
  } finally {
    await sql("UPDATE empleado SET estado_empleado = 'ACTIVO' WHERE persona_id = ? AND rol_empleado = 'MEDICO'", [medico.persona_id]);
  }
  const v = await act(id, 'registrar-pago', { canal_pago: '', fecha_pago: 'ayer', monto: 0, moneda: 'EUR' });
  expect(v.json.detail.map((i: { loc: unknown[] }) => i.loc.join('.'))).toEqual(['body.canal_pago', 'body.fecha_pago', 'body.monto', 'body.moneda']);
  expect(await tableCounts()).toEqual(before);

  // A medico assigned before payment does not change the state; cerrar is then 403 by POLICY.
  await act(id, 'cambiar-medico', { persona_id_medico: medico.persona_id });
  expect((await api('GET', `/solicitudes/${id}`, { cookie: admin })).json.data.estado_operativo).toBe('REGISTRADO');
  expect((await act(id, 'cerrar', {})).status).toBe(403);
});

test('cancelar: CANCELADO with motivo; 409 on CANCELADO; non-admins 403 in terminal states', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const r = await act(id, 'cancelar', { comentario: 'SMOKE motivo' });
  expect(r.json.data).toMatchObject({ estado_operativo: 'CANCELADO', estado_atencion: 'CANCELADO', motivo_cancelacion: 'SMOKE motivo', cancelado_por: 1 });
  expect(r.json.data.historial[0]).toMatchObject({ campo: 'estado_atencion', valor_anterior: 'REGISTRADO', valor_nuevo: 'CANCELADO', comentario: 'SMOKE motivo' });
  const again = await act(id, 'cancelar', {});
  expect(again.status).toBe(409);
  expect(again.json.detail.error.message).toBe('Solicitud ya esta CANCELADA');
  const gestorCookie = await login(gestor.user_email, gestor.password);
  expect((await act(id, 'cancelar', {}, gestorCookie)).json.detail.error.message).toBe("Accion 'CANCELAR' no permitida en estado 'CANCELADO'");
  // Body-less POST with the SPA's JSON content type is fine.
  const { solicitud_id: id2 } = await createSolicitud(admin);
  const bare = await api('POST', `/solicitudes/${id2}/cancelar`, { cookie: admin, headers: { 'content-type': 'application/json' } });
  expect(bare.status).toBe(200);
});

test('override as documented: ADMIN only, CERRADO/CANCELADO only, motivo required, historial then sub-action', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const early = await act(id, 'override', { motivo: 'x', accion: 'CANCELAR' });
  expect(early.status).toBe(403);
  expect(early.json.detail.error).toEqual({ code: 'FORBIDDEN', message: "Accion 'OVERRIDE' no permitida en estado 'REGISTRADO'" });
  await act(id, 'cancelar', { comentario: 'primero' });
  const noMotivo = await act(id, 'override', { accion: 'EDITAR_DATOS', payload: { comentario: 'x' } });
  expect(noMotivo.status).toBe(422);
  expect(noMotivo.json.detail[0]).toMatchObject({ type: 'missing', loc: ['body', 'motivo'] });
  const gestorCookie = await login(gestor.user_email, gestor.password);
  expect((await act(id, 'override', { motivo: 'x', accion: 'EDITAR_DATOS' }, gestorCookie)).status).toBe(403);
  const before = await tableCounts();
  const badPayload = await act(id, 'override', { motivo: 'x', accion: 'CAMBIAR_GESTOR', payload: {} });
  expect(badPayload.status).toBe(422);
  expect(badPayload.json.detail.error.message).toBe('payload debe incluir persona_id_gestor');
  expect(await tableCounts()).toEqual(before); // the override row was rolled back too

  const ok = await act(id, 'override', { motivo: 'SMOKE corrige', accion: 'EDITAR_DATOS', payload: { comentario: 'corregido' } });
  expect(ok.status).toBe(200);
  expect(ok.json.data.comentario).toBe('corregido');
  const h = ok.json.data.historial;
  expect(h[0]).toMatchObject({ campo: 'comentario', valor_nuevo: 'corregido' });
  expect(h[1]).toMatchObject({ campo: 'override', valor_anterior: 'CANCELADO', valor_nuevo: 'true', comentario: 'SMOKE corrige' });
  const forced = await act(id, 'override', { motivo: 'SMOKE cierre', accion: 'CERRAR' });
  expect(forced.json.data.estado_operativo).toBe('CERRADO');
});

test('delete: ADMIN only (403 S), cascade, cliente persona removed, 404 (D) after', async () => {
  const s = await createSolicitud(admin);
  await act(s.solicitud_id, 'cambiar-gestor', { persona_id_gestor: gestor.persona_id });
  await act(s.solicitud_id, 'registrar-pago', pago);
  const [{ cliente_id }] = await sql('SELECT cliente_id FROM solicitud_cmep WHERE solicitud_id = ?', [s.solicitud_id]);
  const gestorCookie = await login(gestor.user_email, gestor.password);
  const forbidden = await api('DELETE', `/solicitudes/${s.solicitud_id}`, { cookie: gestorCookie });
  expect(forbidden.status).toBe(403);
  expect(forbidden.json).toEqual({ detail: 'Solo ADMIN puede acceder a esta funcion' });
  const res = await api('DELETE', `/solicitudes/${s.solicitud_id}`, { cookie: admin });
  expect(res.json).toEqual({ ok: true });
  for (const t of ['solicitud_cmep', 'pago_solicitud', 'solicitud_estado_historial', 'solicitud_asignacion']) {
    expect(await sql(`SELECT 1 FROM ${t} WHERE solicitud_id = ?`, [s.solicitud_id]), t).toEqual([]);
  }
  expect(await sql('SELECT 1 FROM personas WHERE persona_id = ?', [cliente_id])).toEqual([]);
  expect(await sql('SELECT 1 FROM personas WHERE persona_id = ?', [gestor.persona_id])).toHaveLength(1);
  expect((await api('DELETE', `/solicitudes/${s.solicitud_id}`, { cookie: admin })).json.detail.error.message).toBe('Solicitud no encontrada');
});
