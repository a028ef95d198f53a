// /solicitudes: create, read, edit, every workflow action, the override, and delete (ADMIN).
// Each workflow action answers with the fresh detail (contract §1.5).
import type { CmepHttp } from './http.ts';
import {
  envelope,
  okSchema,
  solicitudCreatedSchema,
  solicitudDetailSchema,
  solicitudListSchema,
  type EstadoOperativo,
  type SolicitudCreated,
  type SolicitudDetail,
  type SolicitudList,
} from './schemas.ts';

export interface PersonaInput {
  tipo_documento: 'DNI' | 'CE' | 'PASAPORTE' | 'RUC';
  numero_documento: string;
  nombres: string;
  apellidos: string;
  celular?: string;
  email?: string;
}

export interface NewSolicitud {
  cliente: PersonaInput;
  apoderado?: PersonaInput;
  promotor_id?: number;
  atencion?: { tipo_atencion?: 'VIRTUAL' | 'PRESENCIAL'; lugar_atencion?: string };
  servicio_id?: number;
  comentario?: string;
}

export interface SolicitudPatch {
  tipo_atencion?: string;
  lugar_atencion?: string;
  comentario?: string;
  estado_certificado?: string;
  cliente_nombres?: string;
  cliente_apellidos?: string;
}

export interface Pago {
  canal_pago: string;
  /** YYYY-MM-DD */
  fecha_pago: string;
  monto: number;
  moneda?: 'PEN' | 'USD';
  referencia_transaccion?: string;
  comentario?: string;
}

export type OverrideAccion = 'EDITAR_DATOS' | 'CAMBIAR_GESTOR' | 'CAMBIAR_MEDICO' | 'REGISTRAR_PAGO' | 'CERRAR' | 'CANCELAR';

export interface Override {
  /** Required by the documented override; the server must refuse it when missing. */
  motivo?: string;
  accion: OverrideAccion;
  payload?: Record<string, unknown>;
}

export interface ListFilters {
  page?: number;
  page_size?: number;
  q?: string;
  estado_operativo?: EstadoOperativo;
  mine?: boolean;
}

const detail = envelope(solicitudDetailSchema);

export class SolicitudesApi {
  constructor(private readonly http: CmepHttp) {}

  async create(input: NewSolicitud): Promise<SolicitudCreated> {
    return (await this.http.call('POST', '/solicitudes', envelope(solicitudCreatedSchema), { json: input })).data;
  }

  list(filters: ListFilters = {}): Promise<SolicitudList> {
    return this.http.call('GET', '/solicitudes', solicitudListSchema, { query: { ...filters } });
  }

  async get(id: number): Promise<SolicitudDetail> {
    return (await this.http.call('GET', `/solicitudes/${id}`, detail)).data;
  }

  async update(id: number, patch: SolicitudPatch): Promise<SolicitudDetail> {
    return (await this.http.call('PATCH', `/solicitudes/${id}`, detail, { json: patch })).data;
  }

  private async action(id: number, action: string, body: object): Promise<SolicitudDetail> {
    return (await this.http.call('POST', `/solicitudes/${id}/${action}`, detail, { json: body })).data;
  }

  asignarGestor(id: number, personaIdGestor: number) {
    return this.action(id, 'asignar-gestor', { persona_id_gestor: personaIdGestor });
  }

  cambiarGestor(id: number, personaIdGestor: number) {
    return this.action(id, 'cambiar-gestor', { persona_id_gestor: personaIdGestor });
  }

  registrarPago(id: number, pago: Pago) {
    return this.action(id, 'registrar-pago', pago);
  }

  asignarMedico(id: number, personaIdMedico: number) {
    return this.action(id, 'asignar-medico', { persona_id_medico: personaIdMedico });
  }

  cambiarMedico(id: number, personaIdMedico: number) {
    return this.action(id, 'cambiar-medico', { persona_id_medico: personaIdMedico });
  }

  cerrar(id: number, comentario?: string) {
    return this.action(id, 'cerrar', comentario === undefined ? {} : { comentario });
  }

  cancelar(id: number, comentario?: string) {
    return this.action(id, 'cancelar', comentario === undefined ? {} : { comentario });
  }

  override(id: number, override: Override) {
    return this.action(id, 'override', { payload: {}, ...override });
  }

  /** ADMIN only; also removes the solicitud's files, payments, historial and orphaned cliente. */
  async delete(id: number): Promise<void> {
    await this.http.call('DELETE', `/solicitudes/${id}`, okSchema);
  }
}
