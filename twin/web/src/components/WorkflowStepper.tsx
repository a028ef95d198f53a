// The five-step workflow stepper (contract §6.8). It wraps on a phone; in CERRADO the twin shows step 5
// as done (✓), which the contract allows; in CANCELADO every step is grey under a banner.
import type { EstadoOperativo } from '../api/types.ts';

const STEPS = [
  { label: 'Registrado', description: 'Solicitud creada. Falta asignar un gestor.' },
  { label: 'Gestor asignado', description: 'Gestor asignado. Falta registrar el pago.' },
  { label: 'Pagado', description: 'Pago registrado. Falta asignar un medico.' },
  { label: 'Medico asignado', description: 'Medico asignado. Pendiente de evaluacion y cierre.' },
  { label: 'Cerrado', description: 'Solicitud completada y cerrada.' },
];

const CURRENT_STEP: Record<EstadoOperativo, number> = {
  REGISTRADO: 0,
  ASIGNADO_GESTOR: 1,
  PAGADO: 2,
  ASIGNADO_MEDICO: 3,
  CERRADO: 4,
  CANCELADO: -1,
};

type StepState = 'done' | 'current' | 'pending' | 'cancelled';

function stepState(index: number, estado: EstadoOperativo): StepState {
  if (estado === 'CANCELADO') return 'cancelled';
  const current = CURRENT_STEP[estado];
  if (index < current || (estado === 'CERRADO' && index === current)) return 'done';
  return index === current ? 'current' : 'pending';
}

export function WorkflowStepper({ estado }: { estado: EstadoOperativo }) {
  const current = STEPS[CURRENT_STEP[estado]];
  return (
    <div className="card">
      {estado === 'CANCELADO' && <div className="cancel-banner">CANCELADA — Solicitud cancelada.</div>}
      <div className="stepper">
        {STEPS.map((step, index) => {
          const state = stepState(index, estado);
          return (
            <div key={step.label} className={`step step-${state}`}>
              <div className="step-circle">{state === 'done' ? '✓' : index + 1}</div>
              <div className="step-label">{step.label}</div>
            </div>
          );
        })}
      </div>
      {current && <div className="helper">{current.description}</div>}
    </div>
  );
}
