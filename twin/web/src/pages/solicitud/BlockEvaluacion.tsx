// "Evaluacion medica" block: medico, estado certificado, the medico section and closing.
// Closing keeps the real UI's client-side preconditions (tipo de atencion and estado de certificado first).
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { SolicitudDetail } from '../../api/types.ts';
import { LabeledInput } from '../../components/Field.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { ActionSection } from './ActionSection.tsx';
import { AssignSection } from './AssignSection.tsx';
import { KeyValue } from './KeyValue.tsx';
import type { DetalleProps } from './detalle.ts';

function missingForClose(detail: SolicitudDetail): string[] {
  const missing: string[] = [];
  if (!detail.asignaciones_vigentes.GESTOR) missing.push('Gestor asignado');
  if (!detail.tipo_atencion) missing.push('Tipo de atencion');
  if (detail.pagos.length === 0) missing.push('Al menos 1 pago registrado');
  if (!detail.asignaciones_vigentes.MEDICO) missing.push('Medico asignado');
  if (!detail.estado_certificado) missing.push('Estado de certificado');
  return missing;
}

function CloseForm({ detail, run, onClose }: DetalleProps & { onClose(): void }) {
  const [comentario, setComentario] = useState('');
  const { busy, perform } = useBusyAction(onClose);

  function confirm() {
    const body = comentario.trim() ? { comentario: comentario.trim() } : {};
    void perform(() => run(() => api.post(`/solicitudes/${detail.solicitud_id}/cerrar`, body)));
  }

  return (
    <ActionSection confirmLabel="Confirmar cierre" busyLabel="Procesando..." busy={busy} onConfirm={confirm} onCancel={onClose}>
      <h4>Cerrar solicitud</h4>
      <p>Se marcara como ATENDIDA. Esta accion no se puede deshacer.</p>
      <LabeledInput label="Comentario (opcional)" type="text" value={comentario} onChange={(e) => setComentario(e.target.value)} />
    </ActionSection>
  );
}

function medicoDisabledReason({ detail, terminal }: DetalleProps): string {
  if (terminal) return 'Solicitud finalizada.';
  if (detail.estado_pago !== 'PAGADO') return 'Requiere pago registrado.';
  return 'No disponible.';
}

function closeDisabledReason({ detail }: DetalleProps): string {
  if (detail.estado_operativo === 'CERRADO') return 'Ya cerrada.';
  if (detail.estado_operativo === 'CANCELADO') return 'Solicitud cancelada.';
  return 'No disponible en este momento.';
}

export function BlockEvaluacion(props: DetalleProps) {
  const { detail, can, terminal, run } = props;
  const [medicoOpen, setMedicoOpen] = useState(false);
  const [closeOpen, setCloseOpen] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const gestor = detail.asignaciones_vigentes.GESTOR;
  const medico = detail.asignaciones_vigentes.MEDICO;
  const canAssignMedico = can('ASIGNAR_MEDICO') || can('CAMBIAR_MEDICO');
  const canClose = can('CERRAR');
  const certificadoEnabled = !!medico && !terminal && can('EDITAR_DATOS');
  const headerHelper = !gestor ? 'Disponible cuando se asigne un gestor.' : !medico ? 'Falta asignar un medico.' : '';

  function handleCloseClick() {
    const lacking = missingForClose(detail);
    setMissing(lacking);
    if (lacking.length === 0) setCloseOpen(true);
  }

  function handleCertificado(value: string) {
    void run(() => api.patch(`/solicitudes/${detail.solicitud_id}`, { estado_certificado: value || null }));
  }

  return (
    <section className="card">
      <div className="card-header">
        <div className="card-title" style={{ margin: 0 }}>
          Evaluacion medica
        </div>
        {headerHelper && <span className="helper">{headerHelper}</span>}
      </div>
      <div className="kv">
        <KeyValue label="Medico asignado:" value={medico?.nombre ?? 'Sin asignar'} />
        <div>
          <span className="kv-label">Estado certificado:</span>
          <select value={detail.estado_certificado ?? ''} disabled={!certificadoEnabled} onChange={(e) => handleCertificado(e.target.value)}>
            <option value="">Sin definir</option>
            <option value="APROBADO">APROBADO</option>
            <option value="OBSERVADO">OBSERVADO</option>
          </select>
          {!certificadoEnabled && (
            <div className="helper">Disponible cuando el pago este registrado y el medico asignado.</div>
          )}
        </div>
      </div>
      <div className="btn-row">
        <button type="button" className="btn" disabled={!canAssignMedico} onClick={() => setMedicoOpen(true)}>
          {medico ? 'Cambiar medico' : 'Asignar medico'}
        </button>
        {!canAssignMedico && <span className="helper">{medicoDisabledReason(props)}</span>}
        <button type="button" className="btn" disabled={!canClose} onClick={handleCloseClick}>
          Cerrar solicitud
        </button>
        {!canClose && <span className="helper">{closeDisabledReason(props)}</span>}
      </div>
      {missing.length > 0 && (
        <div className="msg msg-warning">
          No se puede cerrar aun. Falta:
          <ul style={{ margin: '4px 0 0' }}>
            {missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {medicoOpen && canAssignMedico && <AssignSection {...props} rol="MEDICO" onClose={() => setMedicoOpen(false)} />}
      {closeOpen && canClose && <CloseForm {...props} onClose={() => setCloseOpen(false)} />}
    </section>
  );
}
