// "Gestion administrativa" block: gestor, atencion data, the tipo/lugar form and the gestor section.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Field, LabeledInput } from '../../components/Field.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { ActionSection } from './ActionSection.tsx';
import { AssignSection } from './AssignSection.tsx';
import { KeyValue } from './KeyValue.tsx';
import type { DetalleProps } from './detalle.ts';

function AtencionForm({ detail, run, onClose }: DetalleProps & { onClose(): void }) {
  const [tipo, setTipo] = useState(detail.tipo_atencion ?? '');
  const [lugar, setLugar] = useState(detail.lugar_atencion ?? '');
  const { busy, perform } = useBusyAction(onClose);

  function save() {
    const body: Record<string, string> = {};
    if (tipo && tipo !== detail.tipo_atencion) body.tipo_atencion = tipo;
    if (lugar !== (detail.lugar_atencion ?? '')) body.lugar_atencion = lugar;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    void perform(() => run(() => api.patch(`/solicitudes/${detail.solicitud_id}`, body)));
  }

  return (
    <ActionSection confirmLabel="Guardar" busyLabel="Guardando..." busy={busy} onConfirm={save} onCancel={onClose}>
      <div className="form-grid">
        <Field label="Tipo atencion">
          <select value={tipo} onChange={(e) => setTipo(e.target.value)}>
            <option value="">Sin definir</option>
            <option value="VIRTUAL">VIRTUAL</option>
            <option value="PRESENCIAL">PRESENCIAL</option>
          </select>
        </Field>
        <LabeledInput
          label="Lugar atencion"
          type="text"
          placeholder="Ej: Consultorio Lima Norte"
          value={lugar}
          onChange={(e) => setLugar(e.target.value)}
        />
      </div>
    </ActionSection>
  );
}

export function BlockGestion(props: DetalleProps) {
  const { detail, can, terminal } = props;
  const [atencionOpen, setAtencionOpen] = useState(false);
  const [gestorOpen, setGestorOpen] = useState(false);
  const gestor = detail.asignaciones_vigentes.GESTOR;
  const canAssign = can('ASIGNAR_GESTOR') || can('CAMBIAR_GESTOR');
  const canEditAtencion = can('EDITAR_DATOS') && !terminal;

  return (
    <section className="card">
      <div className="card-title">Gestion administrativa</div>
      <div className="kv">
        <KeyValue label="Gestor asignado:" value={gestor?.nombre ?? 'Sin asignar'} />
        <KeyValue label="Estado atencion:" value={detail.estado_atencion} />
        <KeyValue label="Tipo atencion:" value={detail.tipo_atencion} />
        <KeyValue label="Lugar atencion:" value={detail.lugar_atencion} />
      </div>
      <div className="btn-row">
        {canEditAtencion && (
          <button type="button" className="btn btn-secondary" onClick={() => setAtencionOpen(true)}>
            Editar tipo/lugar atencion
          </button>
        )}
        <button type="button" className="btn" disabled={!canAssign} onClick={() => setGestorOpen(true)}>
          {gestor ? 'Cambiar gestor' : 'Asignar gestor'}
        </button>
        {!canAssign && <span className="helper">{terminal ? 'Solicitud finalizada.' : 'No disponible en este momento.'}</span>}
      </div>
      {atencionOpen && canEditAtencion && <AtencionForm {...props} onClose={() => setAtencionOpen(false)} />}
      {gestorOpen && canAssign && <AssignSection {...props} rol="GESTOR" onClose={() => setGestorOpen(false)} />}
    </section>
  );
}
