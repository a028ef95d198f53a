// Checklist 3: create a new solicitud through /app/solicitudes/nueva, as the admin.
import { expect, test } from '../fixtures/index.ts';
import { SolicitudDetallePage } from '../pages/SolicitudDetallePage.ts';
import { SolicitudNuevaPage } from '../pages/SolicitudNuevaPage.ts';
import { estadoLabel } from '../pages/components/StateBadge.ts';
import { registerSolicitud, taggedCliente } from './support/data.ts';

test.describe('3. Create a new solicitud', { annotation: { type: 'checklist', description: 'solicitud' } }, () => {
  test('the new-solicitud page registers a tagged cliente and opens its detail, REGISTRADO', async ({
    page,
    apiAs,
    run,
    created,
  }) => {
    const admin = await apiAs('admin');
    const cliente = taggedCliente(run, 'S');
    const nueva = new SolicitudNuevaPage(page);

    await page.goto(SolicitudNuevaPage.path);
    await expect(nueva.heading).toBeVisible();
    await nueva.register(
      { tipoDocumento: 'PASAPORTE', numeroDocumento: cliente.numero_documento, nombres: cliente.nombres, apellidos: cliente.apellidos },
      `${run.tag} solicitud`,
    );

    await expect(page, 'the page opens the new solicitud').toHaveURL(/\/app\/solicitudes\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const api = await admin.solicitudes.get(id);
    registerSolicitud(created, admin, cliente, api);

    const detalle = new SolicitudDetallePage(page);
    const year = new Date().getUTCFullYear();
    await expect(detalle.codigo).toHaveText(new RegExp(`^CMEP-${year}-\\d{4,}$`));
    await expect(detalle.badge.root).toHaveText(estadoLabel('REGISTRADO'));

    await test.step('the API agrees', async () => {
      await expect(detalle.codigo).toHaveText(api.codigo);
      expect(api.estado_operativo).toBe('REGISTRADO');
      expect(api.cliente.numero_documento).toBe(cliente.numero_documento);
      expect(api.cliente.nombre).toBe(`${cliente.nombres} ${cliente.apellidos}`);
      expect(api.comentario).toBe(`${run.tag} solicitud`);
      expect(api.historial.map((h) => [h.campo, h.valor_nuevo])).toContainEqual(['solicitud_creada', 'REGISTRADO']);
    });
    test.info().annotations.push({
      type: 'evidence',
      description: `created ${api.codigo} (id ${id}) through the page; badge ${estadoLabel('REGISTRADO')}; API estado_operativo ${api.estado_operativo}`,
    });
  });
});
