// New solicitud (contract §6.7): cliente, optional apoderado, optional promotor, servicio, comentario.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api, detailText, validationMessagesFor } from '../api/client.ts';
import type { Envelope, PromotorItem, Servicio } from '../api/types.ts';
import { Field } from '../components/Field.tsx';
import { MessageBox } from '../components/MessageBox.tsx';
import { EMPTY_PERSONA, PersonaFields, personaIsComplete, personaPayload, type PersonaForm } from './PersonaFields.tsx';
import { EMPTY_PROMOTOR_CHOICE, PromotorFieldset, promotorPayload, type PromotorChoice } from './PromotorFieldset.tsx';

export function SolicitudNueva() {
  const navigate = useNavigate();
  const [cliente, setCliente] = useState<PersonaForm>(EMPTY_PERSONA);
  const [withApoderado, setWithApoderado] = useState(false);
  const [apoderado, setApoderado] = useState<PersonaForm>(EMPTY_PERSONA);
  const [promotor, setPromotor] = useState<PromotorChoice>(EMPTY_PROMOTOR_CHOICE);
  const [servicioId, setServicioId] = useState('');
  const [comentario, setComentario] = useState('');
  const [servicios, setServicios] = useState<Servicio[]>([]);
  const [promotores, setPromotores] = useState<PromotorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [documentErrors, setDocumentErrors] = useState<string[]>([]);

  useEffect(() => {
    api
      .get<Envelope<Servicio[]>>('/servicios')
      .then((res) => {
        setServicios(res.data);
        // With exactly one service there is nothing to choose: pre-select it, as the real form does.
        const only = res.data.length === 1 ? res.data[0] : undefined;
        if (only) setServicioId(String(only.servicio_id));
      })
      .catch(() => setServicios([]));
    api
      .get<Envelope<PromotorItem[]>>('/promotores')
      .then((res) => setPromotores(res.data))
      .catch(() => setPromotores([]));
  }, []);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError('');
    setDocumentErrors([]);
    if (!personaIsComplete(cliente)) {
      setError('Complete los datos obligatorios del cliente.');
      return;
    }
    if (withApoderado && !personaIsComplete(apoderado)) {
      setError('Complete los datos obligatorios del apoderado.');
      return;
    }
    const body: Record<string, unknown> = {
      cliente: personaPayload(cliente),
      ...(withApoderado ? { apoderado: personaPayload(apoderado) } : {}),
      ...promotorPayload(promotor),
      ...(servicioId ? { servicio_id: Number(servicioId) } : {}),
      ...(comentario.trim() ? { comentario: comentario.trim() } : {}),
    };
    setBusy(true);
    try {
      const res = await api.post<Envelope<{ solicitud_id: number; codigo: string }>>('/solicitudes', body);
      navigate(`/app/solicitudes/${res.data.solicitud_id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 422) {
        setError('Corrige los campos con errores.');
        const forDocument = validationMessagesFor(err.detail, ['cliente', 'numero_documento']);
        // Validation errors not tied to the document are still shown, as readable text.
        setDocumentErrors(forDocument.length > 0 ? forDocument : [detailText(err.detail)]);
      } else {
        const text = err instanceof ApiError && typeof err.detail === 'string' ? err.detail : '';
        setError(text || 'Error al crear solicitud');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <h2>Registrar Solicitud</h2>
      <form onSubmit={handleSubmit} noValidate>
        <fieldset>
          <legend>Datos del Cliente *</legend>
          <PersonaFields value={cliente} onChange={setCliente} documentErrors={documentErrors} />
        </fieldset>

        <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center', marginBottom: 12, minHeight: 32 }}>
          <input type="checkbox" checked={withApoderado} onChange={(e) => setWithApoderado(e.target.checked)} />
          Incluir apoderado
        </label>

        {withApoderado && (
          <fieldset>
            <legend>Datos del Apoderado</legend>
            <PersonaFields value={apoderado} onChange={setApoderado} />
          </fieldset>
        )}

        <PromotorFieldset promotores={promotores} value={promotor} onChange={setPromotor} />

        <fieldset>
          <legend>Servicio *</legend>
          <Field label="Seleccionar servicio">
            <select value={servicioId} onChange={(e) => setServicioId(e.target.value)}>
              <option value="">-- Seleccionar servicio --</option>
              {servicios.map((s) => (
                <option key={s.servicio_id} value={s.servicio_id}>
                  {s.descripcion_servicio} — {s.moneda_tarifa} {s.tarifa_servicio}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <Field label="Comentario">
          <textarea value={comentario} onChange={(e) => setComentario(e.target.value)} />
        </Field>

        <MessageBox tone="error">{error}</MessageBox>

        <div className="btn-row">
          <button type="submit" className="btn" disabled={busy}>
            {busy ? 'Registrando...' : 'Registrar Solicitud'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => navigate('/app/solicitudes')}>
            Cancelar
          </button>
        </div>
      </form>
    </div>
  );
}
