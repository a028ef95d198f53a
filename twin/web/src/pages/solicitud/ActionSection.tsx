// The inline "modal" of the detail page (contract §6.8: sections, not dialogs): its content, then the
// confirm button and `Cancelar`, in that order. The confirm button is disabled while busy and shows
// `busyLabel` then; its own name may repeat the name of the block button that opened it
// (`Registrar pago`), as in the real app.
import type { ReactNode } from 'react';

interface Props {
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** False keeps the confirm button disabled (e.g. until a choice is made). */
  canConfirm?: boolean;
  /** Extra class of the confirm button, e.g. `btn-danger`. */
  confirmTone?: string;
  onConfirm(): void;
  onCancel(): void;
  children: ReactNode;
}

export function ActionSection({ confirmLabel, busyLabel, busy, canConfirm = true, confirmTone, onConfirm, onCancel, children }: Props) {
  return (
    <section className="inline-section">
      {children}
      <div className="btn-row">
        <button type="button" className={confirmTone ? `btn ${confirmTone}` : 'btn'} disabled={!canConfirm || busy} onClick={onConfirm}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </section>
  );
}
