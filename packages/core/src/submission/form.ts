import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { QUESTION_LIMITS } from '@pbgdpl/contract/question-rules';
import { formatNumber } from '../format.ts';
import type { Lang, Translate } from '../i18n.ts';
import { renderConsents, renderHoneypot, requiredMark } from '../consent-form.ts';
import type { ContactDraft } from './contact-draft.ts';
import type { SenderPhase } from './sender.ts';

/** What a form's parts read and write: the draft, the messages by field, the sender's state. */
export interface SubmissionFormContext {
  t: Translate;
  lang: Lang;
  draft: ContactDraft;
  errors: Partial<Record<string, string>>;
  /** The form's fields in order: the summary lists their messages so, focus goes to the first. */
  order: readonly string[];
  phase: SenderPhase;
  form: { status: 'loading' | 'ready' | 'error'; consentText(purpose: string): string; retry(): void };
  update<K extends keyof ContactDraft>(name: K, value: ContactDraft[K]): void;
  onHoneypot(value: string): void;
}

/** `aria-describedby` of a control: its hint, its own message, and the shared contact message. */
function describedBy(context: SubmissionFormContext, key: string, hint?: string): string | undefined {
  const ids = [hint, context.errors[key] ? `${key}-error` : undefined];
  if ((key === 'email' || key === 'phone') && context.errors.contact) ids.push('contact-error');
  return ids.filter(Boolean).join(' ') || undefined;
}

function invalid(context: SubmissionFormContext, key: string): 'true' | 'false' {
  const contact = (key === 'email' || key === 'phone') && context.errors.contact;
  return context.errors[key] || contact ? 'true' : 'false';
}

/** A field's message, under it, named by `aria-describedby`. */
export const renderFieldError = (context: SubmissionFormContext, key: string) =>
  context.errors[key] ? html`<p class="error" id="${key}-error">${context.errors[key]}</p>` : nothing;

/** A label's text with the required mark or "(optional)". */
export function renderLabel(t: Translate, text: string, required: boolean): TemplateResult {
  return html`${text}${required
    ? requiredMark(t('submission:required'))
    : html` <span class="optional">${t('submission:optional')}</span>`}`;
}

function textInput(
  context: SubmissionFormContext,
  name: 'name' | 'email' | 'phone' | 'organisation',
  options: { type?: string; autocomplete: string; required: boolean; max: number; hint?: boolean },
) {
  const { t } = context;
  const hint = options.hint ? `${name}-hint` : undefined;
  return html`<div class="row">
    <label for=${name}>${renderLabel(t, t(`submission:${name}`), options.required)}</label>
    ${hint ? html`<p class="hint" id=${hint}>${t(`submission:${name}Hint`)}</p>` : nothing}
    <input
      id=${name}
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      maxlength=${options.max}
      aria-invalid=${invalid(context, name)}
      aria-describedby=${ifDefined(describedBy(context, name, hint))}
      .value=${live(context.draft[name])}
      @input=${(event: Event) => context.update(name, (event.target as HTMLInputElement).value)}
    />
    ${renderFieldError(context, name)}
  </div>`;
}

/** Who sends: name, e-mail, phone (one of the two at least), organisation. */
export function renderSenderFields(context: SubmissionFormContext): TemplateResult {
  return html`${textInput(context, 'name', {
    autocomplete: 'name',
    required: true,
    max: QUESTION_LIMITS.name.max,
  })}
  ${textInput(context, 'email', {
    type: 'email',
    autocomplete: 'email',
    required: false,
    max: QUESTION_LIMITS.email.max,
  })}
  ${textInput(context, 'phone', { type: 'tel', autocomplete: 'tel', required: false, max: 20, hint: true })}
  ${renderFieldError(context, 'contact')}
  ${textInput(context, 'organisation', { autocomplete: 'organization', required: false, max: 200 })}`;
}

