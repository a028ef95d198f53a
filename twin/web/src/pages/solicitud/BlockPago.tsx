// "Pago" block: payment summary and table, and the inline "Registrar pago" section. The section's
// submit button has the same name as the block's button, as in the real app.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Field, LabeledInput } from '../../components/Field.tsx';
import { TableScroll } from '../../components/MessageBox.tsx';
import { formatDateTime, orDash, todayUtc } from '../../format.ts';
import { useBusyAction } from '../../useBusyAction.ts';
import { ActionSection } from './ActionSection.tsx';
import { KeyValue } from './KeyValue.tsx';
import type { DetalleProps } from './detalle.ts';

const CANALES = ['YAPE', 'PLIN', 'TRANSFERENCIA', 'EFECTIVO'];

function PagoForm({ detail, run, onClose }: DetalleProps & { onClose(): void }) {
  const [canal, setCanal] = useState('YAPE');
  const [fecha, setFecha] = useState(todayUtc());
  const [monto, setMonto] = useState('');
  const [moneda, setMoneda] = useState('PEN');
  const [referencia, setReferencia] = useState('');
  const [comentario, setComentario] = useState('');
  const { busy, perform } = useBusyAction(onClose);

  function submit() {
    const body: Record<string, unknown> = { canal_pago: canal, fecha_pago: fecha, monto: Number(monto), moneda };
    if (referencia.trim()) body.referencia_transaccion = referencia.trim();
    if (comentario.trim()) body.comentario = comentario.trim();
    void perform(() => run(() => api.post(`/solicitudes/${detail.solicitud_id}/registrar-pago`, body)));
  }

  return (
    <ActionSection
      confirmLabel="Registrar pago"
      busyLabel="Procesando..."
      busy={busy}
      canConfirm={!!monto && !!fecha}
      onConfirm={submit}
      onCancel={onClose}
    >
      <h4>Registrar pago</h4>
      <div className="form-grid">
        <Field label="Canal de pago *">
          <select value={canal} onChange={(e) => setCanal(e.target.value)}>
            {CANALES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
        <LabeledInput label="Fecha de pago *" type="date" value={fecha} onChange={(e) => setFecha(e.target.value)} />
        <LabeledInput
          label="Monto *"
          type="number"
          min="0"
          step="0.01"
          placeholder="200.00"
          value={monto}
          onChange={(e) => setMonto(e.target.value)}
        />
        <Field label="Moneda">
          <select value={moneda} onChange={(e) => setMoneda(e.target.value)}>
            <option value="PEN">PEN</option>
            <option value="USD">USD</option>
          </select>
        </Field>
        <LabeledInput
          label="Referencia de transaccion"
          type="text"
          placeholder="Numero de operacion, voucher..."
          value={referencia}
          onChange={(e) => setReferencia(e.target.value)}
        />
        <LabeledInput
          label="Comentario"
          type="text"
          placeholder="Ej: descuento aplicado, pago parcial..."
          value={comentario}
          onChange={(e) => setComentario(e.target.value)}
        />
      </div>
    </ActionSection>
  );
}

function disabledReason({ detail, terminal }: DetalleProps): string {
  if (terminal) return 'Solicitud finalizada.';
  if (detail.estado_pago === 'PAGADO') return 'Pago ya registrado.';
  if (!detail.asignaciones_vigentes.GESTOR) return 'Disponible cuando se asigne un gestor.';
  return 'No disponible en este momento.';
}

export function BlockPago(props: DetalleProps) {
  const { detail, can } = props;
  const [open, setOpen] = useState(false);
  const allowed = can('REGISTRAR_PAGO');

  return (
    <section className="card">
      <div className="card-title">Pago</div>
      <div className="kv">
        <KeyValue label="Estado pago:" value={detail.estado_pago} />
        <KeyValue label="Tarifa regular:" value={detail.tarifa_monto ? `${detail.tarifa_moneda ?? ''} ${detail.tarifa_monto}`.trim() : null} />
        <KeyValue label="Pagos registrados:" value={String(detail.pagos.length)} />
      </div>
      {detail.pagos.length === 0 ? (
        <p>No hay pagos registrados.</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th>Canal</th>
                <th>Fecha</th>
                <th>Monto</th>
                <th>Referencia</th>
                <th>Comentario</th>
                <th>Validado</th>
              </tr>
            </thead>
            <tbody>
              {detail.pagos.map((p) => (
                <tr key={p.pago_id}>
                  <td>{p.canal_pago}</td>
                  <td>{p.fecha_pago}</td>
                  <td>
                    {p.moneda} {p.monto}
                  </td>
                  <td>{orDash(p.referencia_transaccion)}</td>
                  <td>{orDash(p.comentario)}</td>
                  <td>{formatDateTime(p.validated_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="btn-row" style={{ marginTop: 10 }}>
        <button type="button" className="btn" disabled={!allowed} onClick={() => setOpen(true)}>
          Registrar pago
        </button>
        {!allowed && <span className="helper">{disabledReason(props)}</span>}
      </div>
      {open && allowed && <PagoForm {...props} onClose={() => setOpen(false)} />}
    </section>
  );
}
