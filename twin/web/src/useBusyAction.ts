// The busy flag shared by every form that sends one request and closes when it succeeded: the inline
// action sections of the detail page and the user overlays. While the request runs the submit button
// is disabled (and may show a "Procesando..." text); on failure the form stays open, because the
// caller has already put the error in the page's error box.
import { useState } from 'react';

export function useBusyAction(onSuccess: () => void) {
  const [busy, setBusy] = useState(false);

  /** Runs `work` (which resolves true on success) with the busy flag set, then calls onSuccess if it succeeded. */
  async function perform(work: () => Promise<boolean>): Promise<void> {
    setBusy(true);
    const ok = await work();
    setBusy(false);
    if (ok) onSuccess();
  }

  return { busy, perform };
}
