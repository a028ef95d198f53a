// Set-up helpers shared by the workflow specs: tagged solicitudes created by API with their disposers, the reusable
// staff as the assignment drop-downs list them, and a fast API path through the workflow. The UI is used only where
// it is the thing under test.
import { CmepApiError, type CmepApi, type Empleado, type PersonaInput, type SolicitudDetail } from '../../api/index.ts';
import { staffIdentity } from '../../config/test-data.ts';
import type { CmepConfig } from '../../config/index.ts';
import type { CreatedRegistry, RunIdentity } from '../../fixtures/index.ts';

/** Today as YYYY-MM-DD in UTC: the date the server stamps and the pago form's default (contract §6.8, §9.16). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A tagged cliente: PASAPORTE `SMK<runId><suffix>` (never a real person's document), apellidos `SMOKE-<runId>`. */
export function taggedCliente(run: RunIdentity, suffix: string): PersonaInput {
  return {
    tipo_documento: 'PASAPORTE',
    numero_documento: run.docNumber(suffix),
    nombres: `Cliente ${suffix}`,
    apellidos: run.tag,
  };
}

/**
 * Registers the disposers of a solicitud and of its cliente. DELETE /solicitudes/{id} (admin) also removes its files,
 * pagos, historial and the cliente it orphans (contract §1.5); the cliente's own disposer, which runs after it,
 * checks that no solicitud still lists that document.
 */
export function registerSolicitud(
  created: CreatedRegistry,
  admin: CmepApi,
  cliente: PersonaInput,
  solicitud: { solicitud_id: number; codigo: string },
): void {
  created.add(`cliente ${cliente.tipo_documento} ${cliente.numero_documento}`, async () => {
    const left = await admin.solicitudes.list({ q: cliente.numero_documento });
    if (left.data.items.length > 0) throw new Error(`cliente ${cliente.numero_documento} still has solicitudes`);
  });
  created.add(`solicitud ${solicitud.codigo}`, () => admin.solicitudes.delete(solicitud.solicitud_id));
}

/** Creates a tagged solicitud by API as admin and registers its disposers. */
export async function createSolicitud(
  created: CreatedRegistry,
  admin: CmepApi,
  run: RunIdentity,
  suffix: string,
): Promise<{ solicitud_id: number; codigo: string }> {
  const cliente = taggedCliente(run, suffix);
  const solicitud = await admin.solicitudes.create({ cliente, comentario: `${run.tag} ${suffix}` });
  registerSolicitud(created, admin, cliente, solicitud);
  return solicitud;
}

/** The reusable staff member of a role as `/empleados` lists it (persona id and the name the drop-down shows). */
export async function staffEmpleado(api: CmepApi, config: CmepConfig, role: 'gestor' | 'medico'): Promise<Empleado> {
  const staff = staffIdentity(role, config.smokeEmailDomain);
  const name = `${staff.nombres} ${staff.apellidos}`;
  const empleados = await api.empleados.list(role === 'gestor' ? 'GESTOR' : 'MEDICO');
  const found = empleados.find((e) => e.nombre === name);
  if (!found) throw new Error(`the reusable ${role} "${name}" is not among the active empleados (did the setup project run?)`);
  return found;
}

export interface Staff {
  gestor: Empleado;
  medico: Empleado;
}

export const PAGO_PEN_200 = { canal_pago: 'YAPE', monto: 200, moneda: 'PEN' } as const;

/** Walks a solicitud by API as admin to CERRADO, with the same data the UI demands (tipo atencion, certificado). */
export async function closeByApi(admin: CmepApi, id: number, staff: Staff, run: RunIdentity): Promise<SolicitudDetail> {
  await admin.solicitudes.cambiarGestor(id, staff.gestor.persona_id);
  await admin.solicitudes.registrarPago(id, { ...PAGO_PEN_200, fecha_pago: todayUtc(), comentario: run.tag });
  await admin.solicitudes.cambiarMedico(id, staff.medico.persona_id);
  await admin.solicitudes.update(id, { tipo_atencion: 'VIRTUAL', estado_certificado: 'APROBADO' });
  return admin.solicitudes.cerrar(id, `${run.tag} closed by API`);
}

/** The HTTP status of a call that must be refused; fails when it succeeds or fails without an HTTP answer. */
export async function refusalStatus(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (err) {
    if (err instanceof CmepApiError) return err.status;
    throw err;
  }
  return 200;
}
