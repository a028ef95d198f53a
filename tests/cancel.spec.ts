// Checklist 7: cancel a fresh tagged solicitud with a motivo on its detail page; afterwards a non-admin has no action.
import { expect, test } from '../fixtures/index.ts';
import { SolicitudDetallePage } from '../pages/SolicitudDetallePage.ts';
import { estadoLabel } from '../pages/components/StateBadge.ts';
import { createSolicitud, refusalStatus } from './support/data.ts';

test.describe('7. Cancel a test solicitud', { annotation: { type: 'checklist', description: 'cancel' } }, () => {
  test('the admin cancels with a motivo: CANCELADO badge, banner and motivo; a non-admin finds every action disabled', async ({
    page,
    apiAs,
    pageAs,
    run,
    created,
  }) => {
    const admin = await apiAs('admin');
    const { solicitud_id: id, codigo } = await createSolicitud(created, admin, run, 'C');
    const motivo = `${run.tag} motivo de prueba`;

    await page.goto(SolicitudDetallePage.path(id));
    const detalle = new SolicitudDetallePage(page);
    await expect(detalle.badge.root).toHaveText(estadoLabel('REGISTRADO'));
    await detalle.cancelar.cancel(motivo);

    await expect(detalle.badge.root).toHaveText(estadoLabel('CANCELADO'));
    await expect(detalle.cancelar.banner).toBeVisible();
    await expect(detalle.cancelar.motivoBox).toContainText(motivo);
    await expect(detalle.stepper.completedMarks).toHaveCount(0);

    await test.step('the API agrees', async () => {
      const detail = await admin.solicitudes.get(id);
      expect(detail.estado_operativo).toBe('CANCELADO');
      expect(detail.motivo_cancelacion).toBe(motivo);
      expect(detail.fecha_cancelacion).not.toBeNull();
      const row = detail.historial.find((h) => h.campo === 'estado_atencion');
      expect(row?.valor_nuevo).toBe('CANCELADO');
      expect(row?.comentario).toBe(motivo);
    });

    await test.step('a non-admin (operador) finds no enabled action, and the API refuses', async () => {
      const operadorPage = await pageAs('operador');
      await operadorPage.goto(SolicitudDetallePage.path(id));
      const view = new SolicitudDetallePage(operadorPage);
      await expect(view.badge.root).toHaveText(estadoLabel('CANCELADO'));
      // The block buttons stay rendered, disabled; `Cancelar solicitud` and `Editar datos` are not rendered at all.
      for (const button of [view.gestor.openButton, view.pago.openButton, view.medico.openButton, view.evaluacion.cerrarButton]) {
        await expect(button).toBeDisabled();
      }
      await expect(view.evaluacion.estadoCertificado).toBeDisabled();
      await expect(view.workflowActionButtons.and(operadorPage.locator(':enabled'))).toHaveCount(0);
      const operador = await apiAs('operador');
      expect(await refusalStatus(operador.solicitudes.cancelar(id, `${run.tag} again`)), 'operador cancelar').toBe(403);
    });

    test.info().annotations.push({ type: 'evidence', description: `${codigo} cancelled through the page; motivo shown; operador: all actions disabled, API 403` });
  });
});
