// The filter row: Desde, Hasta, Estado, Agrupacion (labels not associated, as in the real page),
// plus `Exportar CSV` and `Reset`.
import { ESTADOS_OPERATIVOS } from '../../api/types.ts';
import { Field, LabeledInput } from '../../components/Field.tsx';
import type { ReportFilters } from './filters.ts';

interface Props {
  value: ReportFilters;
  onChange(next: ReportFilters): void;
  onExport(): void;
  onReset(): void;
  canExport: boolean;
}

export function ReportFiltersBar({ value, onChange, onExport, onReset, canExport }: Props) {
  const set = <K extends keyof ReportFilters>(key: K, v: ReportFilters[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="filters">
      <LabeledInput label="Desde" type="date" value={value.desde} onChange={(e) => set('desde', e.target.value)} />
      <LabeledInput label="Hasta" type="date" value={value.hasta} onChange={(e) => set('hasta', e.target.value)} />
      <Field label="Estado">
        <select value={value.estado} onChange={(e) => set('estado', e.target.value)}>
          <option value="">Todos</option>
          {ESTADOS_OPERATIVOS.map((estado) => (
            <option key={estado} value={estado}>
              {estado}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Agrupacion">
        <select value={value.agrupacion} onChange={(e) => set('agrupacion', e.target.value as ReportFilters['agrupacion'])}>
          <option value="mensual">Mensual</option>
          <option value="semanal">Semanal</option>
        </select>
      </Field>
      <div className="btn-row" style={{ marginBottom: 10 }}>
        <button type="button" className="btn btn-secondary" disabled={!canExport} onClick={onExport}>
          Exportar CSV
        </button>
        <button type="button" className="btn btn-secondary" onClick={onReset}>
          Reset
        </button>
      </div>
    </div>
  );
}
