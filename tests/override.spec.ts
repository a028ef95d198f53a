// Checklist 8: the documented override (contract §1.5, §3.3): ADMIN only, in CERRADO or CANCELADO, `motivo` required;
// it writes an `override` historial row and then applies its action. The real app has no override UI, so this is
// checked through the API. (The real app's POLICY grants OVERRIDE to nobody: there this line fails, as it should.)
import type { CmepApi, Override, SolicitudDetail } from '../api/index.ts';
import { expect, test } from '../fixtures/index.ts';
import { closeByApi, createSolicitud, refusalStatus, staffEmpleado } from './support/data.ts';

/** The refusals come first, so the admin's own override still finds the solicitud untouched. */
async function expectRefusals(admin: CmepApi, nonAdmin: CmepApi, id: number, override: Override): Promise<void> {
  await test.step('without motivo it is refused (422)', async () => {
    const { motivo: _omitted, ...withoutMotivo } = override;
    expect.soft(await refusalStatus(admin.solicitudes.override(id, withoutMotivo))).toBe(422);
  });
  await test.step('a non-admin (gestor) is refused (403)', async () => {
    expect.soft(await refusalStatus(nonAdmin.solicitudes.override(id, override))).toBe(403);
  });
  const detail = await admin.solicitudes.get(id);
  expect.soft(detail.historial.filter((h) => h.campo === 'override'), 'a refused override writes no historial').toEqual([]);
}

function expectOverrideRow(detail: SolicitudDetail, motivo: string): void {
  const row = detail.historial.find((h) => h.campo === 'override');
  expect(row, 'an `override` historial row').toBeDefined();
  expect(row?.comentario).toBe(motivo);
  test.info().annotations.push({
    type: 'evidence',
    description: `${detail.codigo}: override row ${row?.valor_anterior ?? 'null'} → ${row?.valor_nuevo ?? 'null'}, by ${row?.usuario_nombre ?? '?'}`,
  });
}

test.describe('8. Override as admin', { annotation: { type: 'checklist', description: 'override' } }, () => {
  test('on a CERRADO solicitud: the admin edits data with a motivo; no motivo → 422; non-admin → 403', async ({
    apiAs,
    config,
    run,
    created,
  }) => {
    const admin = await apiAs('admin');
    const staff = { gestor: await staffEmpleado(admin, config, 'gestor'), medico: await staffEmpleado(admin, config, 'medico') };
    const { solicitud_id: id } = await createSolicitud(created, admin, run, 'OC');
    expect((await closeByApi(admin, id, staff, run)).estado_operativo, 'set-up: closed by API').toBe('CERRADO');

    const comentario = `${run.tag} comentario por override`;
    const override: Override = { motivo: `${run.tag} corregir comentario`, accion: 'EDITAR_DATOS', payload: { comentario } };
    await expectRefusals(admin, await apiAs('gestor'), id, override);

    const detail = await test.step('the admin overrides with a motivo', () => admin.solicitudes.override(id, override));
    expectOverrideRow(detail, override.motivo!);
    expect(detail.comentario, 'the override applied its action').toBe(comentario);
    expect(detail.estado_operativo).toBe('CERRADO');
  });

  test('on a CANCELADO solicitud: the admin changes the gestor with a motivo; no motivo → 422; non-admin → 403', async ({
    apiAs,
    config,
    run,
    created,
  }) => {
    const admin = await apiAs('admin');
    const gestor = await staffEmpleado(admin, config, 'gestor');
    const { solicitud_id: id } = await createSolicitud(created, admin, run, 'OX');
    const cancelled = await admin.solicitudes.cancelar(id, `${run.tag} cancelada para override`);
    expect(cancelled.estado_operativo, 'set-up: cancelled by API').toBe('CANCELADO');

    const override: Override = {
      motivo: `${run.tag} reasignar gestor`,
      accion: 'CAMBIAR_GESTOR',
      payload: { persona_id_gestor: gestor.persona_id },
    };
    await expectRefusals(admin, await apiAs('gestor'), id, override);

    const detail = await test.step('the admin overrides with a motivo', () => admin.solicitudes.override(id, override));
    expectOverrideRow(detail, override.motivo!);
    expect(detail.asignaciones_vigentes.GESTOR?.persona_id, 'the override applied its action').toBe(gestor.persona_id);
    expect(detail.estado_operativo).toBe('CANCELADO');
  });
});