/** The message's text, with its length counted as the reader types. */
export function renderBodyField(
  context: SubmissionFormContext,
  label: string,
  limits: { max: number },
): TemplateResult {
  const { t, lang, draft } = context;
  return html`<div class="row">
    <label for="body">${renderLabel(t, label, true)}</label>
    <textarea
      id="body"
      rows="6"
      maxlength=${limits.max}
      aria-invalid=${invalid(context, 'body')}
      aria-describedby=${describedBy(context, 'body', 'body-count') ?? 'body-count'}
      .value=${live(draft.body)}
      @input=${(event: Event) => context.update('body', (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint count" id="body-count">
      ${t('submission:count', {
        length: formatNumber(draft.body.trim().length, lang),
        max: formatNumber(limits.max, lang),
      })}
    </p>
    ${renderFieldError(context, 'body')}
  </div>`;
}

/** The two consents every message asks: to process and answer (required), to publish the name. */
export function renderSubmissionConsents(context: SubmissionFormContext): TemplateResult {
  const { t, form, draft } = context;
  return html`${renderConsents({
    legend: t('submission:consents'),
    requiredTitle: t('submission:required'),
    status: form.status,
    loadingText: t('submission:formLoading'),
    errorText: t('submission:formError'),
    retryText: t('core:retry'),
    onRetry: form.retry,
    boxes: [
      {
        id: 'consent',
        text: form.consentText('process-and-answer'),
        required: true,
        checked: draft.consentProcessing,
        invalid: invalid(context, 'consent') === 'true',
        describedBy: describedBy(context, 'consent'),
        onChange: (checked) => context.update('consentProcessing', checked),
      },
      renderFieldError(context, 'consent'),
      {
        id: 'publish-name',
        text: form.consentText('publish-name'),
        required: false,
        checked: draft.publishName,
        onChange: (checked) => context.update('publishName', checked),
      },
    ],
  })}
  ${renderHoneypot(t('submission:website'), context.onHoneypot)}`;
}

/** Every message at the top of the form, in an alert that gets focus after a refused send. */
export function renderSummary(context: SubmissionFormContext): TemplateResult {
  const { t, errors } = context;
  const messages = [...context.order.map((field) => errors[field]), errors.form].filter(Boolean);
  const only = errors.form && messages.length === 1;
  return html`<div
    class="summary"
    id="summary"
    part="summary"
    role="alert"
    tabindex="-1"
    ?hidden=${!messages.length}
  >
    ${messages.length
      ? html`<p>${only ? errors.form : t('submission:summary', { count: messages.length })}</p>
          ${only
            ? nothing
            : html`<ul>
                ${messages.map((message) => html`<li>${message}</li>`)}
              </ul>`}`
      : nothing}
  </div>`;
}

/** The send button, saying what is under way, and a status line for screen readers. */
export function renderSubmitRow(context: SubmissionFormContext, submitLabel: string): TemplateResult {
  const { t, phase } = context;
  const busy = phase === 'sending' || phase === 'verifying';
  const label = busy ? t(`submission:${phase}`) : phase === 'failed' ? t('submission:retry') : submitLabel;
  return html`<p class="actions">
    <button type="submit" class="primary submit" part="submit" ?disabled=${busy}>${label}</button>
    <span class="busy" role="status">${busy ? t(`submission:${phase}`) : ''}</span>
  </p>`;
}

/** The form's rows, messages, summary and receipt, beside `consentStyles` and `buttonStyles`. */
export const submissionStyles = css`
  .submission,
  .submission .row,
  .receipt {
    display: grid;
    gap: 0.375em;
  }
  .submission {
    gap: 0.75em;
  }
  .submission label {
    font-weight: 600;
  }
  .submission input:not([type='checkbox']),
  .submission select,
  .submission textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  .submission textarea {
    resize: vertical;
  }
  .submission .hint,
  .submission .optional {
    color: var(--_color-muted);
    font-weight: normal;
  }
  .submission .error {
    margin: 0;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .submission .summary {
    padding: var(--_space);
    border: 0.125em solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .submission .summary ul {
    padding-inline-start: 1.5em;
    list-style: disc;
  }
  .submission .summary[hidden] {
    display: none;
  }
  .submission .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .receipt {
    padding: var(--_space);
    border: 0.125em solid #1e5c2f;
    border-radius: var(--_radius);
  }
  .receipt .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.25em;
    letter-spacing: 0.05em;
    user-select: all;
  }
`;
