import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Source } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { formatDateTime } from '../labels.ts';
import './sources-i18n.ts';

/** Nguồn đồng bộ (admin): every source with its kind, schedule, state and last run. */
export class PbgdplAdminSources extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private sources: Source[] | undefined;
  @state() private error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#load());
  }

  async #load(): Promise<void> {
    try {
      this.sources = (await this.ctx.api.get('adminSourceList', {})).data.items;
      this.error = '';
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #schedule(source: Source) {
    const k = (key: string, values?: Record<string, unknown>) => this.t(`admin-sources:${key}`, values);
    const every =
      source.intervalMinutes === null ? k('onDemand') : k('everyMinutes', { count: source.intervalMinutes });
    return html`${every} · ${source.enabled ? k('on') : k('off')}
    ${source.failures > 0 && source.nextRunAt
      ? html`<br /><span class="muted"
            >${k('failures', {
              count: source.failures,
              at: formatDateTime(source.nextRunAt, this.language),
            })}</span
          >`
      : nothing}`;
  }

  protected override render() {
    const { t, language } = this;
    const k = (key: string, values?: Record<string, unknown>) => t(`admin-sources:${key}`, values);
    const sources = this.sources;
    return html`<h1 tabindex="-1">${k('title')}</h1>
      <p>${k('intro')}</p>
      ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing}
      <div class="toolbar"><a class="button primary" href="#/sources/new">${k('add')}</a></div>
      ${sources === undefined
        ? this.error
          ? nothing
          : html`<p role="status">${t('core:loading')}</p>`
        : sources.length === 0
          ? html`<p>${k('none')}</p>`
          : html`<table>
              <caption>
                ${k('caption', { count: sources.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${k('name')}</th>
                  <th scope="col">${k('kind')}</th>
                  <th scope="col">${k('feeds')}</th>
                  <th scope="col">${k('schedule')}</th>
                  <th scope="col">${k('lastRun')}</th>
                </tr>
              </thead>
              <tbody>
                ${sources.map(
                  (source) =>
                    html`<tr>
                      <th scope="row"><a href=${`#/sources/${source.id}`}>${source.name}</a></th>
                      <td>${k(`kinds.${source.kind}`)}</td>
                      <td>${k(`feedsValues.${source.feeds}`)}</td>
                      <td>${this.#schedule(source)}</td>
                      <td>${source.lastRunAt ? formatDateTime(source.lastRunAt, language) : k('never')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`}`;
  }
}

defineElement('pbgdpl-admin-sources', PbgdplAdminSources);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-sources': PbgdplAdminSources;
  }
}
