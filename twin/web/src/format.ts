// Display helpers shared by the pages.

/** API timestamps are naive UTC without `Z`; read them as UTC so the local display is right. */
export function parseApiDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) || value.length <= 10 ? value : `${value}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | null | undefined): string {
  return parseApiDate(value)?.toLocaleDateString() ?? '-';
}

export function formatDateTime(value: string | null | undefined): string {
  return parseApiDate(value)?.toLocaleString() ?? '-';
}

/** Enum text as the pages show it: underscores become spaces (`ASIGNADO GESTOR`). */
export function spacedEnum(value: string | null | undefined): string {
  return (value ?? '').replace(/_/g, ' ');
}

export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '-' : String(value);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Today's date as YYYY-MM-DD in UTC, the default the real forms use. */
export function todayUtc(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function formatSoles(amount: number): string {
  return `S/ ${amount.toLocaleString('es-PE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
