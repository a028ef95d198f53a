// Checklist 4: REGISTRADO → ASIGNADO_GESTOR → PAGADO → ASIGNADO_MEDICO → CERRADO on the detail page, each step taken
// by a role allowed to take it; after each step the page (badge, stepper, historial) and the API agree, and a role
// not allowed the next action finds it disabled on the page and refused (403) by the API.
import type { Page } from '@playwright/test';
import type { CmepApi, EstadoOperativo, SolicitudDetail } from '../api/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { SolicitudDetallePage } from '../pages/SolicitudDetallePage.ts';
import { estadoLabel } from '../pages/components/StateBadge.ts';
import { COMPLETED_STEPS } from '../pages/components/WorkflowStepper.ts';
import { createSolicitud, refusalStatus, staffEmpleado, todayUtc } from './support/data.ts';

async function openDetalle(page: Page, id: number): Promise<SolicitudDetallePage> {
  await page.goto(SolicitudDetallePage.path(id));
  return new SolicitudDetallePage(page);
}

/** The page shows `estado` in the badge and the stepper. */
async function expectPageState(detalle: SolicitudDetallePage, estado: EstadoOperativo): Promise<void> {
  await expect(detalle.badge.root).toHaveText(estadoLabel(estado));
  const done = COMPLETED_STEPS[estado];
  if (estado === 'CERRADO') {
    // Steps 1–4 done; step 5 may show `5` (the real app) or `✓` (its docs): either way no earlier number is left.
    for (const n of [1, 2, 3, 4] as const) await expect(detalle.stepper.stepNumber(n), `step ${n} done`).toHaveCount(0);
    await expect.poll(() => detalle.stepper.completedMarks.count()).toBeGreaterThanOrEqual(done);
  } else {
    await expect(detalle.stepper.completedMarks).toHaveCount(done);
  }
}

/** The API reports `estado` and its newest historial rows include `campo` → `valorNuevo`. */
async function expectApiState(
  api: CmepApi,
  id: number,
  estado: EstadoOperativo,
  campo: RegExp,
  valorNuevo: string,
): Promise<SolicitudDetail> {
  const detail = await api.solicitudes.get(id);
  expect(detail.estado_operativo).toBe(estado);
  const row = detail.historial.find((h) => campo.test(h.campo));
  expect(row, `historial row ${campo}`).toBeDefined();
  expect(row?.valor_nuevo).toBe(valorNuevo);
  return detail;
}

