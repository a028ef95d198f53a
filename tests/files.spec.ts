// Checklist 5: upload a generated file through the detail page, download it through the page (same bytes, the tab
// stays on the SPA), find it in storage when the bucket is reachable, and delete it through the page.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { CmepApiError } from '../api/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { SolicitudDetallePage } from '../pages/SolicitudDetallePage.ts';
import { createSolicitud } from './support/data.ts';
import { objectKeyFromDb, objectKeysBySize, objectSize } from './support/storage.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test.describe('5. Upload and download a file', { annotation: { type: 'checklist', description: 'files' } }, () => {
  test('a file uploaded through the page downloads byte-identical, is stored, and is deleted through the page', async ({
    page,
    apiAs,
    config,
    run,
    created,
    db,
    s3,
  }) => {
    const admin = await apiAs('admin');
    const { solicitud_id: id, codigo } = await createSolicitud(created, admin, run, 'A');
    // Random bytes of a random size: a truncated, corrupted or foreign file cannot match by accident.
    const bytes = randomBytes(40_000 + randomInt(20_000));
    const file = { name: `${run.tag}-files-${randomBytes(3).toString('hex')}.bin`, mimeType: 'application/octet-stream', buffer: bytes };
    const evidence: string[] = [`${file.name}: ${bytes.length} bytes, sha256 ${sha256(bytes).slice(0, 16)}…`];

    const detailUrl = new URL(SolicitudDetallePage.path(id), config.appUrl).href;
    await page.goto(detailUrl);
    const detalle = new SolicitudDetallePage(page);
    const uploadedAt = new Date();
    await detalle.archivos.upload(file);
    await expect(detalle.archivos.row(file.name)).toBeVisible();

    const archivo = (await admin.solicitudes.get(id)).archivos.find((a) => a.nombre === file.name);
    expect(archivo, 'the API lists the uploaded file').toBeDefined();
    const archivoId = archivo!.archivo_id;
    created.add(`archivo ${file.name}`, async () => {
      try {
        await admin.archivos.delete(archivoId);
      } catch (err) {
        // Deleted through the page already: that is the expected path.
        if (!(err instanceof CmepApiError && err.status === 404)) throw err;
      }
    });
    expect(archivo!.tamano_bytes).toBe(bytes.length);

    await test.step('download through the page: same SHA-256, the tab stays on the SPA', async () => {
      let download: Download;
      try {
        download = await detalle.archivos.download(file.name);
      } catch (err) {
        // The real app navigates the tab to the API's error instead of downloading (contract §9.4).
        throw new Error(`Descargar produced no download; the tab is at ${page.url()}`, { cause: err });
      }
      expect(download.suggestedFilename()).toBe(file.name);
      const downloaded = await fs.readFile(await download.path());
      expect(downloaded.length).toBe(bytes.length);
      expect(sha256(downloaded), 'downloaded SHA-256 = uploaded SHA-256').toBe(sha256(bytes));
      await expect(page).toHaveURL(detailUrl);
      evidence.push('download byte-identical, tab stayed on the SPA');
    });

    let objectKey: string | undefined;
    if (s3) {
      await test.step('the object is in the bucket with the right size', async () => {
        if (db) {
          objectKey = await objectKeyFromDb(db, archivoId);
        } else {
          const keys = await objectKeysBySize(s3, bytes.length, uploadedAt);
          expect(keys, `one object of ${bytes.length} bytes written since the upload`).toHaveLength(1);
          objectKey = keys[0];
        }
        expect(await objectSize(s3, objectKey!)).toBe(bytes.length);
        evidence.push(`object ${objectKey} in ${s3.bucket}: ${bytes.length} bytes`);
      });
    }

    await test.step('delete through the page removes the row, the record and the object', async () => {
      await detalle.archivos.delete(file.name);
      await expect(detalle.archivos.row(file.name)).toHaveCount(0);
      expect((await admin.solicitudes.get(id)).archivos.map((a) => a.archivo_id)).not.toContain(archivoId);
      if (s3 && objectKey) {
        await expect.poll(() => objectSize(s3, objectKey!), { message: `object ${objectKey} removed from the bucket` }).toBeNull();
        evidence.push('object removed from the bucket');
      }
    });

    test.info().annotations.push({ type: 'evidence', description: `${codigo}: ${evidence.join('; ')}` });
  });
});
