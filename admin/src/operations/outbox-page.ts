import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OutboxMessage, OutboxReport } from '@pbgdpl/contract';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { formatDateTime } from '../labels.ts';
import './operations-i18n.ts';

/**
 * Thư đi (admin): whether e-mail is on, the messages not sent yet with the server's last
 * refusal, and "send again" for the ones given up.
 */
export class PbgdplAdminOutbox extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private report: OutboxReport | undefined;
  @state() private error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#load());
  }

  async #load(): Promise<void> {
    try {
      this.report = (await this.ctx.api.get('adminMailList', {})).data;
      this.error = '';
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  async #retry(message: OutboxMessage): Promise<void> {
    try {
      await this.ctx.api.send('adminMailRetry', { params: { id: message.id } });
      this.ctx.announce(this.t('admin-ops:outbox.retried', { subject: message.subject }));
      await this.#load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #state(message: OutboxMessage) {
    const k = (key: string, values: Record<string, unknown>) => this.t(`admin-ops:outbox.${key}`, values);
    const at = (value: string) => formatDateTime(value, this.language);
    return html`${message.failedAt
      ? html`${k('failed', { at: at(message.failedAt) })}
          <button type="button" @click=${() => this.#retry(message)}>
            ${k('retry', {})}<span class="visually-hidden"> ${message.subject}</span>
          </button>`
      : message.nextAttemptAt
        ? k('nextAttempt', { at: at(message.nextAttemptAt) })
        : nothing}
    ${message.lastError
      ? html`<br /><span class="muted">${k('lastError', { error: message.lastError })}</span>`
      : nothing}`;
  }

  protected override render() {
    const { t, language } = this;
    const k = (key: string, values?: Record<string, unknown>) => t(`admin-ops:outbox.${key}`, values);
    const report = this.report;
    return html`<h1 tabindex="-1">${k('title')}</h1>
      <p>${k('intro')}</p>
      ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing}
      ${report && !report.enabled ? html`<p class="notice">${k('off')}</p>` : nothing}
      <div class="toolbar">
        <button type="button" @click=${() => this.#load()}>${k('refresh')}</button>
      </div>
      ${report === undefined
        ? this.error
          ? nothing
          : html`<p role="status">${t('core:loading')}</p>`
        : report.items.length === 0
          ? html`<p>${k('none')}</p>`
          : html`<table>
              <caption>
                ${k('caption', { count: report.items.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${k('subject')}</th>
                  <th scope="col">${k('recipient')}</th>
                  <th scope="col">${k('purpose')}</th>
                  <th scope="col">${k('createdAt')}</th>
                  <th scope="col">${k('attempts')}</th>
                  <th scope="col">${k('state')}</th>
                </tr>
              </thead>
              <tbody>
                ${report.items.map(
                  (message) =>
                    html`<tr>
                      <td>${message.subject}</td>
                      <td>${message.recipient}</td>
                      <td>${k(`purposes.${message.purpose}`)}</td>
                      <td>${formatDateTime(message.createdAt, language)}</td>
                      <td>${formatNumber(message.attempts, language)}</td>
                      <td>${this.#state(message)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`}`;
  }
}

defineElement('pbgdpl-admin-outbox', PbgdplAdminOutbox);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-outbox': PbgdplAdminOutbox;
  }
}
