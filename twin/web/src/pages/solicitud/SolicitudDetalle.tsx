// Solicitud detail (contract §6.8): every block always rendered, buttons gated by acciones_permitidas,
// action forms as inline sections (not dialogs).
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, detailText } from '../../api/client.ts';
import type { Envelope, SolicitudDetail } from '../../api/types.ts';
import { hasRole, useAuth } from '../../auth/AuthContext.tsx';
import { Badge, MessageBox } from '../../components/MessageBox.tsx';
import { WorkflowStepper } from '../../components/WorkflowStepper.tsx';
import { formatDate, spacedEnum } from '../../format.ts';
import { BlockArchivos } from './BlockArchivos.tsx';
import { BlockCliente } from './BlockCliente.tsx';
import { BlockEvaluacion } from './BlockEvaluacion.tsx';
import { BlockGestion } from './BlockGestion.tsx';
import { BlockHistorial } from './BlockHistorial.tsx';
import { BlockPago } from './BlockPago.tsx';
import { TopActions } from './TopActions.tsx';
import { isTerminal, type DetalleProps } from './detalle.ts';

/** The page-level text for a failed action (contract §6.8 item 3), always readable text. */
function actionErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : 'Error al ejecutar accion';
  if (err.status === 403) return 'No autorizado para esta accion.';
  // The real app's 409 text was wiped by its own reload; the twin keeps the reason visible.
  if (err.status === 409) return `La solicitud cambio. ${detailText(err.detail)}`.trim();
  return detailText(err.detail) || 'Error al ejecutar accion';
}

function DetalleHeader({ detail }: { detail: SolicitudDetail }) {
  const navigate = useNavigate();
  return (
    <div style={{ marginBottom: 12 }}>
      <button type="button" className="btn btn-secondary" onClick={() => navigate('/app/solicitudes')}>
        ← Volver a solicitudes
      </button>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 10, marginTop: 10 }}>
        <h2 style={{ margin: 0 }}>{detail.codigo || `Solicitud #${detail.solicitud_id}`}</h2>
        <Badge text={spacedEnum(detail.estado_operativo)} tone={detail.estado_operativo} />
      </div>
      <p style={{ margin: '6px 0 0' }}>
        {detail.cliente.nombre} ({detail.cliente.doc})
        {detail.promotor && ` | Promotor: ${detail.promotor.nombre}`} <span className="helper">{formatDate(detail.created_at)}</span>
      </p>
    </div>
  );
}

export function SolicitudDetalle() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [detail, setDetail] = useState<SolicitudDetail | null>(null);
  const [loadState, setLoadState] = useState<'loading' | 'ok' | 'not-found' | 'error'>('loading');
  const [error, setError] = useState('');

  const fetchDetail = useCallback(async () => {
    try {
      const res = await api.get<Envelope<SolicitudDetail>>(`/solicitudes/${id}`);
      setDetail(res.data);
      setLoadState('ok');
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 422)) {
        setLoadState('not-found');
      } else {
        setError(actionErrorText(err));
        setLoadState((state) => (state === 'loading' ? 'error' : state));
      }
    }
  }, [id]);

  useEffect(() => {
    setLoadState('loading');
    setError('');
    void fetchDetail();
  }, [fetchDetail]);

  const run = useCallback<DetalleProps['run']>(
    async (request) => {
      setError('');
      try {
        await request();
        await fetchDetail();
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) await fetchDetail();
        setError(actionErrorText(err));
        return false;
      }
    },
    [fetchDetail],
  );

  if (loadState === 'loading') return <p>Cargando solicitud...</p>;
  if (loadState === 'not-found' || !detail) {
    return (
      <div>
        <MessageBox tone="error">{loadState === 'not-found' ? 'Solicitud no encontrada.' : error}</MessageBox>
        <button type="button" className="btn btn-secondary" onClick={() => navigate('/app/solicitudes')}>
          Volver a la lista
        </button>
      </div>
    );
  }

  const props: DetalleProps = {
    detail,
    can: (action) => detail.acciones_permitidas.includes(action),
    terminal: isTerminal(detail.estado_operativo),
    run,
  };

  return (
    <div>
      <DetalleHeader detail={detail} />
      <WorkflowStepper estado={detail.estado_operativo} />
      <MessageBox tone="error">{error}</MessageBox>
      {detail.estado_operativo === 'CANCELADO' && detail.motivo_cancelacion && (
        <div className="msg msg-info">
          <strong>Motivo de cancelacion:</strong> {detail.motivo_cancelacion}
        </div>
      )}
      <TopActions {...props} isAdmin={hasRole(user, 'ADMIN')} />
      <BlockCliente {...props} />
      <BlockGestion {...props} />
      <BlockPago {...props} />
      <BlockEvaluacion {...props} />
      <BlockArchivos {...props} />
      <BlockHistorial {...props} />
    </div>
  );
}
