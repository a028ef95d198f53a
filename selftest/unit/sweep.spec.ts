// The sweeper's selection: only what a finished run tagged; never the reusable staff, never a live run.
import { expect, test } from '@playwright/test';
import type { AdminUser, SolicitudListItem } from '../../api/index.ts';
import { newRunId } from '../../config/test-data.ts';
import { runStartedAt, selectLeftovers } from '../../fixtures/sweep.ts';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;
const oldRun = newRunId(NOW - 5 * HOUR);
const liveRun = newRunId(NOW - 5 * 60_000);

function solicitud(id: number, nombre: string): SolicitudListItem {
  return {
    solicitud_id: id,
    codigo: `CMEP-2026-${String(id).padStart(4, '0')}`,
    cliente: { persona_id: id, tipo_documento: 'PASAPORTE', numero_documento: `X${id}`, doc: `PASAPORTE X${id}`, nombre },
    estado_operativo: 'REGISTRADO',
    gestor: null,
    medico: null,
    created_at: '2026-12-03T10:00:00',
  };
}

function user(id: number, email: string, isActive = true): AdminUser {
  return {
    user_id: id,
    user_email: email,
    is_active: isActive,
    persona_id: id,
    nombres: 'N',
    apellidos: 'A',
    tipo_documento: null,
    numero_documento: null,
    telefono: null,
    email: null,
    roles: ['OPERADOR'],
    created_at: '2026-12-03T10:00:00',
  };
}

test('run ids carry their start time', () => {
  expect(runStartedAt(oldRun)).toBe(Math.floor((NOW - 5 * HOUR) / 1000) * 1000);
  expect(runStartedAt('nodash')).toBeNull();
});

test('selects tagged solicitudes and active throw-away users of finished runs only', () => {
  const plan = selectLeftovers(
    [
      solicitud(1, `Cliente SMOKE-${oldRun}`),
      solicitud(2, `Cliente SMOKE-${liveRun}`),
      solicitud(3, 'Juan Perez Lopez'),
      solicitud(4, 'Smoke Operador SMOKE-STAFF'),
      solicitud(5, 'Ana smoke-somebody'),
    ],
    [
      user(10, `smoke+${oldRun}-operador@example.com`),
      user(11, `smoke+${oldRun}-gestor@example.com`, false),
      user(12, `smoke+${liveRun}-operador@example.com`),
      user(13, 'smoke-staff-gestor@example.com'),
      user(14, 'admin@cmepdoc.example'),
    ],
    { now: NOW, minAgeMs: HOUR },
  );
  expect(plan.solicitudes.map((s) => s.solicitud_id)).toEqual([1]);
  expect(plan.users.map((u) => u.user_id)).toEqual([10]);
});

test('with no minimum age the current run is swept too', () => {
  const plan = selectLeftovers([solicitud(2, `Cliente SMOKE-${liveRun}`)], [user(12, `smoke+${liveRun}-medico@example.com`)], {
    now: NOW,
    minAgeMs: 0,
  });
  expect(plan.solicitudes).toHaveLength(1);
  expect(plan.users).toHaveLength(1);
});
