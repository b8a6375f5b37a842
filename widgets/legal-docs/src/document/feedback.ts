import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { FeedbackReason, FeedbackReceipt, PublicFeedbackPage } from '@pbgdpl/contract';
import { FEEDBACK_LIMITS } from '@pbgdpl/contract/question-rules';
import { FEEDBACK_REASONS } from '@pbgdpl/contract/values';
import {
  apiClient,
  buttonStyles,
  formatDate,
  formatNumber,
  registerLocales,
  type ApiError,
} from '@pbgdpl/core';
import { renderHeading, type HeadingLevel } from '@pbgdpl/core/reader';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import { consentStyles } from '@pbgdpl/core/consent-form';
import {
  asApiError,
  contactProblems,
  emptyContactDraft,
  errorsAfterEdit,
  problemTarget,
  refusalMessages,
  renderBodyField,
  renderFieldError,
  renderLabel,
  renderSenderFields,
  renderSubmissionConsents,
  renderSubmitRow,
  renderSummary,
  SubmissionSender,
  submissionStyles,
  type ContactDraft,
  type SenderHost,
  type SubmissionFormContext,
} from '@pbgdpl/core/submission';
import vi from './locales/feedback.vi.json';

registerLocales('legal-doc', { vi, en: () => import('./locales/feedback.en.json') });

/** Added to the document's shadow root when this chunk arrives, so the document's own chunk stays small. */
export const feedbackStyles = [
  buttonStyles,
  consentStyles,
  submissionStyles,
  css`
    .feedback,
    .responses,
    .response {
      display: grid;
      gap: 0.75em;
    }
    .responses {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .response {
      padding-block-end: 0.75em;
      border-bottom: 0.0625em solid var(--_color-border);
    }
    .response p,
    .feedback p {
      margin: 0;
    }
    .response .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      color: var(--_color-muted);
    }
    .response .badge {
      padding: 0 0.5em;
      border-radius: var(--_radius);
      background: var(--_color-notice-bg);
      color: var(--_color-notice-text);
      font-weight: 600;
    }
    .feedback-body {
      white-space: pre-line;
    }
    .response .answer {
      display: grid;
      gap: 0.5em;
      padding: var(--_space);
      border-inline-start: 0.25em solid var(--_color-primary);
      background: var(--_color-surface-alt);
    }
  `,
];

const ORDER = [
  'reason',
  'provision',
  'name',
  'email',
  'phone',
  'contact',
  'organisation',
  'body',
  'consent',
] as const;
type Field = (typeof ORDER)[number];

const fieldOf = (path: string): Field | 'form' => {
  const head = path.split('.')[0] ?? '';
  if (head === 'consents') return 'consent';
  return (ORDER as readonly string[]).includes(head) ? (head as Field) : 'form';
};

interface FeedbackDraft extends ContactDraft {
  reason: string;
  provision: string;
}

const emptyDraft = (): FeedbackDraft => ({ ...emptyContactDraft(), reason: '', provision: '' });

export interface FeedbackHost extends SenderHost {
  focusFeedback(selector: string): void;
}

type Responses =
  | { status: 'loading' }
  | { status: 'ready'; data: PublicFeedbackPage }
  | { status: 'error'; error: ApiError };

/**
 * "Phản ánh, kiến nghị" on a document, in its own chunk (loaded once the document shows): the
 * issuing unit's published responses with their figures, and the form (a reason from the list,
 * the article or clause, the text, who sends, the consents) behind a button, sent through the
 * shared submission sender; the receipt's tracking code follows the response.
 */
export class DocumentFeedback {
  readonly sender: SubmissionSender<'documentFeedbackForm', 'documentFeedbackCreate'>;
  responses: Responses = { status: 'loading' };
  open = false;
  draft: FeedbackDraft = emptyDraft();
  errors: Partial<Record<Field | 'form', string>> = {};
  receipt: FeedbackReceipt | undefined;

  constructor(
    private readonly host: FeedbackHost,
    readonly documentId: number,
  ) {
    this.sender = new SubmissionSender(host, {
      form: 'documentFeedbackForm',
      send: 'documentFeedbackCreate',
      params: () => ({ id: this.documentId }),
    });
    void this.#loadResponses();
  }

