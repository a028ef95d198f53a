// The user-page "modal": a plain overlay div, deliberately WITHOUT role=dialog (contract §6.9), that
// closes on a click on the dim background. The panel scrolls on a short phone screen.
import type { ReactNode } from 'react';

export function Overlay({ onClose, children }: { onClose(): void; children: ReactNode }) {
  return (
    <div className="overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="overlay-panel">{children}</div>
    </div>
  );
}
