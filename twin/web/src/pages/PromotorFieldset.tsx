// The "Promotor (opcional)" group of the new-solicitud form: none, an existing one, or a new one inline.
import { Field, LabeledInput } from '../components/Field.tsx';
import type { PromotorItem } from '../api/types.ts';

export type PromotorMode = 'none' | 'existing' | 'new';

export interface NewPromotorForm {
  tipo_promotor: 'PERSONA' | 'EMPRESA' | 'OTROS';
  nombres: string;
  apellidos: string;
  tipo_documento: string;
  numero_documento: string;
  razon_social: string;
  nombre_promotor_otros: string;
  ruc: string;
  email: string;
  celular_1: string;
  fuente_promotor: string;
}

export interface PromotorChoice {
  mode: PromotorMode;
  existingId: string;
  nuevo: NewPromotorForm;
}

export const EMPTY_PROMOTOR_CHOICE: PromotorChoice = {
  mode: 'none',
  existingId: '',
  nuevo: {
    tipo_promotor: 'PERSONA',
    nombres: '',
    apellidos: '',
    tipo_documento: 'DNI',
    numero_documento: '',
    razon_social: '',
    nombre_promotor_otros: '',
    ruc: '',
    email: '',
    celular_1: '',
    fuente_promotor: '',
  },
};

/** The part of the create payload that names the promotor, if any. */
export function promotorPayload(choice: PromotorChoice): Record<string, unknown> {
  if (choice.mode === 'existing' && choice.existingId) return { promotor_id: Number(choice.existingId) };
  if (choice.mode !== 'new') return {};
  const n = choice.nuevo;
  const fieldsByType: Record<NewPromotorForm['tipo_promotor'], (keyof NewPromotorForm)[]> = {
    PERSONA: ['nombres', 'apellidos', 'tipo_documento', 'numero_documento'],
    EMPRESA: ['razon_social'],
    OTROS: ['nombre_promotor_otros'],
  };
  const promotor: Record<string, string> = { tipo_promotor: n.tipo_promotor };
  const keys = [...fieldsByType[n.tipo_promotor], 'ruc', 'email', 'celular_1', 'fuente_promotor'] as const;
  for (const key of keys) {
    const value = n[key].trim();
    if (value) promotor[key] = value;
  }
  // A document type alone means nothing: send it only with its number.
  if (!promotor.numero_documento) delete promotor.tipo_documento;
  return { promotor };
}

interface Props {
  promotores: PromotorItem[];
  value: PromotorChoice;
  onChange(next: PromotorChoice): void;
}

export function PromotorFieldset({ promotores, value, onChange }: Props) {
  const n = value.nuevo;
  const setNuevo = (key: keyof NewPromotorForm) => (e: { target: { value: string } }) =>
    onChange({ ...value, nuevo: { ...n, [key]: e.target.value } });

  return (
    <fieldset>
      <legend>Promotor (opcional)</legend>
      <Field label="Opcion">
        <select value={value.mode} onChange={(e) => onChange({ ...value, mode: e.target.value as PromotorMode })}>
          <option value="none">Sin promotor</option>
          {promotores.length > 0 && <option value="existing">Seleccionar existente</option>}
          <option value="new">Registrar nuevo promotor</option>
        </select>
      </Field>

      {value.mode === 'existing' && (
        <Field label="Seleccionar promotor">
          <select value={value.existingId} onChange={(e) => onChange({ ...value, existingId: e.target.value })}>
            <option value="">-- Seleccionar --</option>
            {promotores.map((p) => (
              <option key={p.promotor_id} value={p.promotor_id}>
                {p.nombre} ({p.tipo_promotor}) — {p.fuente_promotor ?? ''}
              </option>
            ))}
          </select>
        </Field>
      )}

      {value.mode === 'new' && (
        <div className="form-grid">
          <Field label="Tipo de promotor *">
            <select value={n.tipo_promotor} onChange={setNuevo('tipo_promotor')}>
              <option value="PERSONA">Persona</option>
              <option value="EMPRESA">Empresa</option>
              <option value="OTROS">Otros</option>
            </select>
          </Field>
          {n.tipo_promotor === 'PERSONA' && (
            <>
              <LabeledInput label="Nombres *" type="text" value={n.nombres} onChange={setNuevo('nombres')} />
              <LabeledInput label="Apellidos *" type="text" value={n.apellidos} onChange={setNuevo('apellidos')} />
              <Field label="Tipo doc">
                <select value={n.tipo_documento} onChange={setNuevo('tipo_documento')}>
                  <option value="DNI">DNI</option>
                  <option value="CE">CE</option>
                  <option value="PASAPORTE">PASAPORTE</option>
                  <option value="RUC">RUC</option>
                </select>
              </Field>
              <LabeledInput
                label="Numero doc"
                type="text"
                placeholder="Preferido pero no obligatorio"
                value={n.numero_documento}
                onChange={setNuevo('numero_documento')}
              />
            </>
          )}
          {n.tipo_promotor === 'EMPRESA' && (
            <LabeledInput label="Razon social *" type="text" value={n.razon_social} onChange={setNuevo('razon_social')} />
          )}
          {n.tipo_promotor === 'OTROS' && (
            <LabeledInput label="Nombre del promotor *" type="text" value={n.nombre_promotor_otros} onChange={setNuevo('nombre_promotor_otros')} />
          )}
          <LabeledInput label="RUC" type="text" value={n.ruc} onChange={setNuevo('ruc')} />
          <LabeledInput label="Email" type="email" value={n.email} onChange={setNuevo('email')} />
          <LabeledInput label="Celular" type="text" value={n.celular_1} onChange={setNuevo('celular_1')} />
          <LabeledInput
            label="Fuente / referencia"
            type="text"
            placeholder="Notaria, abogado, etc."
            value={n.fuente_promotor}
            onChange={setNuevo('fuente_promotor')}
          />
        </div>
      )}
    </fieldset>
  );
}
