import { html } from 'lit';
import { defineElement } from '@pbgdpl/core';
import { ImportPanel } from './import-panel.ts';
import { href } from './router.ts';

/** Nhập văn bản: an NDJSON file, one DocumentInput per line. */
export class PbgdplAdminDocumentImport extends ImportPanel {
  protected readonly accept = '.ndjson,.jsonl,application/x-ndjson';

  protected get fileLabel(): string {
    return this.t('import.file');
  }

  protected get fileHint(): string {
    return this.t('import.fileHint');
  }

  protected async send(file: File, dryRun: boolean) {
    return this.ctx.api.send(
      'adminDocumentImport',
      { query: { dryRun: dryRun ? 'true' : 'false' } },
      { raw: { body: await file.text(), type: 'application/x-ndjson' }, timeout: 120_000 },
    );
  }

  protected renderIntro() {
    const { t } = this;
    return html`<h1 tabindex="-1">${t('import.title')}</h1>
      <p><a href=${href('documents')}>${t('form.backToList')}</a></p>
      <p>${t('import.intro')}</p>`;
  }
}

defineElement('pbgdpl-admin-document-import', PbgdplAdminDocumentImport);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-document-import': PbgdplAdminDocumentImport;
  }
}
