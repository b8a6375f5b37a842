import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { QUESTION_LIMITS } from '@pbgdpl/contract/question-rules';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';
import { renderConsents, renderHoneypot, requiredMark } from '@pbgdpl/core/consent-form';
import { FIELD_ORDER, type AskController, type FieldKey } from './ask-controller.ts';
import type { StoredDraft } from './draft-store.ts';

export interface FormContext {
  t: Translate;
  lang: Lang;
  ask: AskController;
  /** Field values in the reader's language, in the locale's order. */
  fields: Array<[string, string]>;
  onCopy: () => void;
  onLookup: () => void;
}

type TextName = 'name' | 'email' | 'phone' | 'address' | 'title';

/** `aria-describedby` of a control: its hint, its own message, and the shared contact message. */
function describedBy(ask: AskController, key: FieldKey, hint?: string): string | undefined {
  const ids = [hint, ask.errors[key] ? `${key}-error` : undefined];
  if ((key === 'email' || key === 'phone') && ask.errors.contact) ids.push('contact-error');
  return ids.filter(Boolean).join(' ') || undefined;
}

function invalid(ask: AskController, key: FieldKey): 'true' | 'false' {
  const contact = (key === 'email' || key === 'phone') && ask.errors.contact;
  return ask.errors[key] || contact ? 'true' : 'false';
}

const renderError = (ask: AskController, key: FieldKey) =>
  ask.errors[key] ? html`<p class="error" id="${key}-error">${ask.errors[key]}</p>` : nothing;

function label(t: Translate, key: string, required: boolean) {
  return html`${t(`ask.${key}`)}${required
    ? requiredMark(t('ask.required'))
    : html` <span class="optional">${t('ask.optional')}</span>`}`;
}

function textInput(
  context: FormContext,
  name: TextName,
  options: { type?: string; autocomplete: string; required: boolean; hint?: boolean },
) {
  const { t, ask } = context;
  const max = (QUESTION_LIMITS as Record<string, { max: number }>)[name]?.max;
  const hint = options.hint ? `${name}-hint` : undefined;
  return html`<div class="row">
    <label for=${name}>${label(t, name, options.required)}</label>
    ${hint ? html`<p class="hint" id=${hint}>${t(`ask.${name}Hint`)}</p>` : nothing}
    <input
      id=${name}
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      maxlength=${ifDefined(max)}
      aria-invalid=${invalid(ask, name)}
      aria-describedby=${ifDefined(describedBy(ask, name, hint))}
      .value=${live(ask.draft[name])}
      @input=${(event: Event) => ask.update(name, (event.target as HTMLInputElement).value)}
    />
    ${renderError(ask, name)}
  </div>`;
}

function renderAskConsents({ t, ask }: FormContext) {
  const form = ask.form;
  const text = (purpose: string) =>
    form.status === 'ready'
      ? (form.data.consents.find((consent) => consent.purpose === purpose)?.text ?? '')
      : '';
  return renderConsents({
    legend: t('ask.consents'),
    requiredTitle: t('ask.required'),
    status: form.status,
    loadingText: t('ask.formLoading'),
    errorText: t('ask.formError'),
    retryText: t('core:retry'),
    onRetry: () => void ask.ensureForm(true),
    boxes: [
      {
        id: 'consent',
        text: text('process-and-answer'),
        required: true,
        checked: ask.draft.consentProcessing,
        invalid: invalid(ask, 'consent') === 'true',
        describedBy: describedBy(ask, 'consent'),
        onChange: (checked) => ask.update('consentProcessing', checked),
      },
      renderError(ask, 'consent'),
      {
        id: 'publish-name',
        text: text('publish-name'),
        required: false,
        checked: ask.draft.publishName,
        onChange: (checked) => ask.update('publishName', checked),
      },
    ],
  });
}

function renderSummary({ t, ask }: FormContext) {
  const messages = [...FIELD_ORDER.map((field) => ask.errors[field]), ask.errors.form].filter(Boolean);
  return html`<div
    class="summary"
    id="summary"
    part="summary"
    role="alert"
    tabindex="-1"
    ?hidden=${messages.length === 0}
  >
    ${messages.length
      ? html`<p>
            ${ask.errors.form && messages.length === 1
              ? ask.errors.form
              : t('ask.summary', { count: messages.length })}
          </p>
          ${messages.length > 1 || !ask.errors.form
            ? html`<ul>
                ${messages.map((message) => html`<li>${message}</li>`)}
              </ul>`
            : nothing}`
      : nothing}
  </div>`;
}

