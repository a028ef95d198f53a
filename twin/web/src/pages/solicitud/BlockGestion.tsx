// "Gestion administrativa" block: gestor, atencion data, the tipo/lugar form and the gestor section.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { AssignSection } from './AssignSection.tsx';
import { KeyValue } from './KeyValue.tsx';
import type { DetalleProps } from './detalle.ts';

function AtencionForm({ detail, run, onClose }: DetalleProps & { onClose(): void }) {
  const [tipo, setTipo] = useState(detail.tipo_atencion ?? '');
  const [lugar, setLugar] = useState(detail.lugar_atencion ?? '');
  const [busy, setBusy] = useState(false);

  async function save() {
    const body: Record<string, string> = {};
    if (tipo && tipo !== detail.tipo_atencion) body.tipo_atencion = tipo;
    if (lugar !== (detail.lugar_atencion ?? '')) body.lugar_atencion = lugar;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    const ok = await run(() => api.patch(`/solicitudes/${detail.solicitud_id}`, body));
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <section className="inline-section">
      <div className="form-grid">
        <Field label="Tipo atencion">
          <select value={tipo} onChange={(e) => setTipo(e.target.value)}>
            <option value="">Sin definir</option>
            <option value="VIRTUAL">VIRTUAL</option>
            <option value="PRESENCIAL">PRESENCIAL</option>
          </select>
        </Field>
        <Field label="Lugar atencion">
          <input type="text" placeholder="Ej: Consultorio Lima Norte" value={lugar} onChange={(e) => setLugar(e.target.value)} />
        </Field>
      </div>
      <div className="btn-row">
        <button type="button" className="btn" disabled={busy} onClick={save}>
          {busy ? 'Guardando...' : 'Guardar'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Cancelar
        </button>
      </div>
    </section>
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
