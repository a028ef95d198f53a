// "Archivos" block: upload (file + tipo), the file table, download and delete. All errors of this block
// show in its own red box.
import { useState } from 'react';
import { api, errorText } from '../../api/client.ts';
import type { Archivo } from '../../api/types.ts';
import { MessageBox, TableScroll } from '../../components/MessageBox.tsx';
import { formatSize } from '../../format.ts';
import type { DetalleProps } from './detalle.ts';
import { downloadArchivo } from './downloadArchivo.ts';

function UploadForm({ detail, run, onError }: DetalleProps & { onError(text: string): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [tipo, setTipo] = useState('DOCUMENTO');
  const [busy, setBusy] = useState(false);
  // Changing the key gives a fresh, empty file input after a successful upload.
  const [inputKey, setInputKey] = useState(0);

  async function upload() {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    form.append('tipo_archivo', tipo);
    setBusy(true);
    onError('');
    try {
      await api.upload(`/solicitudes/${detail.solicitud_id}/archivos`, form);
      setFile(null);
      setInputKey((k) => k + 1);
      await run(async () => undefined);
    } catch (err) {
      onError(errorText(err, 'Error al subir el archivo'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="btn-row" style={{ marginBottom: 10 }}>
      <input key={inputKey} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <select value={tipo} onChange={(e) => setTipo(e.target.value)}>
        <option value="DOCUMENTO">Documento</option>
        <option value="EVIDENCIA_PAGO">Evidencia de pago</option>
        <option value="OTROS">Otros</option>
      </select>
      <button type="button" className="btn" disabled={!file || busy} onClick={upload}>
        {busy ? 'Subiendo...' : 'Subir archivo'}
      </button>
    </div>
  );
}

export function BlockArchivos(props: DetalleProps) {
  const { detail, run } = props;
  const [error, setError] = useState('');

  async function handleDownload(archivo: Archivo) {
    setError('');
    try {
      await downloadArchivo(archivo);
    } catch (err) {
      setError(`No se pudo descargar ${archivo.nombre}: ${errorText(err, 'error desconocido')}`);
    }
  }

  async function handleDelete(archivo: Archivo) {
    if (!window.confirm('Eliminar este archivo?')) return;
    setError('');
    try {
      await api.delete(`/archivos/${archivo.archivo_id}`);
      await run(async () => undefined);
    } catch (err) {
      setError(errorText(err, 'Error al eliminar el archivo'));
    }
  }

  return (
    <section className="card">
      <h3>Archivos</h3>
      <UploadForm {...props} onError={setError} />
      <MessageBox tone="error">{error}</MessageBox>
      {detail.archivos.length === 0 ? (
        <p>Sin archivos adjuntos.</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th>Nombre</th>
                <th>Tipo</th>
                <th>Tamano</th>
                <th>Acciones</th>
              </tr>
            </thead>
            <tbody>
              {detail.archivos.map((archivo) => (
                <tr key={archivo.id}>
                  <td style={{ overflowWrap: 'anywhere' }}>{archivo.nombre}</td>
                  <td>{archivo.tipo}</td>
                  <td>{formatSize(archivo.tamano_bytes)}</td>
                  <td>
                    <div className="btn-row">
                      <button type="button" className="btn btn-small btn-secondary" onClick={() => handleDownload(archivo)}>
                        Descargar
                      </button>
                      <button type="button" className="btn btn-small btn-danger" onClick={() => handleDelete(archivo)}>
                        Eliminar
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
