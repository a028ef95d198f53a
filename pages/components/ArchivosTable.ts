import { test, type Download, type Locator, type Page } from '@playwright/test';
import { innermostDiv, selectWithOption } from './scope.ts';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type TipoArchivoLabel = 'Documento' | 'Evidencia de pago' | 'Otros';

/** The Archivos block: an unlabelled file input, a type select, `Subir archivo`, and the files table. */
export class ArchivosTable {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 3, name: 'Archivos', exact: true });
  }

  /** The page's only file input; it has no label (contract §6.8 item 10). */
  get fileInput(): Locator {
    return this.page.locator('input[type=file]');
  }

  get root(): Locator {
    return innermostDiv(this.page, this.heading, this.fileInput);
  }

  get tipo(): Locator {
    return selectWithOption(this.root, this.page, 'Evidencia de pago');
  }

  get uploadButton(): Locator {
    return this.root.getByRole('button', { name: 'Subir archivo', exact: true });
  }

  get table(): Locator {
    return this.root.getByRole('table');
  }

  get empty(): Locator {
    return this.root.getByText('Sin archivos adjuntos.');
  }

  row(fileName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: fileName, exact: true }) });
  }

  async upload(file: FilePayload, tipo: TipoArchivoLabel = 'Documento'): Promise<void> {
    await test.step(`upload ${file.name} (${file.buffer.length} bytes)`, async () => {
      await this.fileInput.setInputFiles(file);
      await this.tipo.selectOption({ label: tipo });
      await this.uploadButton.click();
    });
  }

  /**
   * Clicks `Descargar` and returns the download. A failed download starts none (the real app navigates the tab to
   * the API's error instead, §9.4), so the wait is bounded rather than left to the test's timeout.
   */
  async download(fileName: string, timeout = 10_000): Promise<Download> {
    return test.step(`download ${fileName}`, async () => {
      const downloaded = this.page.waitForEvent('download', { timeout });
      await this.row(fileName).getByRole('button', { name: 'Descargar', exact: true }).click();
      return downloaded;
    });
  }

  /** `Eliminar` asks `Eliminar este archivo?` through window.confirm; accept that one dialog on purpose. */
  async delete(fileName: string): Promise<void> {
    await test.step(`delete ${fileName}`, async () => {
      this.page.once('dialog', (dialog) => {
        // A page from the pageAs fixture accepts every dialog itself; a second accept would only throw.
        dialog.accept().catch(() => undefined);
      });
      await this.row(fileName).getByRole('button', { name: 'Eliminar', exact: true }).click();
    });
  }
}