function renderSuccess({ t, ask, onCopy, onLookup }: FormContext) {
  const code = ask.receipt?.trackingCode ?? '';
  return html`<section class="success" part="success" aria-labelledby="success-heading">
    <h2 id="success-heading" tabindex="-1">${t('success.heading')}</h2>
    <p>${t('success.intro')}</p>
    <p class="code-row">
      <span>${t('success.code')}:</span> <strong class="code" part="code">${code}</strong>
      <button type="button" class="secondary copy" @click=${onCopy}>${t('success.copy')}</button>
    </p>
    <p class="actions">
      <button type="button" class="primary" @click=${onLookup}>${t('success.lookup')}</button>
      <button type="button" class="secondary" @click=${() => ask.reset()}>${t('success.another')}</button>
    </p>
  </section>`;
}

/** The ask form: every label visible, messages beside their fields and summed up in an alert. */
export function renderAskForm(context: FormContext) {
  const { t, lang, ask, fields } = context;
  if (ask.phase === 'done') return renderSuccess(context);
  const busy = ask.phase === 'sending' || ask.phase === 'verifying';
  const draft: StoredDraft = ask.draft;
  const bodyLength = draft.body.trim().length;
  const submitLabel = busy
    ? t(`ask.${ask.phase}`)
    : ask.phase === 'failed'
      ? t('ask.retry')
      : t('ask.submit');
  return html`<form
    class="ask"
    part="form"
    novalidate
    aria-labelledby="ask-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      void ask.submit();
    }}
  >
    <h2 id="ask-heading">${t('ask.heading')}</h2>
    <p class="hint">${t('ask.intro')}</p>
    ${renderSummary(context)} ${textInput(context, 'name', { autocomplete: 'name', required: true })}
    ${textInput(context, 'email', { type: 'email', autocomplete: 'email', required: false })}
    ${textInput(context, 'phone', { type: 'tel', autocomplete: 'tel', required: false, hint: true })}
    ${renderError(ask, 'contact')}
    ${textInput(context, 'address', { autocomplete: 'street-address', required: false })}
    <div class="row">
      <label for="field">${label(t, 'field', true)}</label>
      <select
        id="field"
        aria-invalid=${invalid(ask, 'field')}
        aria-describedby=${ifDefined(describedBy(ask, 'field'))}
        @input=${(event: Event) => ask.update('field', (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!draft.field}>${t('ask.choose')}</option>
        ${fields.map(
          ([value, name]) => html`<option value=${value} ?selected=${draft.field === value}>${name}</option>`,
        )}
      </select>
      ${renderError(ask, 'field')}
    </div>
    ${textInput(context, 'title', { autocomplete: 'off', required: true })}
    <div class="row">
      <label for="body">${label(t, 'body', true)}</label>
      <textarea
        id="body"
        rows="8"
        maxlength=${QUESTION_LIMITS.body.max}
        aria-invalid=${invalid(ask, 'body')}
        aria-describedby=${describedBy(ask, 'body', 'body-count') ?? 'body-count'}
        .value=${live(draft.body)}
        @input=${(event: Event) => ask.update('body', (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint count" id="body-count">
        ${t('ask.count', {
          length: formatNumber(bodyLength, lang),
          max: formatNumber(QUESTION_LIMITS.body.max, lang),
        })}
      </p>
      ${renderError(ask, 'body')}
    </div>
    ${renderAskConsents(context)} ${renderHoneypot(t('ask.website'), (value) => (ask.honeypot = value))}
    <p class="actions">
      <button
        type="submit"
        class="primary submit"
        part="submit"
        ?disabled=${busy}
        aria-describedby="draft-note"
      >
        ${submitLabel}
      </button>
      <span class="busy" role="status">${busy ? t(`ask.${ask.phase}`) : ''}</span>
    </p>
    <p class="hint" id="draft-note">${t('ask.draftKept')}</p>
  </form>`;
}