  async #loadResponses(): Promise<void> {
    try {
      const { data } = await apiClient(this.host.config.api).get('documentFeedback', {
        params: { id: this.documentId },
        query: { pageSize: 20 },
      });
      this.responses = { status: 'ready', data };
    } catch (cause) {
      this.responses = { status: 'error', error: asApiError(cause) };
    }
    this.host.requestUpdate();
  }

  #show = (): void => {
    this.open = true;
    void this.sender.ensureForm();
    this.host.requestUpdate();
    this.host.focusFeedback('#feedback-form-heading');
  };

  update = <K extends keyof FeedbackDraft>(name: K, value: FeedbackDraft[K]): void => {
    this.draft = { ...this.draft, [name]: value };
    this.errors = errorsAfterEdit(this.errors, name);
    this.host.requestUpdate();
  };

  #focusProblem(): void {
    this.host.focusFeedback(problemTarget(ORDER, this.errors));
  }

  #check(): boolean {
    const { t } = this.host;
    const errors: Partial<Record<Field | 'form', string>> = contactProblems(
      t,
      this.draft,
      FEEDBACK_LIMITS.body,
    );
    if (!this.draft.reason) errors.reason = t('feedback.problem.reason');
    if (this.draft.provision.trim().length > FEEDBACK_LIMITS.provision.max)
      errors.provision = t('feedback.problem.provision', FEEDBACK_LIMITS.provision);
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.sender.busy) return;
    if (!this.#check()) {
      this.host.requestUpdate();
      this.#focusProblem();
      return;
    }
    try {
      const receipt = await this.sender.send((form, proofOfWork) => ({
        ...this.sender.envelope(this.draft, form, proofOfWork),
        reason: this.draft.reason as FeedbackReason,
        provision: this.draft.provision,
      }));
      if (!receipt) return;
      this.receipt = receipt;
      this.draft = emptyDraft();
      this.host.requestUpdate();
      this.host.focusFeedback('#feedback-receipt');
    } catch (cause) {
      this.errors = refusalMessages(this.host.t, asApiError(cause), fieldOf);
      this.host.requestUpdate();
      this.#focusProblem();
    }
  };

  render(level: HeadingLevel): TemplateResult {
    const { t } = this.host;
    return html`<section class="feedback" part="feedback" aria-labelledby="feedback-heading">
      ${renderHeading(level, 'feedback-heading', t('feedback.heading'))} ${this.#renderResponses()}
      ${this.receipt
        ? this.#renderReceipt(this.receipt)
        : this.open
          ? this.#renderForm()
          : html`<p>
              <button type="button" class="secondary feedback-open" @click=${this.#show}>
                ${t('feedback.open')}
              </button>
            </p>`}
    </section>`;
  }

  #renderResponses() {
    const { t, language: lang, config } = this.host;
    const state = this.responses;
    if (state.status === 'loading') return html`<p class="hint" role="status">${t('core:loading')}</p>`;
    if (state.status === 'error') return html`<p class="hint">${t('feedback.responsesError')}</p>`;
    const { figures, items } = state.data;
    return html`<p class="hint figures">
        ${t('feedback.figures', {
          received: formatNumber(figures.received, lang),
          answered: formatNumber(figures.answered, lang),
        })}
      </p>
      ${items.length
        ? html`<ul class="responses" part="responses">
            ${items.map(
              (item) =>
                html`<li class="response">
                  <p class="meta">
                    <span class="badge">${t(`feedback.reason.${item.reason}`)}</span>
                    ${item.provision ? html`<span>${item.provision}</span>` : nothing}
                    <span>${item.senderName ?? t('feedback.anonymous')}</span>
                    <time datetime=${item.receivedAt}>${formatDate(item.receivedAt, lang)}</time>
                  </p>
                  <p class="feedback-body">${item.body}</p>
                  <div class="answer">
                    <p><strong>${t('feedback.response')}</strong></p>
                    <div class="rich">
                      ${unsafeHTML(sanitizeHtml(item.response.html, { base: config.api }))}
                    </div>
                    <p class="hint">
                      ${item.response.answeredBy}, ${item.response.answererTitle} ·
                      <time datetime=${item.response.answeredAt}
                        >${formatDate(item.response.answeredAt, lang)}</time
                      >
                    </p>
                  </div>
                </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  #renderReceipt(receipt: FeedbackReceipt) {
    const { t } = this.host;
    return html`<div class="receipt" part="receipt" id="feedback-receipt" tabindex="-1" role="status">
      <p><strong>${t('feedback.received')}</strong></p>
      <p>${t('feedback.code')}: <span class="code">${receipt.trackingCode}</span></p>
      <p class="hint">${t('feedback.codeHint')}</p>
    </div>`;
  }

  #renderForm() {
    const { t, language: lang } = this.host;
    const sender = this.sender;
    const context: SubmissionFormContext = {
      t,
      lang,
      draft: this.draft,
      errors: this.errors,
      order: ORDER,
      phase: sender.phase,
      form: {
        status: sender.form.status,
        consentText: (purpose) => sender.consentText(purpose),
        retry: () => void sender.ensureForm(true),
      },
      update: this.update as SubmissionFormContext['update'],
      onHoneypot: (value) => (sender.honeypot = value),
    };
    const describe = (key: Field) => (this.errors[key] ? `${key}-error` : undefined);
    return html`<form
      class="submission feedback-form"
      part="feedback-form"
      novalidate
      aria-labelledby="feedback-form-heading"
      @submit=${this.#submit}
    >
      <p id="feedback-form-heading" class="form-heading" tabindex="-1">
        <strong>${t('feedback.formHeading')}</strong>
      </p>
      <p class="hint">${t('feedback.intro')}</p>
      ${renderSummary(context)}
      <div class="row">
        <label for="reason">${renderLabel(t, t('feedback.reasonLabel'), true)}</label>
        <select
          id="reason"
          aria-invalid=${this.errors.reason ? 'true' : 'false'}
          aria-describedby=${ifDefined(describe('reason'))}
          @input=${(event: Event) => this.update('reason', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.draft.reason}>${t('feedback.choose')}</option>
          ${FEEDBACK_REASONS.map(
            (reason) =>
              html`<option value=${reason} ?selected=${this.draft.reason === reason}>
                ${t(`feedback.reason.${reason}`)}
              </option>`,
          )}
        </select>
        ${renderFieldError(context, 'reason')}
      </div>
      <div class="row">
        <label for="provision">${renderLabel(t, t('feedback.provision'), false)}</label>
        <p class="hint" id="provision-hint">${t('feedback.provisionHint')}</p>
        <input
          id="provision"
          maxlength=${FEEDBACK_LIMITS.provision.max}
          aria-invalid=${this.errors.provision ? 'true' : 'false'}
          aria-describedby=${['provision-hint', describe('provision')].filter(Boolean).join(' ')}
          .value=${live(this.draft.provision)}
          @input=${(event: Event) => this.update('provision', (event.target as HTMLInputElement).value)}
        />
        ${renderFieldError(context, 'provision')}
      </div>
      ${renderBodyField(context, t('feedback.body'), FEEDBACK_LIMITS.body)} ${renderSenderFields(context)}
      ${renderSubmissionConsents(context)} ${renderSubmitRow(context, t('feedback.submit'))}
    </form>`;
  }
}
