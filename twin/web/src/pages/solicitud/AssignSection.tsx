// Inline "Cambiar gestor" / "Cambiar medico" section. Like the real UI it uses the cambiar-* endpoint
// whenever that is allowed (always, in practice), and asignar-* only otherwise.
import { useEffect, useState } from 'react';
import { api, errorText, query } from '../../api/client.ts';
import type { Empleado, Envelope } from '../../api/types.ts';
import { Field } from '../../components/Field.tsx';
import { MessageBox } from '../../components/MessageBox.tsx';
import { useBusyAction } from '../../useBusyAction.ts';
import { ActionSection } from './ActionSection.tsx';
import type { DetalleProps } from './detalle.ts';

type Rol = 'GESTOR' | 'MEDICO';

const TEXTS: Record<Rol, { heading: string; label: string; placeholder: string; bodyKey: string; slug: string }> = {
  GESTOR: { heading: 'Cambiar gestor', label: 'Gestor *', placeholder: '-- Seleccionar gestor --', bodyKey: 'persona_id_gestor', slug: 'gestor' },
  MEDICO: { heading: 'Cambiar medico', label: 'Medico *', placeholder: '-- Seleccionar medico --', bodyKey: 'persona_id_medico', slug: 'medico' },
};

export function AssignSection({ rol, detail, can, run, onClose }: DetalleProps & { rol: Rol; onClose(): void }) {
  const texts = TEXTS[rol];
  const [empleados, setEmpleados] = useState<Empleado[]>([]);
  const [loadError, setLoadError] = useState('');
  const [choice, setChoice] = useState('');
  const { busy, perform } = useBusyAction(onClose);

  useEffect(() => {
    api
      .get<Envelope<Empleado[]>>(`/empleados${query({ rol })}`)
      .then((res) => setEmpleados(res.data))
      .catch((err: unknown) => setLoadError(errorText(err)));
  }, [rol]);

  function confirm() {
    const verb = can(`CAMBIAR_${rol}`) ? 'cambiar' : 'asignar';
    void perform(() =>
      run(() => api.post(`/solicitudes/${detail.solicitud_id}/${verb}-${texts.slug}`, { [texts.bodyKey]: Number(choice) })),
    );
  }

  return (
    <ActionSection confirmLabel="Confirmar" busyLabel="Procesando..." busy={busy} canConfirm={!!choice} onConfirm={confirm} onCancel={onClose}>
      <h4>{texts.heading}</h4>
      <MessageBox tone="error">{loadError}</MessageBox>
      <Field label={texts.label}>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{texts.placeholder}</option>
          {empleados.map((e) => (
            <option key={e.persona_id} value={e.persona_id}>
              {e.nombre}
            </option>
          ))}
        </select>
      </Field>
    </ActionSection>
  );
}
