// Archivos (contract §1.6, §5): multipart upload to S3 (key `uuidhex.ext` at the bucket root, storage_path = key),
// download of the stored bytes with attachment headers, delete that removes the stored object too.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TwinContext } from '../context.ts';
import { errD, errV } from '../errors.ts';
import { pathInt } from '../request.ts';
import { loadSolicitudRow } from '../solicitud-dto.ts';
import { requireUser } from '../sessions.ts';
import { ObjectStore } from '../storage.ts';
import { exec, one, withTx } from '../../db/pool.ts';
import { int, type Issue } from '../validate.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024; // 10 MiB = 10 485 760 bytes
const TIPOS = ['DOCUMENTO', 'EVIDENCIA_PAGO', 'OTROS'];
const STORAGE_MISSING = 'Archivo fisico no encontrado en storage';

/** Removes a stored object; `s3-delete-orphans` bites here (the row goes, the object stays). */
export async function deleteStoredObject(ctx: TwinContext, key: string): Promise<void> {
  if (ctx.faults.has('s3-delete-orphans')) return;
  await ctx.store.delete(key);
}

interface UploadForm {
  file?: { filename: string; mimetype: string; data: Buffer; tooBig: boolean };
  tipo_archivo?: string;
  pago_id?: string;
}

async function readForm(req: FastifyRequest): Promise<UploadForm> {
  const form: UploadForm = {};
  if (!req.isMultipart()) return form;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const file = part as MultipartFile;
      const data = await file.toBuffer();
      if (file.fieldname === 'file' && !form.file) {
        form.file = { filename: file.filename, mimetype: file.mimetype, data, tooBig: file.file.truncated || data.length > MAX_UPLOAD_BYTES };
      }
    } else if (part.fieldname === 'tipo_archivo' || part.fieldname === 'pago_id') {
      form[part.fieldname] = String(part.value);
    }
  }
  return form;
}

export function registerArchivosRoutes(app: FastifyInstance, ctx: TwinContext): void {
  app.post('/solicitudes/:id/archivos', async (req) => {
    const user = await requireUser(ctx, req);
    const id = pathInt(req, 'id');
    const form = await readForm(req);
    // Form validation (V) first, as FastAPI does before the handler runs.
    const issues: Issue[] = [];
    if (!form.file) issues.push({ type: 'missing', loc: ['body', 'file'], msg: 'Field required', input: null });
    let pagoId: number | null = null;
    if (form.pago_id !== undefined && form.pago_id !== '') {
      const r = int().parse(form.pago_id, ['body', 'pago_id'], issues);
      if (typeof r === 'number') pagoId = r;
    }
    if (issues.length) throw errV(issues);
    const file = form.file!;
    // Then the handler's own order: tipo → 404 solicitud → pago_id → size.
    const tipo = form.tipo_archivo ?? 'OTROS';
    if (!TIPOS.includes(tipo)) throw errD(422, `tipo_archivo debe ser uno de: ${[...TIPOS].sort().join(', ')}`);
    await loadSolicitudRow(ctx.pool, id);
    if (pagoId !== null && !(await one(ctx.pool, 'SELECT 1 FROM pago_solicitud WHERE pago_id = ? AND solicitud_id = ?', [pagoId, id]))) {
      throw errD(422, 'pago_id no pertenece a esta solicitud');
    }
    if (file.tooBig) throw errD(422, 'Archivo excede el tamano maximo (10 MB)');

    const key = ObjectStore.newKey(file.filename);
    const mime = file.mimetype || 'application/octet-stream';
    // `upload-not-stored`: the row is written but the object never reaches S3.
    if (!ctx.faults.has('upload-not-stored')) {
      try {
        await ctx.store.put(key, file.data, mime);
      } catch {
        throw errD(502, 'Error inesperado subiendo el archivo.', 'S3_UPLOAD_FAILED');
      }
    }
    let archivoId: number;
    try {
      archivoId = await withTx(ctx.pool, async (tx) => {
        await loadSolicitudRow(tx, id, true);
        const res = await exec(
          tx,
          `INSERT INTO archivos (nombre_original, nombre_storage, tipo, mime_type, tamano_bytes, storage_path, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())`,
          [file.filename, key, tipo, mime, file.data.length, key, user.user_id],
        );
        await exec(tx, 'INSERT INTO solicitud_archivo (solicitud_id, archivo_id, pago_id, created_by, created_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP())', [id, res.insertId, pagoId, user.user_id]);
        return res.insertId;
      });
    } catch (err) {
      await ctx.store.delete(key).catch(() => undefined); // no object without its row
      throw err;
    }
    return { ok: true, data: { archivo_id: archivoId, nombre: file.filename, tipo, tamano_bytes: file.data.length, mime_type: mime } };
  });

  app.get('/archivos/:archivo_id', async (req, reply) => {
    await requireUser(ctx, req);
    const archivoId = pathInt(req, 'archivo_id');
    const a = await one(ctx.pool, 'SELECT * FROM archivos WHERE archivo_id = ?', [archivoId]);
    if (!a) throw errD(404, 'Archivo no encontrado');
    // `download-404`: what prod answers today, its read using a key that does not exist.
    if (ctx.faults.has('download-404')) throw errD(404, STORAGE_MISSING);
    const data = await ctx.store.get(a.storage_path);
    if (!data) throw errD(404, STORAGE_MISSING);
    // `download-corrupt`: the first byte flipped, same length.
    if (ctx.faults.has('download-corrupt') && data.length > 0) data[0] = data[0]! ^ 0xff;
    let type = a.mime_type || 'application/octet-stream';
    if (type.startsWith('text/') && !/charset=/i.test(type)) type += '; charset=utf-8';
    reply.header('content-type', type);
    reply.header('content-length', String(data.length));
    reply.header('content-disposition', `attachment; filename="${a.nombre_original}"`);
    return reply.send(data);
  });

  app.delete('/archivos/:archivo_id', async (req) => {
    await requireUser(ctx, req);
    const archivoId = pathInt(req, 'archivo_id');
    const key = await withTx(ctx.pool, async (tx) => {
      const a = await one(tx, 'SELECT * FROM archivos WHERE archivo_id = ? FOR UPDATE', [archivoId]);
      if (!a) throw errD(404, 'Archivo no encontrado');
      await exec(tx, 'DELETE FROM solicitud_archivo WHERE archivo_id = ?', [archivoId]);
      await exec(tx, 'DELETE FROM archivos WHERE archivo_id = ?', [archivoId]);
      return a.storage_path as string;
    });
    await deleteStoredObject(ctx, key).catch(() => undefined); // storage errors are swallowed, as in prod
    return { ok: true };
  });
}
