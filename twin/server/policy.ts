// POLICY (contract §3.2) and the derived estado_operativo (§3.1). The twin adds the documented OVERRIDE for ADMIN in
// CERRADO/CANCELADO; the `override-forbidden` fault restores prod's current matrix, where OVERRIDE is nowhere.
import type { FaultSet } from './faults.ts';

export const ROLES = ['ADMIN', 'OPERADOR', 'GESTOR', 'MEDICO'] as const;
export type Role = (typeof ROLES)[number];
export const ESTADOS = ['REGISTRADO', 'ASIGNADO_GESTOR', 'PAGADO', 'ASIGNADO_MEDICO', 'CERRADO', 'CANCELADO'] as const;
export type EstadoOperativo = (typeof ESTADOS)[number];

const E = 'EDITAR_DATOS', AG = 'ASIGNAR_GESTOR', CG = 'CAMBIAR_GESTOR', RP = 'REGISTRAR_PAGO';
const AM = 'ASIGNAR_MEDICO', CM = 'CAMBIAR_MEDICO', CE = 'CERRAR', CA = 'CANCELAR', OV = 'OVERRIDE';

const MATRIX: Record<Role, Record<EstadoOperativo, string[]>> = {
  ADMIN: {
    REGISTRADO: [E, AG, CG, CM, RP, CA],
    ASIGNADO_GESTOR: [E, RP, AM, CG, CM, CA],
    PAGADO: [E, RP, AM, CG, CM, CA],
    ASIGNADO_MEDICO: [E, RP, CE, CG, CM, CA],
    CERRADO: [E, RP, CE, CG, CM, CA, OV],
    CANCELADO: [E, RP, CG, CM, CA, OV],
  },
  OPERADOR: {
    REGISTRADO: [E, AG, CG, CM, RP, CA],
    ASIGNADO_GESTOR: [E, RP, CG, CM, CA],
    PAGADO: [E, RP, CG, CM, CA],
    ASIGNADO_MEDICO: [E, RP, CG, CM, CA],
    CERRADO: [],
    CANCELADO: [],
  },
  GESTOR: {
    REGISTRADO: [E, CG, CM, RP, CA],
    ASIGNADO_GESTOR: [E, RP, AM, CG, CM, CA],
    PAGADO: [E, RP, AM, CG, CM, CA],
    ASIGNADO_MEDICO: [E, RP, CG, CM, CA],
    CERRADO: [],
    CANCELADO: [],
  },
  MEDICO: {
    REGISTRADO: [E, CG, CM, RP, CA],
    ASIGNADO_GESTOR: [E, CG, CM, CA],
    PAGADO: [E, CG, CM, CA],
    ASIGNADO_MEDICO: [E, CE, CG, CM, CA],
    CERRADO: [],
    CANCELADO: [],
  },
};

/** The matrix in force: `GET /admin/permisos` shape `{ROLE: {ESTADO: [ACCION…]}}`. */
export function policyMatrix(faults: FaultSet): Record<Role, Record<EstadoOperativo, string[]>> {
  const overrideForbidden = faults.has('override-forbidden');
  const out = {} as Record<Role, Record<EstadoOperativo, string[]>>;
  for (const role of ROLES) {
    out[role] = {} as Record<EstadoOperativo, string[]>;
    for (const estado of ESTADOS) out[role][estado] = MATRIX[role][estado].filter((a) => !(overrideForbidden && a === OV));
  }
  return out;
}

/** Alphabetically sorted union of the caller's roles' actions in that state (`acciones_permitidas`). */
export function allowedActions(roles: string[], estado: EstadoOperativo, faults: FaultSet): string[] {
  const matrix = policyMatrix(faults);
  const set = new Set<string>();
  for (const role of roles) for (const a of matrix[role as Role]?.[estado] ?? []) set.add(a);
  return [...set].sort();
}

export function deriveEstadoOperativo(s: {
  estado_atencion: string; estado_pago: string; hasGestor: boolean; hasMedico: boolean;
}): EstadoOperativo {
  if (s.estado_atencion === 'CANCELADO') return 'CANCELADO';
  if (s.estado_atencion === 'ATENDIDO') return 'CERRADO';
  if (s.estado_pago === 'PAGADO' && s.hasMedico) return 'ASIGNADO_MEDICO';
  if (s.estado_pago === 'PAGADO') return 'PAGADO';
  if (s.hasGestor) return 'ASIGNADO_GESTOR';
  return 'REGISTRADO';
}

/** The same rule in SQL, for lists and reports; `s` is the solicitud_cmep alias. */
export const ESTADO_OPERATIVO_SQL = `(CASE
  WHEN s.estado_atencion = 'CANCELADO' THEN 'CANCELADO'
  WHEN s.estado_atencion = 'ATENDIDO' THEN 'CERRADO'
  WHEN s.estado_pago = 'PAGADO' AND EXISTS (SELECT 1 FROM solicitud_asignacion a WHERE a.solicitud_id = s.solicitud_id AND a.rol = 'MEDICO' AND a.es_vigente) THEN 'ASIGNADO_MEDICO'
  WHEN s.estado_pago = 'PAGADO' THEN 'PAGADO'
  WHEN EXISTS (SELECT 1 FROM solicitud_asignacion a WHERE a.solicitud_id = s.solicitud_id AND a.rol = 'GESTOR' AND a.es_vigente) THEN 'ASIGNADO_GESTOR'
  ELSE 'REGISTRADO' END)`;
