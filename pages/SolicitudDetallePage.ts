import type { Locator, Page } from '@playwright/test';
import { ArchivosTable } from './components/ArchivosTable.ts';
import { AssignmentSection } from './components/AssignmentSection.ts';
import { AtencionSection } from './components/AtencionSection.ts';
import { CancelarSection } from './components/CancelarSection.ts';
import { EvaluacionSection } from './components/EvaluacionSection.ts';
import { HistorialTable } from './components/HistorialTable.ts';
import { PagoSection } from './components/PagoSection.ts';
import { StateBadge } from './components/StateBadge.ts';
import { WorkflowStepper } from './components/WorkflowStepper.ts';

/**
 * `/app/solicitudes/:id` (contract §6.8). Every block is always rendered; buttons are enabled from
 * `acciones_permitidas`, and the action "modals" are inline sections. The test navigates (`path(id)`), this object
 * only finds and acts.
 */
export class SolicitudDetallePage {
  readonly badge: StateBadge;
  readonly stepper: WorkflowStepper;
  readonly gestor: AssignmentSection;
  readonly medico: AssignmentSection;
  readonly pago: PagoSection;
  readonly atencion: AtencionSection;
  readonly evaluacion: EvaluacionSection;
  readonly cancelar: CancelarSection;
  readonly archivos: ArchivosTable;
  readonly historial: HistorialTable;

  constructor(readonly page: Page) {
    this.badge = new StateBadge(page);
    this.stepper = new WorkflowStepper(page);
    this.gestor = new AssignmentSection(page, 'gestor');
    this.medico = new AssignmentSection(page, 'medico');
    this.pago = new PagoSection(page);
    this.atencion = new AtencionSection(page);
    this.evaluacion = new EvaluacionSection(page);
    this.cancelar = new CancelarSection(page);
    this.archivos = new ArchivosTable(page);
    this.historial = new HistorialTable(page);
  }

  static path(solicitudId: number): string {
    return `/app/solicitudes/${solicitudId}`;
  }

  /** The `h2` holds the codigo (`CMEP-2026-0012`). */
  get codigo(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2 });
  }

  /** Page-level error box texts, e.g. `No autorizado para esta accion.` */
  errorText(text: string | RegExp): Locator {
    return this.page.getByRole('main').getByText(text);
  }

  get editarDatosButton(): Locator {
    return this.page.getByRole('button', { name: 'Editar datos', exact: true });
  }

  get eliminarButton(): Locator {
    return this.page.getByRole('button', { name: 'Eliminar solicitud', exact: true });
  }

  /**
   * Every workflow action button of the page, whatever its state. In a terminal state a non-admin must find none of
   * them enabled; some are then disabled, others not rendered (contract §6.8 "Button visibility").
   */
  get workflowActionButtons(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('button', {
        name: /^(Cancelar solicitud|Eliminar solicitud|Editar datos|Editar tipo\/lugar atencion|Asignar gestor|Cambiar gestor|Registrar pago|Asignar medico|Cambiar medico|Cerrar solicitud)$/,
      });
  }
}
