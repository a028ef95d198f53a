// Archivos (cmep-contract §1.6, §5: the twin's intended behaviour — downloads return the bytes, delete removes the
// object) and /admin/reportes (§1.7).
import { expect, test } from '@playwright/test';
import { api, closeClients, createSolicitud, login, multipart, resetTwin, s3Has, sql, tableCounts } from './twin-client.ts';

let admin: string;
test.beforeAll(async () => {
  await resetTwin();
  admin = await login();
});
test.afterAll(closeClients);

const TEN_MIB = 10 * 1024 * 1024;

test('upload → S3 key at the bucket root → download the same bytes with attachment headers → delete removes the object', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const data = Buffer.from('%PDF-1.4 twin smoke\n');
  const up = await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart({ name: 'Informe.PDF', type: 'application/pdf', data }, { tipo_archivo: 'DOCUMENTO' }) });
  expect(up.status).toBe(200);
  expect(up.json).toEqual({ ok: true, data: { archivo_id: expect.any(Number), nombre: 'Informe.PDF', tipo: 'DOCUMENTO', tamano_bytes: data.length, mime_type: 'application/pdf' } });
  const archivoId = up.json.data.archivo_id;
  const [row] = await sql('SELECT nombre_storage, storage_path FROM archivos WHERE archivo_id = ?', [archivoId]);
  expect(row.storage_path).toMatch(/^[0-9a-f]{32}\.pdf$/);
  expect(row.nombre_storage).toBe(row.storage_path);
  expect(await s3Has(row.storage_path)).toBe(true);
  const detail = await api('GET', `/solicitudes/${id}`, { cookie: admin });
  expect(detail.json.data.archivos).toEqual([{ id: expect.any(Number), archivo_id: archivoId, pago_id: null, nombre: 'Informe.PDF', tipo: 'DOCUMENTO', mime_type: 'application/pdf', tamano_bytes: data.length }]);

  const down = await api('GET', `/archivos/${archivoId}`, { cookie: admin });
  expect(down.status).toBe(200);
  expect(down.bytes.equals(data)).toBe(true);
  expect(down.headers['content-type']).toBe('application/pdf');
  expect(down.headers['content-length']).toBe(String(data.length));
  expect(down.headers['content-disposition']).toBe('attachment; filename="Informe.PDF"');

  const del = await api('DELETE', `/archivos/${archivoId}`, { cookie: admin });
  expect(del.json).toEqual({ ok: true });
  expect(await s3Has(row.storage_path)).toBe(false);
  expect(await sql('SELECT 1 FROM archivos WHERE archivo_id = ?', [archivoId])).toEqual([]);
  expect((await api('GET', `/archivos/${archivoId}`, { cookie: admin })).json).toEqual({ detail: { ok: false, error: { code: 'NOT_FOUND', message: 'Archivo no encontrado' } } });
  expect((await api('DELETE', `/archivos/${archivoId}`, { cookie: admin })).status).toBe(404);
});

test('text files get charset; default tipo OTROS; empty files accepted', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const up = await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart({ name: 'nota', type: 'text/plain', data: Buffer.alloc(0) }) });
  expect(up.json.data).toMatchObject({ tipo: 'OTROS', tamano_bytes: 0 });
  const down = await api('GET', `/archivos/${up.json.data.archivo_id}`, { cookie: admin });
  expect(down.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(down.headers['content-length']).toBe('0');
});

