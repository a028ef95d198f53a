// Files: multipart upload (undici FormData), download as bytes + headers, delete.
import { FormData } from 'undici';
import type { CmepHttp } from './http.ts';
import { archivoUploadedSchema, envelope, okSchema, type ArchivoUploaded } from './schemas.ts';

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  tipo?: 'EVIDENCIA_PAGO' | 'DOCUMENTO' | 'OTROS';
  pagoId?: number;
}

export interface Download {
  bytes: Buffer;
  contentType: string | undefined;
  contentDisposition: string | undefined;
  contentLength: number | undefined;
}

export class ArchivosApi {
  constructor(private readonly http: CmepHttp) {}

  async upload(solicitudId: number, upload: Upload): Promise<ArchivoUploaded> {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(upload.bytes)], { type: upload.mimeType }), upload.fileName);
    if (upload.tipo) form.set('tipo_archivo', upload.tipo);
    if (upload.pagoId !== undefined) form.set('pago_id', String(upload.pagoId));
    return (await this.http.call('POST', `/solicitudes/${solicitudId}/archivos`, envelope(archivoUploadedSchema), { form })).data;
  }

  async download(archivoId: number): Promise<Download> {
    const response = await this.http.expectOk('GET', `/archivos/${archivoId}`, { headers: { accept: '*/*' } });
    const length = response.header('content-length');
    return {
      bytes: response.bytes,
      contentType: response.header('content-type'),
      contentDisposition: response.header('content-disposition'),
      contentLength: length === undefined ? undefined : Number(length),
    };
  }

  async delete(archivoId: number): Promise<void> {
    await this.http.call('DELETE', `/archivos/${archivoId}`, okSchema);
  }
}
