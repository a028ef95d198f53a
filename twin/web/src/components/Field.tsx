// A label above its control. The label is a sibling WITHOUT htmlFor, exactly like most real CMEP forms
// (contract §6.1), so page objects written for the real app locate the twin's inputs the same way.
import type { InputHTMLAttributes, ReactNode } from 'react';

export function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="field">
      <label>{label}</label>
      {children}
      {hint}
    </div>
  );
}

/**
 * The common case of a Field: one `<input>`. Every other prop goes to the input unchanged, so an input
 * without `type` stays untyped (the user overlays rely on that) and nothing gains an id or aria-* here.
 */
export function LabeledInput({ label, hint, ...input }: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint}>
      <input {...input} />
    </Field>
  );
}
