// The user-page "modal": a plain overlay div, deliberately WITHOUT role=dialog (contract §6.9), that
// closes on a click on the dim background. The panel scrolls on a short phone screen.
import type { FormEvent, ReactNode } from 'react';

export function Overlay({ onClose, children }: { onClose(): void; children: ReactNode }) {
  return (
    <div className="overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="overlay-panel">{children}</div>
    </div>
  );
}

interface OverlayFormProps {
  title: ReactNode;
  submitLabel: string;
  busy: boolean;
  /** False keeps the submit button disabled (e.g. `Crear` until a role is checked). */
  canSubmit?: boolean;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/**
 * The create/edit/reset overlays: an `h3` title and a form whose footer is `Cancelar` THEN the submit
 * button (the reverse of the detail page's inline sections, as in the real app). The submit label does
 * not change while busy; the button is only disabled.
 */
export function OverlayForm({ title, submitLabel, busy, canSubmit = true, onSubmit, onCancel, children }: OverlayFormProps) {
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <Overlay onClose={onCancel}>
      <h3>{title}</h3>
      <form onSubmit={handleSubmit}>
        {children}
        <div className="btn-row">
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            Cancelar
          </button>
          <button type="submit" className="btn" disabled={!canSubmit || busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Overlay>
  );
}
