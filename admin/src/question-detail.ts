import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AdminQuestion, AuditEntry, LegalField } from '@pbgdpl/contract';
import { ApiError, defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import './confirm-dialog.ts';
import type { PbgdplAdminConfirm } from './confirm-dialog.ts';
import { isAdmin, mayUse, type SectionContext } from './context.ts';
import { failureMessage } from './entity-form.ts';
import type { FieldErrors } from './form-fields.ts';
import { ItemController } from './item-controller.ts';
import { LEGAL_FIELDS } from '@pbgdpl/contract/values';
import './question-messages.ts';
import './rich-text-editor.ts';
import { libraryImagePicker } from './library-image-picker.ts';
import { formatDateTime } from './labels.ts';
import { href } from './router.ts';

/** Which form a server message belongs to, so it shows beside the right fields. */
type Part = 'edit' | 'answer' | 'reject' | 'actions';

const DOCUMENT_IDS = /^\s*(\d+\s*(,\s*\d+\s*)*)?$/;

/**
 * One question for editors: the sender's contact details, the text to correct, the answer
 * (rich text, sanitized), publishing, "được quan tâm", rejection with a reason, the audit
 * trail; for admins also the consent export and deletion. It shows the question of the
 * address, loaded again when the address changes; every action acts on the question shown, at
 * the version shown.
 */
export class PbgdplAdminQuestion extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @property({ type: Number }) questionId = 0;
  @state() private audit: AuditEntry[] = [];
  @state() private busy: Part | undefined;
  @state() private errors: { part: Part; message: string; fields: FieldErrors } | undefined;
  @state() private edit: { title: string; body: string; field: LegalField } = {
    title: '',
    body: '',
    field: 'tu-phap',
  };
  @state() private answer = { html: '', answeredBy: '', answererTitle: '', documents: '' };
  @state() private reason = '';
  @query('pbgdpl-admin-confirm') private confirm!: PbgdplAdminConfirm;

  readonly #item = new ItemController<AdminQuestion>(this, (id) =>
    this.ctx.api.request('adminQuestionGet', { params: { id } }),
  );

  /** The question shown, once it is the one of the address. */
  get #question(): AdminQuestion | undefined {
    return this.#item.shown(this.questionId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionId') && this.ctx) void this.#load(this.questionId);
  }

  async #load(id: number): Promise<void> {
    this.errors = undefined;
    this.audit = [];
    await this.#item.show(id);
    const question = this.#item.shown(id);
    if (!question) return;
    this.#fill(question);
    await this.#loadAudit(id);
  }

  async #loadAudit(id: number): Promise<void> {
    const { items } = await this.ctx.api.send('adminQuestionAudit', { params: { id } });
    if (id === this.questionId) this.audit = items;
  }

  /** The forms start from the question as stored. */
  #fill(question: AdminQuestion): void {
    this.edit = { title: question.title, body: question.body, field: question.field };
    this.answer = {
      html: question.answer?.html ?? '',
      answeredBy: question.answer?.answeredBy ?? this.ctx.me.name,
      answererTitle: question.answer?.answererTitle ?? '',
      documents: question.relatedDocuments.map((doc) => doc.id).join(', '),
    };
  }

  /**
   * Runs one change of the question shown, with its version; on success shows the new state and
   * says so, on failure keeps what was typed (a change made meanwhile elsewhere: 412, reload).
   */
  async #run(
    part: Part,
    work: (id: number, headers: Record<string, string>) => Promise<{ data: AdminQuestion; etag?: string }>,
    done: string,
  ): Promise<void> {
    const id = this.questionId;
    if (!this.#item.shown(id)) return;
    this.busy = part;
    this.errors = undefined;
    let saved = false;
    try {
      const { data, etag } = await work(id, this.#item.ifMatch);
      if (id === this.questionId) {
        this.#item.replace(data, etag);
        this.#fill(data);
        saved = true;
        await this.#loadAudit(id).catch(() => undefined);
      }
    } catch (error) {
      const fields = error instanceof ApiError ? error.errors : {};
      this.errors = { part, message: failureMessage(this.t, error), fields };
    } finally {
      this.busy = undefined;
    }
    // Said once the controls are usable again; a refusal moves focus to its summary instead.
    await this.updateComplete;
    if (saved) this.ctx.announce(done);
    else this.renderRoot.querySelector<HTMLElement>(`#${part}-error`)?.focus();
  }

  #saveEdit(event: Event): void {
    event.preventDefault();
    void this.#run(
      'edit',
      (id, headers) =>
        this.ctx.api.request('adminQuestionEdit', { params: { id }, body: this.edit }, { headers }),
      this.t('qa:done.edited'),
    );
  }

  #saveAnswer(event: Event): void {
    event.preventDefault();
    const { t } = this;
    const fields: FieldErrors = {};
    if (!this.answer.html.replace(/<[^>]*>/g, '').trim()) fields.html = [t('qa:answerRequired')];
    if (!DOCUMENT_IDS.test(this.answer.documents)) fields.relatedDocumentIds = [t('qa:documentsInvalid')];
    if (!this.answer.answeredBy.trim()) fields.answeredBy = [t('form.required')];
    if (!this.answer.answererTitle.trim()) fields.answererTitle = [t('form.required')];
    if (Object.keys(fields).length) {
      this.errors = { part: 'answer', message: t('form.summaryTitle'), fields };
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#answer-error')?.focus(),
      );
      return;
    }
    const relatedDocumentIds = this.answer.documents
      .split(',')
      .filter((id) => id.trim())
      .map(Number);
    void this.#run(
      'answer',
      (id, headers) =>
        this.ctx.api.request(
          'adminQuestionAnswer',
          {
            params: { id },
            body: {
              html: this.answer.html,
              answeredBy: this.answer.answeredBy,
              answererTitle: this.answer.answererTitle,
              relatedDocumentIds,
            },
          },
          { headers },
        ),
      t(
        mayUse(this.ctx.me, 'editor') || this.#question?.unitPublishesAnswers
          ? 'qa:done.answered'
          : 'qa:done.sentForApproval',
      ),
    );
  }

  #reject(event: Event): void {
    event.preventDefault();
    void this.#run(
      'reject',
      (id, headers) =>
        this.ctx.api.request(
          'adminQuestionReject',
          { params: { id }, body: { reason: this.reason } },
          { headers },
        ),
      this.t('qa:done.rejected'),
    );
  }

  async #exportConsents(): Promise<void> {
    const id = this.questionId;
    if (!this.#item.shown(id)) return;
    this.errors = undefined;
    try {
      const records = await this.ctx.api.send('adminQuestionConsents', { params: { id } });
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(records, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `dong-y-${records.trackingCode}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.ctx.announce(this.t('qa:done.exported'));
      await this.#loadAudit(id);
    } catch (error) {
      this.errors = { part: 'actions', message: failureMessage(this.t, error), fields: {} };
    }
  }

  async #remove(): Promise<void> {
    const { t } = this;
    const id = this.questionId;
    const question = this.#item.shown(id);
    if (!question) return;
    const code = question.trackingCode;
    const ask = t('qa:removeQuestion', { code, title: question.title });
    if (!(await this.confirm.ask(t('qa:removeTitle'), ask, t('form.delete')))) return;
    try {
      await this.ctx.api.send('adminQuestionDelete', { params: { id } }, { headers: this.#item.ifMatch });
      this.ctx.announce(t('qa:done.removed', { code }));
      this.ctx.navigate(href('questions'));
    } catch (error) {
      this.errors = { part: 'actions', message: failureMessage(t, error), fields: {} };
    }
  }

  // ---- rendering ----

  /** The messages of one form: a focusable summary, then each field's beside it. */
  #summary(part: Part): TemplateResult | typeof nothing {
    if (this.errors?.part !== part) return nothing;
    return html`<p class="notice" id="${part}-error" role="alert" tabindex="-1">${this.errors.message}</p>`;
  }

  #fieldErrors(part: Part, ...paths: string[]): string[] {
    if (this.errors?.part !== part) return [];
    return Object.entries(this.errors.fields)
      .filter(([path]) => paths.some((wanted) => path === wanted || path.startsWith(`${wanted}.`)))
      .flatMap(([, messages]) => messages);
  }

  #input(part: Part, id: string, label: string, value: string, set: (value: string) => void, paths = [id]) {
    const errors = this.#fieldErrors(part, ...paths);
    return html`<div class="field">
      <label for="${part}-${id}">${label}</label>
      <input
        id="${part}-${id}"
        .value=${value}
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${errors.length ? `${part}-${id}-error` : nothing}
        @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
      />
      ${errors.length
        ? html`<p class="field-error" id="${part}-${id}-error">${errors.join(' ')}</p>`
        : nothing}
    </div>`;
  }

  #textarea(part: Part, id: string, label: string, value: string, set: (value: string) => void) {
    const errors = this.#fieldErrors(part, id);
    return html`<div class="field">
      <label for="${part}-${id}">${label}</label>
      <textarea
        id="${part}-${id}"
        rows="6"
        .value=${value}
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${errors.length ? `${part}-${id}-error` : nothing}
        @input=${(event: Event) => set((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${errors.length
        ? html`<p class="field-error" id="${part}-${id}-error">${errors.join(' ')}</p>`
        : nothing}
    </div>`;
  }

  protected override render() {
    const { t, language } = this;
    const question = this.#question;
    const state = this.#item.state;
    if (!question)
      return html`<h1 tabindex="-1">${t('qa:title')}</h1>
        ${state.status === 'failed'
          ? html`<p class="notice" role="alert">${failureMessage(t, state.error)}</p>
              <button type="button" @click=${() => void this.#item.show(this.questionId, true)}>
                ${t('core:retry')}
              </button>`
          : html`<p role="status">${t('core:loading')}</p>`}
        <p><a href=${href('questions')}>${t('form.backToList')}</a></p>`;
    const none = t('qa:none_value');
    const { sender } = question;
    const admin = isAdmin(this.ctx.me);
    // A unit's contributor drafts; an editor (or a unit allowed to) publishes.
    const editor = mayUse(this.ctx.me, 'editor');
    const publishes = editor || question.unitPublishesAnswers;
    const awaiting = question.status === 'answered' && !question.published;
    return html`
      <p><a href=${href('questions')}>${t('form.backToList')}</a></p>
      <h1 tabindex="-1">${question.title}</h1>
      <dl class="report">
        <dt>${t('qa:code')}</dt>
        <dd>${question.trackingCode}</dd>
        <dt>${t('qa:received')}</dt>
        <dd>${formatDateTime(question.receivedAt, language)}</dd>
        <dt>${t('qa:question')}</dt>
        <dd>
          <span class="status">${t(`qa:status.${question.status}`)}</span>${question.published
            ? html` · ${t('qa:published')}`
            : nothing}${awaiting ? html` · ${t('qa:awaitingApproval')}` : nothing}${question.featured
            ? html` · ${t('qa:featured')}`
            : nothing}
        </dd>
        <dt>${t('qa:unit')}</dt>
        <dd>${question.unit?.name ?? none}</dd>
      </dl>

      <h2>${t('qa:sender')}</h2>
      <dl class="report sender">
        <dt>${t('qa:name')}</dt>
        <dd>${sender.name}</dd>
        <dt>${t('qa:email')}</dt>
        <dd>${sender.email ? html`<a href="mailto:${sender.email}">${sender.email}</a>` : none}</dd>
        <dt>${t('qa:phone')}</dt>
        <dd>${sender.phone ? html`<a href="tel:${sender.phone}">${sender.phone}</a>` : none}</dd>
        <dt>${t('qa:address')}</dt>
        <dd>${sender.address ?? none}</dd>
        <dt>${t('qa:publishName')}</dt>
        <dd>${sender.publishName ? t('form.yes') : t('form.no')}</dd>
      </dl>

      ${editor
        ? html`<form class="edit" @submit=${(event: Event) => this.#saveEdit(event)}>
            <h2>${t('qa:editHeading')}</h2>
            ${this.#summary('edit')}
            ${this.#input(
              'edit',
              'title',
              t('qa:titleLabel'),
              this.edit.title,
              (title) => (this.edit = { ...this.edit, title }),
            )}
            ${this.#textarea(
              'edit',
              'body',
              t('qa:body'),
              this.edit.body,
              (body) => (this.edit = { ...this.edit, body }),
            )}
            <div class="field">
              <label for="edit-field">${t('qa:field')}</label>
              <select
                id="edit-field"
                @input=${(event: Event) =>
                  (this.edit = {
                    ...this.edit,
                    field: (event.target as HTMLSelectElement).value as LegalField,
                  })}
              >
                ${LEGAL_FIELDS.map(
                  (field) =>
                    html`<option value=${field} ?selected=${field === this.edit.field}>
                      ${t(`core:field.${field}`)}
                    </option>`,
                )}
              </select>
            </div>
            <div class="form-actions">
              <button type="submit" ?disabled=${this.busy === 'edit'}>${t('qa:saveEdit')}</button>
            </div>
          </form>`
        : nothing}
      ${question.published && !publishes
        ? html`<p class="hint">${t('qa:publishedLocked')}</p>`
        : html`<form class="answer" @submit=${(event: Event) => this.#saveAnswer(event)}>
            <h2>${t('qa:answerHeading')}</h2>
            ${this.#summary('answer')}
            <div class="field">
              <pbgdpl-rich-text
                id="answer-html"
                .label=${t('qa:answer')}
                .errors=${this.#fieldErrors('answer', 'html')}
                .value=${this.answer.html}
                .imagePicker=${libraryImagePicker(this.ctx)}
                @pbgdpl-rich-text-input=${(event: CustomEvent<{ value: string }>) =>
                  (this.answer = { ...this.answer, html: event.detail.value })}
              ></pbgdpl-rich-text>
            </div>
            ${this.#input(
              'answer',
              'answeredBy',
              t('qa:answeredBy'),
              this.answer.answeredBy,
              (answeredBy) => (this.answer = { ...this.answer, answeredBy }),
            )}
            ${this.#input(
              'answer',
              'answererTitle',
              t('qa:answererTitle'),
              this.answer.answererTitle,
              (answererTitle) => (this.answer = { ...this.answer, answererTitle }),
            )}
            ${this.#input(
              'answer',
              'documents',
              t('qa:documents'),
              this.answer.documents,
              (documents) => (this.answer = { ...this.answer, documents }),
              ['relatedDocumentIds'],
            )}
            ${question.relatedDocuments.length
              ? html`<ul class="muted">
                  ${question.relatedDocuments.map(
                    (doc) => html`<li>${doc.id}: ${doc.number} — ${doc.title}</li>`,
                  )}
                </ul>`
              : nothing}
            <div class="form-actions">
              <button type="submit" class="primary" ?disabled=${this.busy === 'answer'}>
                ${t(publishes ? 'qa:saveAnswer' : 'qa:sendForApproval')}
              </button>
            </div>
          </form>`}
      ${publishes
        ? html`<h2>${t('qa:actionsHeading')}</h2>
            ${this.#summary('actions')}
            <div class="toolbar">
              <button
                type="button"
                ?disabled=${!question.answer || this.busy === 'actions'}
                aria-describedby=${question.answer ? nothing : 'publish-hint'}
                @click=${() =>
                  void this.#run(
                    'actions',
                    (id, headers) =>
                      this.ctx.api.request(
                        'adminQuestionPublish',
                        { params: { id }, body: { published: !question.published } },
                        { headers },
                      ),
                    t(question.published ? 'qa:done.unpublished' : 'qa:done.published'),
                  )}
              >
                ${question.published ? t('qa:unpublish') : t('qa:publish')}
              </button>
              ${editor
                ? html`<button
                    type="button"
                    aria-pressed=${question.featured ? 'true' : 'false'}
                    ?disabled=${this.busy === 'actions'}
                    @click=${() =>
                      void this.#run(
                        'actions',
                        (id, headers) =>
                          this.ctx.api.request(
                            'adminQuestionFeature',
                            { params: { id }, body: { featured: !question.featured } },
                            { headers },
                          ),
                        t(question.featured ? 'qa:done.unfeatured' : 'qa:done.featured'),
                      )}
                  >
                    ${t('qa:featured')}
                  </button>`
                : nothing}
            </div>
            ${question.answer ? nothing : html`<p class="hint" id="publish-hint">${t('qa:publishHint')}</p>`}`
        : nothing}
      ${editor
        ? html`<form class="reject" @submit=${(event: Event) => this.#reject(event)}>
            <h2>${t('qa:rejectHeading')}</h2>
            ${question.rejectReason
              ? html`<p>${t('qa:rejectReason', { reason: question.rejectReason })}</p>`
              : nothing}
            ${this.#summary('reject')}
            ${this.#textarea(
              'reject',
              'reason',
              t('qa:reason'),
              this.reason,
              (reason) => (this.reason = reason),
            )}
            <div class="form-actions">
              <button type="submit" class="danger" ?disabled=${this.busy === 'reject'}>
                ${t('qa:reject')}
              </button>
            </div>
          </form>`
        : nothing}
      ${admin
        ? html`<h2>${t('qa:adminHeading')}</h2>
            <div class="toolbar">
              <button type="button" @click=${() => void this.#exportConsents()}>
                ${t('qa:exportConsents')}
              </button>
              <button type="button" class="danger" @click=${() => void this.#remove()}>
                ${t('qa:remove')}
              </button>
            </div>`
        : nothing}

      <h2>${t('qa:auditHeading')}</h2>
      <table class="audit">
        <thead>
          <tr>
            <th scope="col">${t('qa:auditAt')}</th>
            <th scope="col">${t('qa:auditActor')}</th>
            <th scope="col">${t('qa:auditAction')}</th>
            <th scope="col">${t('qa:auditDetail')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.audit.map(
            (entry) =>
              html`<tr>
                <td>${formatDateTime(entry.at, language)}</td>
                <td>${entry.actor}</td>
                <td>${t(`qa:action.${entry.action}`)}</td>
                <td>${entry.detail ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-question', PbgdplAdminQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-question': PbgdplAdminQuestion;
  }
}
