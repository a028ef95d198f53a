// "Datos del cliente" block: cliente, apoderado and promotor data, the footer dates, and the edit form.
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { SolicitudDetail } from '../../api/types.ts';
import { Field, LabeledInput } from '../../components/Field.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useBusyAction } from '../../useBusyAction.ts';
import { ActionSection } from './ActionSection.tsx';
import { KeyValue } from './KeyValue.tsx';
import type { DetalleProps } from './detalle.ts';

type EditValues = Record<string, string>;

const PERSONA_EDIT_FIELDS = [
  { key: 'nombres', label: 'Nombres', type: 'text' },
  { key: 'apellidos', label: 'Apellidos', type: 'text' },
  { key: 'celular', label: 'Celular', type: 'text' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'fecha_nacimiento', label: 'Fecha nacimiento', type: 'date' },
  { key: 'direccion', label: 'Direccion', type: 'text' },
] as const;

function placeholderFor(key: string, currentName: string): string {
  const placeholders: Record<string, string> = {
    nombres: currentName,
    apellidos: 'Apellidos',
    celular: 'Celular',
    email: 'correo@ejemplo.com',
    direccion: 'Direccion',
  };
  return placeholders[key] ?? '';
}

function PersonaEditFields({ who, currentName, values, onChange }: {
  who: 'cliente' | 'apoderado';
  currentName: string;
  values: EditValues;
  onChange(key: string, value: string): void;
}) {
  const suffix = who === 'cliente' ? 'del cliente' : 'del apoderado';
  return (
    <div className="form-grid">
      {PERSONA_EDIT_FIELDS.map((field) => {
        const key = `${who}_${field.key}`;
        return (
          <LabeledInput
            key={key}
            label={`${field.label} ${suffix}`}
            type={field.type}
            placeholder={placeholderFor(field.key, currentName)}
            value={values[key] ?? ''}
            onChange={(e) => onChange(key, e.target.value)}
          />
        );
      })}
    </div>
  );
}

function EditDatosForm({ detail, run, onClose }: DetalleProps & { onClose(): void }) {
  const [values, setValues] = useState<EditValues>({});
  const [comentario, setComentario] = useState(detail.comentario ?? '');
  const { busy, perform } = useBusyAction(onClose);
  const setValue = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const apoderadoName = detail.apoderado ? `${detail.apoderado.nombres} ${detail.apoderado.apellidos}` : '';

  function save() {
    // Blank means "leave as is": only the filled fields are sent.
    const body: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) if (value.trim()) body[key] = value.trim();
    if (comentario !== (detail.comentario ?? '')) body.comentario = comentario;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    void perform(() => run(() => api.patch(`/solicitudes/${detail.solicitud_id}`, body)));
  }

  return (
    <ActionSection confirmLabel="Guardar" busyLabel="Guardando..." busy={busy} onConfirm={save} onCancel={onClose}>
      <h3>Editar datos</h3>
      <p className="helper">Deje en blanco los campos que no desea modificar.</p>
      <PersonaEditFields who="cliente" currentName={detail.cliente.nombre} values={values} onChange={setValue} />
      {detail.apoderado && (
        <>
          <h4>Apoderado</h4>
          <PersonaEditFields who="apoderado" currentName={apoderadoName} values={values} onChange={setValue} />
        </>
      )}
      <Field label="Comentario">
        <textarea value={comentario} onChange={(e) => setComentario(e.target.value)} />
      </Field>
    </ActionSection>
  );
}

function ApoderadoData({ apoderado }: { apoderado: NonNullable<SolicitudDetail['apoderado']> }) {
  return (
    <>
      <h3 style={{ marginTop: 14 }}>Datos del Apoderado</h3>
      <div className="kv">
        <KeyValue label="Tipo Documento:" value={apoderado.tipo_documento} />
        <KeyValue label="Nro Documento:" value={apoderado.numero_documento} />
        <KeyValue label="Nombre:" value={`${apoderado.nombres} ${apoderado.apellidos}`} />
        <KeyValue label="Celular:" value={apoderado.celular_1} />
        <KeyValue label="Email:" value={apoderado.email} />
        <KeyValue label="Fecha nacimiento:" value={apoderado.fecha_nacimiento} />
        <KeyValue label="Direccion:" value={apoderado.direccion} />
      </div>
    </>
  );
}

function PromotorData({ promotor }: { promotor: NonNullable<SolicitudDetail['promotor']> }) {
  return (
    <>
      <h3 style={{ marginTop: 14 }}>Datos del Promotor</h3>
      <div className="kv">
        <KeyValue label="Tipo:" value={promotor.tipo_promotor} />
        <KeyValue label="Nombre:" value={promotor.nombre} />
        <KeyValue label="RUC:" value={promotor.ruc} />
        <KeyValue label="Email:" value={promotor.email} />
        <KeyValue label="Celular:" value={promotor.celular} />
        <KeyValue label="Fuente:" value={promotor.fuente_promotor} />
      </div>
    </>
  );
}

export function BlockCliente(props: DetalleProps) {
  const { detail, can, terminal } = props;
  const [editing, setEditing] = useState(false);
  const c = detail.cliente;

  return (
    <section className="card">
      <div className="card-header">
        <h3 style={{ margin: 0 }}>Datos del cliente</h3>
        {can('EDITAR_DATOS') ? (
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            Editar datos
          </button>
        ) : (
          terminal && <span className="helper">Solicitud finalizada.</span>
        )}
      </div>
      <div className="kv">
        <KeyValue label="Tipo documento:" value={c.tipo_documento} />
        <KeyValue label="Nro documento:" value={c.numero_documento} />
        <KeyValue label="Nombre:" value={c.nombre} />
        <KeyValue label="Celular:" value={c.celular} />
        <KeyValue label="Email:" value={c.email} />
        <KeyValue label="Fecha nacimiento:" value={c.fecha_nacimiento} />
        <KeyValue label="Direccion:" value={c.direccion} />
      </div>
      {detail.apoderado && <ApoderadoData apoderado={detail.apoderado} />}
      {detail.promotor && <PromotorData promotor={detail.promotor} />}
      <div className="kv" style={{ marginTop: 12, borderTop: '1px solid #e5e7eb', paddingTop: 8 }}>
        <KeyValue label="Creado:" value={formatDateTime(detail.created_at)} />
        <KeyValue label="Fecha cierre:" value={detail.fecha_cierre ? formatDateTime(detail.fecha_cierre) : null} />
        <KeyValue label="Fecha cancelacion:" value={detail.fecha_cancelacion ? formatDate(detail.fecha_cancelacion) : null} />
        <KeyValue label="Comentario:" value={detail.comentario} />
        <KeyValue label="Comentario admin:" value={detail.comentario_admin} />
      </div>
      {editing && can('EDITAR_DATOS') && <EditDatosForm {...props} onClose={() => setEditing(false)} />}
    </section>
  );
}
