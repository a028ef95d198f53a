// Coloured message boxes used by every page (error, success, warning).
import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'warning' | 'info';

export function MessageBox({ tone, children }: { tone: Tone; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return <div className={`msg msg-${tone}`}>{children}</div>;
}

/** Enum badge (estado, rol). */
export function Badge({ text, tone }: { text: string; tone?: string }) {
  return <span className={`badge badge-${(tone ?? text).toLowerCase()}`}>{text}</span>;
}

/** Wide tables scroll inside their own box so the page itself never scrolls sideways on a phone. */
export function TableScroll({ children }: { children: ReactNode }) {
  return <div className="table-scroll">{children}</div>;
}