test.describe(
  '4. REGISTRADO → ASIGNAR_GESTOR → REGISTRAR_PAGO → ASIGNAR_MEDICO → CERRAR',
  { annotation: { type: 'checklist', description: 'flow' } },
  () => {
    test('each role takes its step on the detail page; page and API agree; disallowed roles are refused', async ({
      apiAs,
      pageAs,
      config,
      run,
      created,
    }) => {
      const admin = await apiAs('admin');
      const { solicitud_id: id, codigo } = await createSolicitud(created, admin, run, 'F');
      const gestor = await staffEmpleado(admin, config, 'gestor');
      const medico = await staffEmpleado(admin, config, 'medico');
      const [operadorApi, gestorApi, medicoApi] = await Promise.all([apiAs('operador'), apiAs('gestor'), apiAs('medico')]);
      const [operadorPage, gestorPage, medicoPage] = await Promise.all([pageAs('operador'), pageAs('gestor'), pageAs('medico')]);
      const evidence: string[] = [];

      await test.step('REGISTRADO → ASIGNADO_GESTOR: the operador assigns the gestor', async () => {
        const detalle = await openDetalle(operadorPage, id);
        await expectPageState(detalle, 'REGISTRADO');
        await detalle.gestor.assign(gestor.nombre);
        await expectPageState(detalle, 'ASIGNADO_GESTOR');
        await expect(detalle.historial.rows(/^(asignacion|cambio)_gestor$/)).toHaveCount(1);
        const detail = await expectApiState(admin, id, 'ASIGNADO_GESTOR', /^(asignacion|cambio)_gestor$/, gestor.nombre);
        expect(detail.asignaciones_vigentes.GESTOR?.persona_id).toBe(gestor.persona_id);
        evidence.push(`ASIGNADO_GESTOR by operador (historial ${detail.historial[0]?.campo})`);
      });

      await test.step('the medico may not register the pago: disabled on the page, 403 from the API', async () => {
        const detalle = await openDetalle(medicoPage, id);
        await expect(detalle.badge.root).toHaveText(estadoLabel('ASIGNADO_GESTOR'));
        await expect(detalle.pago.openButton).toBeDisabled();
        expect(await refusalStatus(medicoApi.solicitudes.registrarPago(id, { canal_pago: 'YAPE', fecha_pago: todayUtc(), monto: 200 }))).toBe(403);
      });

      const gestorDetalle = await openDetalle(gestorPage, id);

      await test.step('ASIGNADO_GESTOR → PAGADO: the gestor registers PEN 200', async () => {
        await expectPageState(gestorDetalle, 'ASIGNADO_GESTOR');
        await gestorDetalle.pago.register({ monto: '200', moneda: 'PEN', canal: 'YAPE', referencia: run.tag });
        await expectPageState(gestorDetalle, 'PAGADO');
        await expect(gestorDetalle.pago.pagosTable.getByRole('cell', { name: 'PEN 200.00', exact: true })).toBeVisible();
        await expect(gestorDetalle.historial.rows('pago_registrado')).toHaveCount(1);
        const detail = await expectApiState(admin, id, 'PAGADO', /^estado_pago$/, 'PAGADO');
        expect(detail.pagos.map((p) => [p.monto, p.moneda])).toEqual([['200.00', 'PEN']]);
        expect(detail.historial.some((h) => h.campo === 'pago_registrado')).toBe(true);
        evidence.push('PAGADO by gestor (PEN 200.00)');
      });

      await test.step('PAGADO → ASIGNADO_MEDICO: the gestor assigns the medico', async () => {
        await gestorDetalle.medico.assign(medico.nombre);
        await expectPageState(gestorDetalle, 'ASIGNADO_MEDICO');
        await expect(gestorDetalle.historial.rows(/^(asignacion|cambio)_medico$/)).toHaveCount(1);
        const detail = await expectApiState(admin, id, 'ASIGNADO_MEDICO', /^(asignacion|cambio)_medico$/, medico.nombre);
        expect(detail.asignaciones_vigentes.MEDICO?.persona_id).toBe(medico.persona_id);
        evidence.push(`ASIGNADO_MEDICO by gestor (historial ${detail.historial[0]?.campo})`);
      });

      await test.step('neither the gestor nor the operador may close: disabled on the page, 403 from the API', async () => {
        await expect(gestorDetalle.evaluacion.cerrarButton).toBeDisabled();
        const operadorDetalle = await openDetalle(operadorPage, id);
        await expect(operadorDetalle.badge.root).toHaveText(estadoLabel('ASIGNADO_MEDICO'));
        await expect(operadorDetalle.evaluacion.cerrarButton).toBeDisabled();
        expect(await refusalStatus(gestorApi.solicitudes.cerrar(id)), 'gestor cerrar').toBe(403);
        expect(await refusalStatus(operadorApi.solicitudes.cerrar(id)), 'operador cerrar').toBe(403);
      });

      await test.step('ASIGNADO_MEDICO → CERRADO: the medico sets tipo atencion and certificado, then closes', async () => {
        const detalle = await openDetalle(medicoPage, id);
        await expectPageState(detalle, 'ASIGNADO_MEDICO');
        await detalle.atencion.set('PRESENCIAL', `${run.tag} consultorio`);
        await expect(detalle.historial.rows('tipo_atencion')).toHaveCount(1);
        await detalle.evaluacion.setEstadoCertificado('APROBADO');
        await expect(detalle.historial.rows('estado_certificado')).toHaveCount(1);
        await detalle.evaluacion.close(`${run.tag} cierre`);
        await expectPageState(detalle, 'CERRADO');
        await expect(detalle.historial.rows('estado_atencion')).toHaveCount(1);
        const detail = await expectApiState(admin, id, 'CERRADO', /^estado_atencion$/, 'ATENDIDO');
        expect(detail.tipo_atencion).toBe('PRESENCIAL');
        expect(detail.estado_certificado).toBe('APROBADO');
        expect(detail.fecha_cierre).not.toBeNull();
        evidence.push('CERRADO by medico');
      });

      test.info().annotations.push({ type: 'evidence', description: `${codigo}: ${evidence.join(' → ')}` });
    });
  },
);
