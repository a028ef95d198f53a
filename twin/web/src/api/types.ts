// Shapes of the API payloads the SPA reads (contract §1). Only the fields the pages use are typed.

export type Role = 'ADMIN' | 'OPERADOR' | 'GESTOR' | 'MEDICO';
export const ROLES: Role[] = ['ADMIN', 'OPERADOR', 'GESTOR', 'MEDICO'];

export const ESTADOS_OPERATIVOS = [
  'REGISTRADO',
  'ASIGNADO_GESTOR',
  'PAGADO',
  'ASIGNADO_MEDICO',
  'CERRADO',
  'CANCELADO',
] as const;
export type EstadoOperativo = (typeof ESTADOS_OPERATIVOS)[number];

export interface Envelope<T> {
  ok: true;
  data: T;
}

export interface User {
  user_id: number;
  user_email: string;
  estado: string;
  roles: Role[];
  permissions_extra: string[];
  display_name: string;
}

export interface AdminUser {
  user_id: number;
  user_email: string;
  is_active: boolean;
  persona_id: number;
  nombres: string;
  apellidos: string;
  tipo_documento: string | null;
  numero_documento: string | null;
  telefono: string | null;
  email: string | null;
  celular_2: string | null;
  telefono_fijo: string | null;
  fecha_nacimiento: string | null;
  direccion: string | null;
  comentario: string | null;
  roles: Role[];
  created_at: string;
}

export interface PromotorRef {
  promotor_id: number;
  tipo_promotor: string;
  nombre: string;
  ruc: string | null;
  email: string | null;
  celular: string | null;
  fuente_promotor: string | null;
}

export interface PromotorItem {
  promotor_id: number;
  tipo_promotor: string;
  nombre: string;
  ruc: string | null;
  email: string | null;
  celular_1: string | null;
  fuente_promotor: string | null;
}

export interface Servicio {
  servicio_id: number;
  descripcion_servicio: string;
  tarifa_servicio: string;
  moneda_tarifa: string;
}

export interface Empleado {
  persona_id: number;
  nombre: string;
  rol: string;
}

export interface SolicitudListItem {
  solicitud_id: number;
  codigo: string;
  cliente: { doc: string; nombre: string };
  estado_operativo: EstadoOperativo;
  gestor: string | null;
  medico: string | null;
  created_at: string;
}

export interface SolicitudList {
  items: SolicitudListItem[];
}

export interface ListMeta {
  page: number;
  page_size: number;
  total: number;
}

export interface Pago {
  pago_id: number;
  canal_pago: string;
  fecha_pago: string;
  monto: string;
  moneda: string;
  referencia_transaccion: string | null;
  comentario: string | null;
  validated_at: string | null;
}

export interface Archivo {
  id: number;
  archivo_id: number;
  pago_id: number | null;
  nombre: string;
  tipo: string;
  mime_type: string | null;
  tamano_bytes: number;
}

export interface HistorialRow {
  historial_id: number;
  campo: string;
  valor_anterior: string | null;
  valor_nuevo: string | null;
  usuario_nombre: string | null;
  cambiado_en: string;
  comentario: string | null;
}

export interface Apoderado {
  tipo_documento: string | null;
  numero_documento: string | null;
  nombres: string;
  apellidos: string;
  celular_1: string | null;
  email: string | null;
  fecha_nacimiento: string | null;
  direccion: string | null;
}

export interface Asignacion {
  persona_id: number;
  nombre: string;
  rol: string;
}

export interface SolicitudDetail {
  solicitud_id: number;
  codigo: string | null;
  cliente: {
    tipo_documento: string | null;
    numero_documento: string | null;
    doc: string;
    nombre: string;
    celular: string | null;
    email: string | null;
    fecha_nacimiento: string | null;
    direccion: string | null;
  };
  apoderado: Apoderado | null;
  servicio: { servicio_id: number; descripcion: string; tarifa: string; moneda: string } | null;
  estado_atencion: string;
  estado_pago: string;
  estado_certificado: string | null;
  tarifa_monto: string | null;
  tarifa_moneda: string | null;
  tipo_atencion: string | null;
  lugar_atencion: string | null;
  comentario: string | null;
  estado_operativo: EstadoOperativo;
  acciones_permitidas: string[];
  asignaciones_vigentes: { GESTOR: Asignacion | null; MEDICO: Asignacion | null };
  promotor: PromotorRef | null;
  pagos: Pago[];
  archivos: Archivo[];
  historial: HistorialRow[];
  motivo_cancelacion: string | null;
  fecha_cierre: string | null;
  fecha_cancelacion: string | null;
  comentario_admin: string | null;
  created_at: string;
}

export interface ReportData {
  kpis: { solicitudes: number; cerradas: number; ingresos: number; ticket_promedio: number };
  series: { periodo: string; solicitudes: number; ingresos: number }[];
  distribucion: { estado: string; cantidad: number }[];
  ranking_promotores: { promotor_id: number; nombre: string; clientes: number; solicitudes: number; porcentaje: number }[];
  ranking_equipo: Record<'gestores' | 'medicos' | 'operadores', RankingEquipoRow[]>;
}

export interface RankingEquipoRow {
  persona_id: number;
  nombre: string;
  solicitudes: number;
  cerradas: number;
  ultima_actividad: string | null;
}
