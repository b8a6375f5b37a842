import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminFeedback } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import { mayUse, type SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { ItemController } from '../item-controller.ts';
import { formatDateTime } from '../labels.ts';
import { libraryImagePicker } from '../library-image-picker.ts';
import '../rich-text-editor.ts';
import { href } from '../router.ts';

type Part = 'response' | 'reject';

/**
 * One feedback for the issuing unit: the document and clause concerned, the sender's contact
 * details, the response (published on the document or kept for the sender's tracking code),
 * or a rejection with the reason the sender reads. Every write carries the version shown.
 */
export class PbgdplAdminFeedback extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @property({ type: Number }) feedbackId = 0;
  @state() private response = { html: '', answeredBy: '', answererTitle: '', published: false };
  @state() private reason = '';
  @state() private busy: Part | undefined;
  @state() private failure: { part: Part; message: string } | undefined;

  readonly #item = new ItemController<AdminFeedback>(this, (id) =>
    this.ctx.api.request('adminFeedbackGet', { params: { id } }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feedbackId') && this.ctx) void this.#load(this.feedbackId);
  }

  async #load(id: number): Promise<void> {
    this.failure = undefined;
    await this.#item.show(id);
    const item = this.#item.shown(id);
    if (item) this.#fill(item);
  }

  #fill(item: AdminFeedback): void {
    this.response = {
      html: item.response?.html ?? '',
      answeredBy: item.response?.answeredBy ?? this.ctx.me.name,
      answererTitle: item.response?.answererTitle ?? '',
      published: item.responsePublished,
    };
    this.reason = item.rejectReason ?? '';
  }

  async #run(part: Part, event: Event): Promise<void> {
    event.preventDefault();
    const id = this.feedbackId;
    const item = this.#item.shown(id);
    if (!item || this.busy) return;
    const { t } = this;
    if (part === 'response' && !this.response.html.replace(/<[^>]*>/g, '').trim()) {
      this.failure = { part, message: t('admin-feedback:answerRequired') };
      return this.#focusFailure(part);
    }
    this.busy = part;
    this.failure = undefined;
    try {
      const headers = this.#item.ifMatch;
      const { data, etag } =
        part === 'response'
          ? await this.ctx.api.request(
              'adminFeedbackRespond',
              { params: { id }, body: this.response },
              { headers },
            )
          : await this.ctx.api.request(
              'adminFeedbackReject',
              { params: { id }, body: { reason: this.reason } },
              { headers },
            );
      this.#item.replace(data, etag);
      this.#fill(data);
      const done = part === 'reject' ? 'rejected' : data.responsePublished ? 'published' : 'answered';
      this.ctx.announce(t(`admin-feedback:done.${done}`, { code: data.trackingCode }));
    } catch (error) {
      this.failure = { part, message: failureMessage(t, error) };
      await this.#focusFailure(part);
    } finally {
      this.busy = undefined;
    }
  }

  async #focusFailure(part: Part): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${part}-error`)?.focus();
  }

  #failure(part: Part) {
    return this.failure?.part === part
      ? html`<p class="notice" id="${part}-error" role="alert" tabindex="-1">${this.failure.message}</p>`
      : nothing;
  }

  #input(id: 'answeredBy' | 'answererTitle', label: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        .value=${this.response[id]}
        @input=${(event: Event) =>
          (this.response = { ...this.response, [id]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  #responseForm() {
    const { t } = this;
    return html`<form @submit=${(event: Event) => void this.#run('response', event)}>
      <h2>${t('admin-feedback:responseHeading')}</h2>
      ${this.#failure('response')}
      <div class="field">
        <pbgdpl-rich-text
          id="response"
          .label=${t('admin-feedback:response')}
          .value=${this.response.html}
          .imagePicker=${libraryImagePicker(this.ctx)}
          @pbgdpl-rich-text-input=${(event: CustomEvent<{ value: string }>) =>
            (this.response = { ...this.response, html: event.detail.value })}
        ></pbgdpl-rich-text>
      </div>
      <div class="row">
        ${this.#input('answeredBy', t('admin-feedback:answeredBy'))}
        ${this.#input('answererTitle', t('admin-feedback:answererTitle'))}
      </div>
      <div class="field check">
        <input
          type="checkbox"
          id="published"
          aria-describedby="published-hint"
          .checked=${this.response.published}
          @change=${(event: Event) =>
            (this.response = { ...this.response, published: (event.target as HTMLInputElement).checked })}
        />
        <label for="published">${t('admin-feedback:published')}</label>
        <span class="hint" id="published-hint">
          ${t('admin-feedback:publishedHint')}
          ${mayUse(this.ctx.me, 'editor') ? nothing : t('admin-feedback:publishRight')}
        </span>
      </div>
      <div class="form-actions">
        <button type="submit" class="primary" ?disabled=${this.busy === 'response'}>
          ${t('admin-feedback:saveResponse')}
        </button>
      </div>
    </form>`;
  }

  #rejectForm() {
    const { t } = this;
    return html`<form @submit=${(event: Event) => void this.#run('reject', event)}>
      <h2>${t('admin-feedback:rejectHeading')}</h2>
      ${this.#failure('reject')}
      <div class="field">
        <label for="reason">${t('admin-feedback:rejectReason')}</label>
        <textarea
          id="reason"
          rows="3"
          .value=${this.reason}
          @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="form-actions">
        <button type="submit" class="danger" ?disabled=${this.busy === 'reject'}>
          ${t('admin-feedback:reject')}
        </button>
      </div>
    </form>`;
  }

  protected override render() {
    const { t, language } = this;
    const item = this.#item.shown(this.feedbackId);
    const back = html`<p><a href=${href('feedback')}>${t('form.backToList')}</a></p>`;
    const state = this.#item.state;
    if (!item)
      return html`<h1 tabindex="-1">${t('admin-feedback:title')}</h1>
        ${state.status === 'failed'
          ? html`<p class="notice" role="alert">${failureMessage(t, state.error)}</p>`
          : html`<p role="status">${t('core:loading')}</p>`}
        ${back}`;
    const none = t('admin-feedback:noValue');
    const { sender } = item;
    return html`${back}
      <h1 tabindex="-1">${t('admin-feedback:title')}: ${item.trackingCode}</h1>
      <dl class="report">
        <dt>${t('admin-feedback:status')}</dt>
        <dd>
          ${t(`admin-feedback:statuses.${item.status}`)}${item.responsePublished
            ? html` · ${t('admin-feedback:isPublished')}`
            : nothing}
        </dd>
        <dt>${t('admin-feedback:document')}</dt>
        <dd>${item.document.number}: ${item.document.title}</dd>
        <dt>${t('admin-feedback:reason')}</dt>
        <dd>${t(`admin-feedback:reasons.${item.reason}`)}</dd>
        <dt>${t('admin-feedback:provision')}</dt>
        <dd>${item.provision ?? none}</dd>
        <dt>${t('admin-feedback:received')}</dt>
        <dd>${formatDateTime(item.receivedAt, language)}</dd>
        <dt>${t('admin-feedback:body')}</dt>
        <dd class="pre">${item.body}</dd>
      </dl>
      ${item.rejectReason
        ? html`<p>${t('admin-feedback:rejected', { reason: item.rejectReason })}</p>`
        : nothing}
      <h2>${t('admin-feedback:sender')}</h2>
      <dl class="report">
        <dt>${t('admin-feedback:name')}</dt>
        <dd>${sender.name}</dd>
        <dt>${t('admin-feedback:email')}</dt>
        <dd>${sender.email ? html`<a href="mailto:${sender.email}">${sender.email}</a>` : none}</dd>
        <dt>${t('admin-feedback:phone')}</dt>
        <dd>${sender.phone ? html`<a href="tel:${sender.phone}">${sender.phone}</a>` : none}</dd>
        <dt>${t('admin-feedback:organisation')}</dt>
        <dd>${sender.organisation ?? none}</dd>
        <dt>${t('admin-feedback:publishName')}</dt>
        <dd>${sender.publishName ? t('form.yes') : t('form.no')}</dd>
      </dl>
      ${this.#responseForm()} ${this.#rejectForm()}`;
  }
}

defineElement('pbgdpl-admin-feedback', PbgdplAdminFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-feedback': PbgdplAdminFeedback;
  }
}
