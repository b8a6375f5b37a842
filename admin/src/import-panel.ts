import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ImportReport } from '@pbgdpl/contract';
import { formatNumber } from '@pbgdpl/core';
import { ApiError } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import type { SectionContext } from './context.ts';
import { failureMessage } from './entity-form.ts';

/**
 * An import from a file: checked first ("Kiểm tra", a dry run) and then imported ("Nhập"), all
 * or nothing; the report lists every rejected line. A subclass says how to send the file, which
 * files to offer, and what stands above the file field.
 */
export abstract class ImportPanel extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private file: File | undefined;
  @state() private report: (ImportReport & { dryRun: boolean }) | undefined;
  @state() private error = '';
  @state() private running: 'dry' | 'real' | undefined;

  /** The file chooser's `accept`. */
  protected abstract readonly accept: string;
  protected abstract readonly fileLabel: string;
  protected abstract readonly fileHint: string;
  protected abstract send(file: File, dryRun: boolean): Promise<ImportReport>;
  /** The heading, links and explanation above the file field. */
  protected abstract renderIntro(): TemplateResult;
  /** Told after a real import that wrote rows (a list beside it reloads). */
  protected imported(): void {}

  async #run(dryRun: boolean): Promise<void> {
    const { t } = this;
    if (!this.file) {
      this.error = t('import.chooseFirst');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#file')?.focus();
      return;
    }
    this.error = '';
    this.report = undefined;
    this.running = dryRun ? 'dry' : 'real';
    try {
      const report = await this.send(this.file, dryRun);
      this.report = { ...report, dryRun };
      if (report.written) this.imported();
      this.ctx.announce(
        report.rejected.length
          ? t('import.announceRejected', { count: report.rejected.length })
          : dryRun
            ? t('import.announceChecked')
            : t('import.announceWritten'),
      );
    } catch (error) {
      const errors = error instanceof ApiError ? Object.entries(error.errors) : [];
      this.error = [
        failureMessage(t, error),
        ...errors.map(([key, messages]) => `${key}: ${messages.join(' ')}`),
      ].join(' — ');
    } finally {
      this.running = undefined;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#report-title, .notice')?.focus();
  }

  #renderReport(report: ImportReport & { dryRun: boolean }) {
    const { t, language } = this;
    return html`<section aria-labelledby="report-title">
      <h2 id="report-title" tabindex="-1">
        ${report.dryRun ? t('import.checkReport') : t('import.importReport')}
      </h2>
      <p class=${report.rejected.length ? 'notice' : 'ok'}>
        ${report.rejected.length
          ? t('import.rejectedSummary', { count: report.rejected.length })
          : report.written
            ? t('import.written')
            : t('import.allValid')}
      </p>
      <dl class="report">
        <dt>${t('import.rows')}</dt>
        <dd>${formatNumber(report.rows, language)}</dd>
        <dt>${t('import.created')}</dt>
        <dd>${formatNumber(report.created, language)}</dd>
        <dt>${t('import.updated')}</dt>
        <dd>${formatNumber(report.updated, language)}</dd>
        <dt>${t('import.writtenLabel')}</dt>
        <dd>${report.written ? t('form.yes') : t('form.no')}</dd>
      </dl>
      ${report.rejected.length
        ? html`<table>
            <caption>
              ${t('import.rejectedCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('import.line')}</th>
                <th scope="col">${t('import.messages')}</th>
              </tr>
            </thead>
            <tbody>
              ${report.rejected.map(
                (row) =>
                  html`<tr>
                    <td>${row.line}</td>
                    <td>
                      <ul>
                        ${Object.entries(row.errors).map(
                          ([field, messages]) =>
                            html`<li>${field ? `${field}: ` : ''}${messages.join(' ')}</li>`,
                        )}
                      </ul>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
    </section>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      ${this.renderIntro()}
      <div class="field">
        <label for="file">${this.fileLabel}</label>
        <span class="hint" id="file-hint">${this.fileHint}</span>
        <input
          id="file"
          type="file"
          accept=${this.accept}
          aria-describedby="file-hint"
          @change=${(event: Event) => {
            this.file = (event.target as HTMLInputElement).files?.[0];
            this.report = undefined;
          }}
        />
      </div>
      <div class="toolbar">
        <button type="button" ?disabled=${this.running !== undefined} @click=${() => this.#run(true)}>
          ${this.running === 'dry' ? t('import.checking') : t('import.check')}
        </button>
        <button
          type="button"
          class="primary"
          ?disabled=${this.running !== undefined}
          @click=${() => this.#run(false)}
        >
          ${this.running === 'real' ? t('import.importing') : t('import.import')}
        </button>
      </div>
      ${this.error ? html`<p class="notice" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      ${this.report ? this.#renderReport(this.report) : nothing}
    `;
  }
}
