// `Label: value` pairs as the detail blocks show them (two spans); empty values read `-`.
import type { ReactNode } from 'react';
import { orDash } from '../../format.ts';

export function KeyValue({ label, value }: { label: string; value: ReactNode }) {
  const shown = typeof value === 'string' || typeof value === 'number' || value == null ? orDash(value as string) : value;
  return (
    <div>
      <span className="kv-label">{label}</span>
      <span>{shown}</span>
    </div>
  );
}
