// The eight persona fields of the new-solicitud form (cliente and apoderado), in the real DOM order.
import { Field, LabeledInput } from '../components/Field.tsx';

export interface PersonaForm {
  tipo_documento: string;
  numero_documento: string;
  nombres: string;
  apellidos: string;
  celular: string;
  email: string;
  fecha_nacimiento: string;
  direccion: string;
}

export const EMPTY_PERSONA: PersonaForm = {
  tipo_documento: 'DNI',
  numero_documento: '',
  nombres: '',
  apellidos: '',
  celular: '',
  email: '',
  fecha_nacimiento: '',
  direccion: '',
};

export function personaIsComplete(p: PersonaForm): boolean {
  return !!(p.tipo_documento && p.numero_documento.trim() && p.nombres.trim() && p.apellidos.trim());
}

/** Request payload: required fields always, optional ones only when filled. */
export function personaPayload(p: PersonaForm): Record<string, string> {
  const payload: Record<string, string> = {
    tipo_documento: p.tipo_documento,
    numero_documento: p.numero_documento.trim(),
    nombres: p.nombres.trim(),
    apellidos: p.apellidos.trim(),
  };
  for (const key of ['celular', 'email', 'fecha_nacimiento', 'direccion'] as const) {
    if (p[key].trim()) payload[key] = p[key].trim();
  }
  return payload;
}

interface Props {
  value: PersonaForm;
  onChange(next: PersonaForm): void;
  documentErrors?: string[];
}

export function PersonaFields({ value, onChange, documentErrors = [] }: Props) {
  const set = (key: keyof PersonaForm) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <div className="form-grid">
      <Field label="Tipo documento *">
        <select value={value.tipo_documento} onChange={set('tipo_documento')}>
          <option value="DNI">DNI</option>
          <option value="CE">CE</option>
          <option value="PASAPORTE">PASAPORTE</option>
          <option value="RUC">RUC</option>
        </select>
      </Field>
      <LabeledInput
        label="Numero documento *"
        hint={documentErrors.map((message) => (
          <span key={message} className="helper" style={{ color: '#b91c1c' }}>
            {message}
          </span>
        ))}
        type="text"
        value={value.numero_documento}
        onChange={set('numero_documento')}
      />
      <LabeledInput label="Nombres *" type="text" value={value.nombres} onChange={set('nombres')} />
      <LabeledInput label="Apellidos *" type="text" value={value.apellidos} onChange={set('apellidos')} />
      <LabeledInput label="Celular" type="text" value={value.celular} onChange={set('celular')} />
      <LabeledInput label="Email" type="email" value={value.email} onChange={set('email')} />
      <LabeledInput
        label="Fecha de nacimiento"
        type="date"
        placeholder="dd-mm-aaaa"
        value={value.fecha_nacimiento}
        onChange={set('fecha_nacimiento')}
      />
      <LabeledInput label="Direccion" type="text" value={value.direccion} onChange={set('direccion')} />
    </div>
  );
}
