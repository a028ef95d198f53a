// A label above its control. The label is a sibling WITHOUT htmlFor, exactly like most real CMEP forms
// (contract §6.1), so page objects written for the real app locate the twin's inputs the same way.
import type { ReactNode } from 'react';

export function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="field">
      <label>{label}</label>
      {children}
      {hint}
    </div>
  );
}
