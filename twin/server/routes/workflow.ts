// Workflow actions (contract §1.5) and the override as documented (§3.3): check order auth → body (422 V) → 404 →
// POLICY (403 D) → business 422 D → 409 D; each in one transaction, answering the fresh DetailDTO.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TwinContext } from '../context.ts';
import { errD, errV } from '../errors.ts';
import { body, optionalBody, pathInt } from '../request.ts';
import { applyEdit, assign, cancelar, cerrar, EditFields, PagoFields, registrarPago } from '../solicitud-actions.ts';
import { addHistorial, detailDTO, loadSolicitudRow, requireAction } from '../solicitud-dto.ts';
import { requireUser, type CurrentUser } from '../sessions.ts';
import { withTx, type Row } from '../../db/pool.ts';
import { dict, int, obj, oneOf, optional, parse, str, ValidationFailed, withDefault } from '../validate.ts';
import type { PoolConnection } from 'mysql2/promise';

const GestorBody = obj({ persona_id_gestor: int() });
const MedicoBody = obj({ persona_id_medico: int() });
const ComentarioBody = obj({ comentario: optional(str()) });
const OverrideBody = obj({
  motivo: str({ min: 1 }),
  accion: oneOf(['EDITAR_DATOS', 'CAMBIAR_GESTOR', 'CAMBIAR_MEDICO', 'REGISTRAR_PAGO', 'CERRAR', 'CANCELAR']),
  payload: withDefault(dict(), {}),
});

type Action = (tx: PoolConnection, s: Row, user: CurrentUser) => Promise<void>;

/** The common frame of every action: auth, body, then in one transaction 404, POLICY and the action itself. */
function route<T>(
  app: FastifyInstance, ctx: TwinContext, path: string, policy: string,
  parseBody: (req: FastifyRequest) => T, act: (tx: PoolConnection, s: Row, user: CurrentUser, input: T, req: FastifyRequest) => Promise<void>,
): void {
  app.post(`/solicitudes/:id/${path}`, async (req) => {
    const user = await requireUser(ctx, req);
    const id = pathInt(req, 'id');
    const input = parseBody(req);
    await withTx(ctx.pool, async (tx) => {
      const s = await loadSolicitudRow(tx, id, true);
      await requireAction(ctx, tx, s, user, policy);
      await act(tx, s, user, input, req);
    });
    return { ok: true, data: await detailDTO(ctx, ctx.pool, id, user) };
  });
}

/** Validates an override's payload against the sub-action's body, with loc under ["body", "payload", …]. */
function parsePayload<T>(spec: Parameters<typeof parse<T>>[0], payload: Record<string, unknown>): T {
  try {
    return parse(spec, payload, 'body');
  } catch (err) {
    if (err instanceof ValidationFailed) {
      throw errV(err.issues.map((i) => ({ ...i, loc: ['body', 'payload', ...i.loc.slice(1)] })));
    }
    throw err;
  }
}

export function registerWorkflowRoutes(app: FastifyInstance, ctx: TwinContext): void {
  const rawMonto = (req: FastifyRequest) => (req.body as Record<string, unknown>).monto;

  route(app, ctx, 'asignar-gestor', 'ASIGNAR_GESTOR', (r) => body(r, GestorBody),
    (tx, s, u, b) => assign(tx, s, 'GESTOR', b.persona_id_gestor, 'asignacion_gestor', u));
  route(app, ctx, 'cambiar-gestor', 'CAMBIAR_GESTOR', (r) => body(r, GestorBody),
    (tx, s, u, b) => assign(tx, s, 'GESTOR', b.persona_id_gestor, 'cambio_gestor', u));
  route(app, ctx, 'asignar-medico', 'ASIGNAR_MEDICO', (r) => body(r, MedicoBody),
    (tx, s, u, b) => assign(tx, s, 'MEDICO', b.persona_id_medico, 'asignacion_medico', u));
  route(app, ctx, 'cambiar-medico', 'CAMBIAR_MEDICO', (r) => body(r, MedicoBody),
    (tx, s, u, b) => assign(tx, s, 'MEDICO', b.persona_id_medico, 'cambio_medico', u));
  route(app, ctx, 'registrar-pago', 'REGISTRAR_PAGO', (r) => body(r, PagoFields),
    (tx, s, u, b, req) => registrarPago(ctx, tx, s, b, rawMonto(req), u));
  route(app, ctx, 'cerrar', 'CERRAR', (r) => optionalBody(r, ComentarioBody),
    (tx, s, u, b) => cerrar(ctx, tx, s, b?.comentario ?? null, u));
  route(app, ctx, 'cancelar', 'CANCELAR', (r) => optionalBody(r, ComentarioBody),
    (tx, s, u, b) => cancelar(ctx, tx, s, b?.comentario ?? null, u));

  // Override as documented: ADMIN only, only in CERRADO/CANCELADO (POLICY OVERRIDE), motivo required; historial row
  // `override` (anterior = estado, nuevo = "true", comentario = motivo), then the sub-action, forced for CERRAR and
  // CANCELAR. A bad payload rolls the override row back too.
  route(app, ctx, 'override', 'OVERRIDE', (r) => body(r, OverrideBody), async (tx, s, u, b) => {
    const estado = await requireAction(ctx, tx, s, u, 'OVERRIDE');
    await addHistorial(tx, s.solicitud_id, u.user_id, 'override', estado, 'true', b.motivo);
    const p = b.payload;
    const actions: Record<typeof b.accion, Action> = {
      EDITAR_DATOS: (t, row, user) => applyEdit(t, row, parsePayload(EditFields, p), user),
      CAMBIAR_GESTOR: (t, row, user) => {
        if (p.persona_id_gestor === undefined) throw errD(422, 'payload debe incluir persona_id_gestor');
        return assign(t, row, 'GESTOR', parsePayload(GestorBody, p).persona_id_gestor, 'cambio_gestor', user);
      },
      CAMBIAR_MEDICO: (t, row, user) => {
        if (p.persona_id_medico === undefined) throw errD(422, 'payload debe incluir persona_id_medico');
        return assign(t, row, 'MEDICO', parsePayload(MedicoBody, p).persona_id_medico, 'cambio_medico', user);
      },
      REGISTRAR_PAGO: (t, row, user) => registrarPago(ctx, t, row, parsePayload(PagoFields, p), p.monto, user),
      CERRAR: (t, row, user) => cerrar(ctx, t, row, typeof p.comentario === 'string' ? p.comentario : b.motivo, user, true),
      CANCELAR: (t, row, user) => cancelar(ctx, t, row, typeof p.comentario === 'string' ? p.comentario : b.motivo, user, true),
    };
    await actions[b.accion](tx, s, u);
  });
}