test('upload refusals in order (V, tipo, 404, pago_id, 10 MiB), writing nothing', async () => {
  const { solicitud_id: id } = await createSolicitud(admin);
  const before = await tableCounts();
  const file = { name: 'a.txt', type: 'text/plain', data: Buffer.from('x') };
  const noFile = await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart(undefined, { tipo_archivo: 'DOCUMENTO' }) });
  expect(noFile.status).toBe(422);
  expect(noFile.json.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'file'], msg: 'Field required' })]);
  const tipo = await api('POST', '/solicitudes/999999/archivos', { cookie: admin, body: multipart(file, { tipo_archivo: 'FOTO' }) });
  expect(tipo.json).toEqual({ detail: { ok: false, error: { code: 'VALIDATION_ERROR', message: 'tipo_archivo debe ser uno de: DOCUMENTO, EVIDENCIA_PAGO, OTROS' } } });
  const nf = await api('POST', '/solicitudes/999999/archivos', { cookie: admin, body: multipart(file) });
  expect(nf.status).toBe(404);
  const pago = await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart(file, { pago_id: '424242' }) });
  expect(pago.json.detail.error.message).toBe('pago_id no pertenece a esta solicitud');
  const big = await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart({ name: 'big.bin', type: 'application/octet-stream', data: Buffer.alloc(TEN_MIB + 1, 1) }) });
  expect(big.status).toBe(422);
  expect(big.json).toEqual({ detail: { ok: false, error: { code: 'VALIDATION_ERROR', message: 'Archivo excede el tamano maximo (10 MB)' } } });
  expect(await tableCounts()).toEqual(before);
  const exact = await api('POST', `/solicitudes/${id}/archivos`, { cookie: admin, body: multipart({ name: 'max.bin', type: 'application/octet-stream', data: Buffer.alloc(TEN_MIB, 2) }) });
  expect(exact.status).toBe(200);
  expect(exact.json.data.tamano_bytes).toBe(TEN_MIB);
  expect((await api('POST', `/solicitudes/${id}/archivos`, { body: multipart(file) })).status).toBe(401);
});

test('reportes: kpis, series, six-state distribucion, rankings', async () => {
  const gestorRes = await api('POST', '/admin/usuarios', {
    cookie: admin,
    json: { user_email: `rep-${Date.now()}@example.com`, password: 'staff-pass-1234', nombres: 'Rep', apellidos: 'Gestor', tipo_documento: 'PASAPORTE', numero_documento: `RG${Date.now()}`, roles: ['GESTOR'] },
  });
  const gestorId = gestorRes.json.data.persona_id;
  const a = await createSolicitud(admin, { promotor: { tipo_promotor: 'OTROS', nombre_promotor_otros: 'Red social' } });
  await createSolicitud(admin);
  const today = new Date().toISOString().slice(0, 10);
  await api('POST', `/solicitudes/${a.solicitud_id}/cambiar-gestor`, { cookie: admin, json: { persona_id_gestor: gestorId } });
  await api('POST', `/solicitudes/${a.solicitud_id}/registrar-pago`, { cookie: admin, json: { canal_pago: 'YAPE', fecha_pago: today, monto: 150.5 } });

  const res = await api('GET', '/admin/reportes', { cookie: admin });
  expect(res.status).toBe(200);
  const d = res.json.data;
  expect(d.kpis.solicitudes).toBeGreaterThanOrEqual(2);
  expect(d.kpis.ingresos).toBeGreaterThanOrEqual(150.5);
  expect(typeof d.kpis.ticket_promedio).toBe('number');
  expect(d.distribucion.map((x: { estado: string }) => x.estado)).toEqual(['REGISTRADO', 'ASIGNADO_GESTOR', 'PAGADO', 'ASIGNADO_MEDICO', 'CERRADO', 'CANCELADO']);
  expect(d.distribucion.find((x: { estado: string }) => x.estado === 'PAGADO').cantidad).toBeGreaterThanOrEqual(1);
  expect(d.series).toEqual([{ periodo: today.slice(0, 7), solicitudes: d.kpis.solicitudes, ingresos: d.kpis.ingresos }]);
  expect(d.ranking_promotores[0]).toMatchObject({ nombre: 'Red social', clientes: 1, solicitudes: 1 });
  expect(d.ranking_equipo.gestores[0]).toMatchObject({ persona_id: gestorId, nombre: 'Rep Gestor', solicitudes: 1, cerradas: 0 });
  expect(d.ranking_equipo.operadores).toEqual([]);

  const cerrado = await api('GET', '/admin/reportes?estado=CERRADO&agrupacion=semanal', { cookie: admin });
  expect(cerrado.json.data.kpis.solicitudes).toBe(0);
  expect(cerrado.json.data.series[0].periodo).toMatch(/^\d{4}-W\d\d$/);
  const bad = await api('GET', '/admin/reportes?desde=ayer', { cookie: admin });
  expect(bad.status).toBe(422);
  expect(bad.json.detail[0].loc).toEqual(['query', 'desde']);
});
