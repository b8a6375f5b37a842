import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Source, SourceConflict, SourceRun } from '@pbgdpl/contract';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { formatDateTime } from '../labels.ts';
import './sources-i18n.ts';

const RUNS_SHOWN = 10;

/**
 * A stored source's activity (admin): "Chạy thử" and "Chạy ngay" with what the run did, the
 * last runs with their counts and each item's reason, and the conflicts an administrator settles.
 */
export class PbgdplAdminSourceActivity extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @property({ attribute: false }) source!: Source;
  @state() private runs: SourceRun[] | undefined;
  @state() private conflicts: SourceConflict[] | undefined;
  @state() private running = false;
  @state() private result = '';
  @state() private error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#load());
  }

  async #load(): Promise<void> {
    const params = { id: this.source.id };
    try {
      const [runs, conflicts] = await Promise.all([
        this.ctx.api.get('adminSourceRuns', { params, query: { page: 1, pageSize: RUNS_SHOWN } }),
        this.ctx.api.get('adminSourceConflicts', { params }),
      ]);
      this.runs = runs.data.items;
      this.conflicts = conflicts.data.items;
      this.error = '';
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #k(key: string, values?: Record<string, unknown>): string {
    return this.t(`admin-sources:${key}`, values);
  }

  #summary(run: SourceRun): string {
    if (run.outcome === 'failed') return this.#k('run.failed', { error: run.error ?? '' });
    if (run.outcome === 'not-modified') return this.#k('run.notModified');
    return this.#k(run.dryRun ? 'run.dryDone' : 'run.done', run);
  }

  async #run(dryRun: boolean): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.result = '';
    try {
      const run = await this.ctx.api.send('adminSourceRun', {
        params: { id: this.source.id },
        query: { dryRun: dryRun ? '1' : '0' },
      });
      this.result = this.#summary(run);
      this.ctx.announce(this.result);
      await this.#load();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
    this.running = false;
  }

  async #settle(conflict: SourceConflict, keep: 'local' | 'upstream'): Promise<void> {
    const name = conflict.number ?? conflict.title ?? conflict.upstreamId;
    try {
      await this.ctx.api.send('adminSourceResolve', {
        params: { id: this.source.id },
        body: { upstreamId: conflict.upstreamId, keep },
      });
      this.ctx.announce(
        this.#k(keep === 'local' ? 'conflicts.keptLocal' : 'conflicts.tookUpstream', { name }),
      );
      await this.#load();
      this.renderRoot.querySelector<HTMLElement>('#conflicts')?.focus();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #runRow(run: SourceRun) {
    const k = (key: string, values?: Record<string, unknown>) => this.#k(key, values);
    const n = (value: number) => formatNumber(value, this.language);
    const outcome = k(`runs.outcomes.${run.outcome ?? 'running'}`);
    return html`<tr>
      <td>${formatDateTime(run.startedAt, this.language)}</td>
      <td>${run.actor ?? k('runs.schedule')}</td>
      <td>${outcome}${run.dryRun ? html` (${k('runs.dryRun')})` : nothing}</td>
      <td>
        ${[run.added, run.updated, run.unchanged, run.rejected, run.conflicts].map(n).join(' / ')}
        ${run.log.length > 0
          ? html`<details>
              <summary>${k('runs.details', { count: run.log.length })}</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">${k('runs.item')}</th>
                    <th scope="col">${k('runs.itemOutcome')}</th>
                    <th scope="col">${k('runs.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${run.log.map(
                    (line) =>
                      html`<tr>
                        <td>${line.upstreamId ?? k('runs.whole')}</td>
                        <td>${line.outcome ? k(`runs.itemOutcomes.${line.outcome}`) : outcome}</td>
                        <td>${line.message}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </details>`
          : nothing}
      </td>
    </tr>`;
  }

  #runsTable() {
    const runs = this.runs;
    if (runs === undefined)
      return this.error ? nothing : html`<p role="status">${this.t('core:loading')}</p>`;
    if (runs.length === 0) return html`<p>${this.#k('runs.none')}</p>`;
    return html`<table>
      <caption>
        ${this.#k('runs.caption', { count: runs.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.#k('runs.startedAt')}</th>
          <th scope="col">${this.#k('runs.who')}</th>
          <th scope="col">${this.#k('runs.outcome')}</th>
          <th scope="col">${this.#k('runs.counts')}</th>
        </tr>
      </thead>
      <tbody>
        ${runs.map((run) => this.#runRow(run))}
      </tbody>
    </table>`;
  }

  #conflictsTable() {
    const conflicts = this.conflicts;
    if (conflicts === undefined) return nothing;
    if (conflicts.length === 0) return html`<p>${this.#k('conflicts.none')}</p>`;
    return html`<p>${this.#k('conflicts.intro')}</p>
      <table>
        <caption>
          ${this.#k('conflicts.caption', { count: conflicts.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.#k('conflicts.item')}</th>
            <th scope="col">${this.#k('conflicts.since')}</th>
            <th scope="col"><span class="visually-hidden">${this.#k('runs.outcome')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${conflicts.map((conflict) => {
            const name = [conflict.number, conflict.title].filter(Boolean).join(' – ') || conflict.upstreamId;
            return html`<tr>
              <th scope="row">
                ${name}${conflict.documentId === null ? html` ${this.#k('conflicts.deleted')}` : nothing}
              </th>
              <td>${formatDateTime(conflict.since, this.language)}</td>
              <td>
                <button type="button" @click=${() => this.#settle(conflict, 'local')}>
                  ${this.#k('conflicts.keepLocal')}<span class="visually-hidden">: ${name}</span>
                </button>
                <button type="button" @click=${() => this.#settle(conflict, 'upstream')}>
                  ${this.#k('conflicts.takeUpstream')}<span class="visually-hidden">: ${name}</span>
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  protected override render() {
    const k = (key: string) => this.#k(key);
    return html`<section aria-labelledby="run-title">
        <h2 id="run-title">${k('run.title')}</h2>
        ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing}
        <div class="toolbar">
          <button type="button" ?disabled=${this.running} @click=${() => this.#run(true)}>
            ${k('run.dry')}
          </button>
          <button type="button" class="primary" ?disabled=${this.running} @click=${() => this.#run(false)}>
            ${k('run.now')}
          </button>
        </div>
        <p class="run-result" role="status">${this.running ? k('run.running') : this.result}</p>
      </section>
      <section aria-labelledby="conflicts">
        <h2 id="conflicts" tabindex="-1">${k('conflicts.title')}</h2>
        ${this.#conflictsTable()}
      </section>
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">${k('runs.title')}</h2>
        ${this.#runsTable()}
      </section>`;
  }
}

defineElement('pbgdpl-admin-source-activity', PbgdplAdminSourceActivity);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-source-activity': PbgdplAdminSourceActivity;
  }
}
