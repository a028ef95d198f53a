// The buttons above the blocks: `Cancelar solicitud` (with its inline form) and, for ADMIN, `Eliminar solicitud`.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorText } from '../../api/client.ts';
import { LabeledInput } from '../../components/Field.tsx';
import { MessageBox } from '../../components/MessageBox.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { ActionSection } from './ActionSection.tsx';
import type { DetalleProps } from './detalle.ts';

function CancelForm({ detail, run, onClose }: DetalleProps & { onClose(): void }) {
  const [motivo, setMotivo] = useState('');
  const { busy, perform } = useBusyAction(onClose);

  function confirm() {
    const body = motivo.trim() ? { comentario: motivo.trim() } : {};
    void perform(() => run(() => api.post(`/solicitudes/${detail.solicitud_id}/cancelar`, body)));
  }

  return (
    <ActionSection
      confirmLabel="Confirmar cancelacion"
      busyLabel="Procesando..."
      confirmTone="btn-danger"
      busy={busy}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <h3>Cancelar solicitud</h3>
      <p>Se marcara como CANCELADA. Solo un admin podra revertir via Override.</p>
      <LabeledInput
        label="Motivo (opcional)"
        type="text"
        placeholder="Razon de cancelacion..."
        value={motivo}
        onChange={(e) => setMotivo(e.target.value)}
      />
    </ActionSection>
  );
}

export function TopActions(props: DetalleProps & { isAdmin: boolean }) {
  const { detail, can, isAdmin } = props;
  const navigate = useNavigate();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState('');

  async function handleDelete() {
    const warning =
      `Eliminar definitivamente la solicitud ${detail.codigo ?? detail.solicitud_id}? ` +
      'Se borraran sus pagos, archivos, asignaciones e historial. Esta accion no se puede deshacer.';
    if (!window.confirm(warning)) return;
    setDeleting(true);
    setDeleteError('');
    try {
      await api.delete(`/solicitudes/${detail.solicitud_id}`);
      navigate('/app/solicitudes');
    } catch (err) {
      setDeleteError(errorText(err, 'Error al eliminar la solicitud'));
      setDeleting(false);
    }
  }

  return (
    <div style={{ marginBottom: 12 }}>
      <div className="btn-row">
        {can('CANCELAR') && !cancelOpen && (
          <button type="button" className="btn btn-danger" onClick={() => setCancelOpen(true)}>
            Cancelar solicitud
          </button>
        )}
        {isAdmin && (
          <button type="button" className="btn btn-secondary" disabled={deleting} onClick={handleDelete}>
            {deleting ? 'Eliminando...' : 'Eliminar solicitud'}
          </button>
        )}
      </div>
      <MessageBox tone="error">{deleteError}</MessageBox>
      {cancelOpen && can('CANCELAR') && <CancelForm {...props} onClose={() => setCancelOpen(false)} />}
    </div>
  );
}
