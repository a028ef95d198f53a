// zod schemas for every CMEP response the harness reads (contract §1). Objects are not strict: the harness
// asserts what the checklist needs and tolerates extra keys, so a harmless new field never fails a release.
import { z } from 'zod';

export const ROLES = ['ADMIN', 'OPERADOR', 'GESTOR', 'MEDICO'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ESTADOS_OPERATIVOS = ['REGISTRADO', 'ASIGNADO_GESTOR', 'PAGADO', 'ASIGNADO_MEDICO', 'CERRADO', 'CANCELADO'] as const;
export const estadoOperativoSchema = z.enum(ESTADOS_OPERATIVOS);
export type EstadoOperativo = z.infer<typeof estadoOperativoSchema>;

const id = z.number().int();
const nullableString = z.string().nullable();
/** Money in DTOs is a decimal string such as "200.00" (contract §1.1). */
const money = z.string().regex(/^-?\d+(\.\d+)?$/);

export const envelope = <T extends z.ZodType>(data: T) => z.object({ ok: z.literal(true), data });
export const okSchema = z.object({ ok: z.literal(true) });
export const messageSchema = z.object({ ok: z.literal(true), message: z.string() });

export const healthSchema = z.object({ ok: z.literal(true), status: z.string() });
export const versionSchema = z.object({ ok: z.literal(true), version: z.string() });

export const userSchema = z.object({
  user_id: id,
  user_email: z.string(),
  estado: z.string(),
  roles: z.array(roleSchema),
  permissions_extra: z.array(z.string()),
  display_name: z.string(),
});
export type User = z.infer<typeof userSchema>;
export const authUserSchema = envelope(z.object({ user: userSchema }));

export const adminUserSchema = z.object({
  user_id: id,
  user_email: z.string(),
  is_active: z.boolean(),
  persona_id: id,
  nombres: z.string(),
  apellidos: z.string(),
  tipo_documento: nullableString,
  numero_documento: nullableString,
  telefono: nullableString,
  email: nullableString,
  roles: z.array(roleSchema),
  created_at: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const empleadoSchema = z.object({ persona_id: id, nombre: z.string(), rol: z.string() });
export type Empleado = z.infer<typeof empleadoSchema>;

export const servicioSchema = z.object({
  servicio_id: id,
  descripcion_servicio: z.string(),
  tarifa_servicio: money,
  moneda_tarifa: z.string(),
});
export type Servicio = z.infer<typeof servicioSchema>;

export const solicitudCreatedSchema = z.object({ solicitud_id: id, codigo: z.string().regex(/^CMEP-\d{4}-\d{4,}$/) });
export type SolicitudCreated = z.infer<typeof solicitudCreatedSchema>;

/** The cliente as both the list and the detail name it (the detail adds contact fields this harness does not read). */
const clienteRefSchema = z.object({
  persona_id: id,
  tipo_documento: nullableString,
  numero_documento: nullableString,
  doc: z.string(),
  nombre: z.string(),
});

export const solicitudListItemSchema = z.object({
  solicitud_id: id,
  codigo: z.string(),
  cliente: clienteRefSchema,
  estado_operativo: estadoOperativoSchema,
  gestor: nullableString,
  medico: nullableString,
  created_at: z.string(),
});
export type SolicitudListItem = z.infer<typeof solicitudListItemSchema>;
export const solicitudListSchema = z.object({
  ok: z.literal(true),
  data: z.object({ items: z.array(solicitudListItemSchema) }),
  meta: z.object({ page: id, page_size: id, total: id }),
});
export type SolicitudList = z.infer<typeof solicitudListSchema>;

const asignacionSchema = z.object({ persona_id: id, nombre: z.string(), rol: z.string() }).nullable();

export const historialSchema = z.object({
  historial_id: id,
  campo: z.string(),
  valor_anterior: nullableString,
  valor_nuevo: nullableString,
  cambiado_por: id.nullable(),
  usuario_nombre: nullableString,
  cambiado_en: z.string(),
  comentario: nullableString,
});
export type Historial = z.infer<typeof historialSchema>;

export const pagoSchema = z.object({
  pago_id: id,
  canal_pago: z.string(),
  fecha_pago: z.string(),
  monto: money,
  moneda: z.string(),
  referencia_transaccion: nullableString,
  comentario: nullableString,
  validated_at: nullableString,
});

export const archivoItemSchema = z.object({
  id: id,
  archivo_id: id,
  pago_id: id.nullable(),
  nombre: z.string(),
  tipo: z.string(),
  mime_type: nullableString,
  tamano_bytes: id,
});

export const solicitudDetailSchema = z.object({
  solicitud_id: id,
  codigo: z.string(),
  cliente: clienteRefSchema,
  servicio: z.object({ servicio_id: id, descripcion: z.string(), tarifa: money, moneda: z.string() }).nullable(),
  estado_atencion: z.string(),
  estado_pago: z.string(),
  estado_certificado: nullableString,
  tarifa_monto: money.nullable(),
  tarifa_moneda: nullableString,
  tipo_atencion: nullableString,
  lugar_atencion: nullableString,
  comentario: nullableString,
  estado_operativo: estadoOperativoSchema,
  acciones_permitidas: z.array(z.string()),
  asignaciones_vigentes: z.object({ GESTOR: asignacionSchema, MEDICO: asignacionSchema }),
  pagos: z.array(pagoSchema),
  archivos: z.array(archivoItemSchema),
  historial: z.array(historialSchema),
  motivo_cancelacion: nullableString,
  fecha_cierre: nullableString,
  fecha_cancelacion: nullableString,
  comentario_admin: nullableString,
  created_at: z.string(),
});
export type SolicitudDetail = z.infer<typeof solicitudDetailSchema>;

export const archivoUploadedSchema = z.object({
  archivo_id: id,
  nombre: z.string(),
  tipo: z.string(),
  tamano_bytes: id,
  mime_type: nullableString,
});
export type ArchivoUploaded = z.infer<typeof archivoUploadedSchema>;

const rankingEquipoRow = z.object({
  persona_id: id,
  nombre: z.string(),
  solicitudes: id,
  cerradas: id,
  ultima_actividad: nullableString,
});
export const reportSchema = z.object({
  kpis: z.object({ solicitudes: id, cerradas: id, ingresos: z.number(), ticket_promedio: z.number() }),
  series: z.array(z.object({ periodo: z.string(), solicitudes: id, ingresos: z.number() })),
  distribucion: z.array(z.object({ estado: estadoOperativoSchema, cantidad: id })).length(6),
  ranking_promotores: z.array(
    z.object({ promotor_id: id, nombre: z.string(), clientes: id, solicitudes: id, porcentaje: z.number() }),
  ),
  ranking_equipo: z.object({
    gestores: z.array(rankingEquipoRow),
    medicos: z.array(rankingEquipoRow),
    operadores: z.array(rankingEquipoRow),
  }),
});
export type Report = z.infer<typeof reportSchema>;

/** The POLICY matrix: estado → role → allowed actions (contract §3.2). */
export const permisosSchema = z.record(z.string(), z.record(z.string(), z.array(z.string())));
export type Permisos = z.infer<typeof permisosSchema>;
