// Downloads a stored file without leaving the SPA. The real app clicked a cross-origin <a download>,
// which browsers turn into a navigation (and an error page on failure). The twin fetches the bytes with
// the session cookie and saves them through a same-origin blob URL under the original file name, so the
// browser raises a normal download and errors stay on the page.
import { API_URL, ApiError } from '../../api/client.ts';
import type { Archivo } from '../../api/types.ts';

async function failure(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let detail: unknown = text || response.statusText || `HTTP ${response.status}`;
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    if (body && typeof body === 'object' && 'detail' in body) detail = body.detail;
  } catch {
    // Not JSON (e.g. a plain-text 500): keep the text.
  }
  return new ApiError(response.status, detail);
}

export async function downloadArchivo(archivo: Archivo): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${API_URL}/archivos/${archivo.archivo_id}`, { credentials: 'include' });
  } catch (err) {
    throw new ApiError(0, `Error de conexion con el servidor (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = archivo.nombre;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the blob by the next tick; keep it a while for slow consumers anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
