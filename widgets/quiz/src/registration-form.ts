import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '@pbgdpl/core';
import { renderConsents, renderHoneypot, requiredMark } from '@pbgdpl/core/consent-form';
import {
  REGISTRATION_FIELDS,
  type RegistrationController,
  type RegistrationDraft,
  type RegistrationField,
} from './registration.ts';

type TextField = 'name' | 'phone' | 'email' | 'birthYear' | 'commune' | 'idNumber';

interface Field {
  name: TextField;
  autocomplete: string;
  type?: string;
  inputmode?: 'numeric';
  required?: boolean;
  max: number;
}

/** The fields the rules ask for, in order; a phone or an e-mail is required, either one. */
const FIELDS: Field[] = [
  { name: 'name', autocomplete: 'name', required: true, max: 100 },
  { name: 'phone', autocomplete: 'tel', type: 'tel', max: 20 },
  { name: 'email', autocomplete: 'email', type: 'email', max: 254 },
  { name: 'birthYear', autocomplete: 'bday-year', inputmode: 'numeric', required: true, max: 4 },
  { name: 'commune', autocomplete: 'address-level2', required: true, max: 200 },
  { name: 'idNumber', autocomplete: 'off', inputmode: 'numeric', max: 12 },
];

function messageIds(reg: RegistrationController, name: RegistrationField): string | undefined {
  const ids = [`${name}-hint`, reg.errors[name] ? `${name}-error` : undefined];
  if ((name === 'phone' || name === 'email') && reg.errors.contact) ids.push('contact-error');
  return ids.filter(Boolean).join(' ');
}

const message = (reg: RegistrationController, name: RegistrationField) =>
  reg.errors[name] ? html`<p class="error" id="${name}-error">${reg.errors[name]}</p>` : nothing;

function renderField(t: Translate, reg: RegistrationController, field: Field) {
  const { name } = field;
  const invalid = Boolean(reg.errors[name] || ((name === 'phone' || name === 'email') && reg.errors.contact));
  return html`<div class="row">
    <label for=${name}
      >${t(`register.${name}`)}${field.required
        ? requiredMark(t('register.required'))
        : html` <span class="optional">${t('register.optional')}</span>`}</label
    >
    <p class="hint" id="${name}-hint">${t(`register.hint.${name}`)}</p>
    <input
      id=${name}
      name=${name}
      type=${field.type ?? 'text'}
      inputmode=${ifDefined(field.inputmode)}
      autocomplete=${field.autocomplete}
      maxlength=${field.max}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(messageIds(reg, name))}
      .value=${live(reg.draft[name])}
      @input=${(event: Event) => reg.update(name, (event.target as HTMLInputElement).value)}
    />
    ${message(reg, name)}
  </div>`;
}

function renderSummary(t: Translate, reg: RegistrationController) {
  const messages = [...REGISTRATION_FIELDS.map((field) => reg.errors[field]), reg.errors.form].filter(
    Boolean,
  );
  return html`<div class="summary" id="summary" role="alert" tabindex="-1" ?hidden=${messages.length === 0}>
    ${messages.length
      ? html`<p>${reg.errors.form ?? t('register.summary', { count: messages.length })}</p>
          <ul>
            ${messages.filter((text) => text !== reg.errors.form).map((text) => html`<li>${text}</li>`)}
          </ul>`
      : nothing}
  </div>`;
}

function renderContestConsents(t: Translate, reg: RegistrationController) {
  const form = reg.form;
  const text = (purpose: string) =>
    form.status === 'ready' ? (form.data.consents.find((c) => c.purpose === purpose)?.text ?? '') : '';
  const box = (
    id: string,
    key: keyof RegistrationDraft & ('takePart' | 'publishResult' | 'prizeContact'),
  ) => ({
    id,
    text: text(id),
    required: key === 'takePart',
    checked: reg.draft[key] as boolean,
    invalid: key === 'takePart' && Boolean(reg.errors.takePart),
    describedBy: key === 'takePart' && reg.errors.takePart ? 'takePart-error' : undefined,
    onChange: (checked: boolean) => reg.update(key, checked),
  });
  return renderConsents({
    legend: t('register.consents'),
    requiredTitle: t('register.required'),
    status: form.status,
    loadingText: t('register.formLoading'),
    errorText: t('register.formError'),
    retryText: t('core:retry'),
    onRetry: () => void reg.load(),
    boxes: [
      box('take-part', 'takePart'),
      message(reg, 'takePart'),
      box('publish-result', 'publishResult'),
      box('prize-contact', 'prizeContact'),
    ],
  });
}

/** Registration: every label visible, messages beside their fields and summed up in an alert. */
export function renderRegistration(t: Translate, reg: RegistrationController) {
  return html`<form
    class="register"
    part="register"
    novalidate
    aria-labelledby="register-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      void reg.submit();
    }}
  >
    <h3 id="register-heading">${t('register.heading')}</h3>
    <p class="hint">${t('register.intro')}</p>
    ${renderSummary(t, reg)} ${FIELDS.slice(0, 3).map((field) => renderField(t, reg, field))}
    ${message(reg, 'contact')} ${FIELDS.slice(3).map((field) => renderField(t, reg, field))}
    ${renderContestConsents(t, reg)}
    ${renderHoneypot(t('register.website'), (value) => (reg.honeypot = value))}
    <p class="actions">
      <button type="submit" class="primary" part="submit" ?disabled=${reg.sending}>
        ${reg.sending ? t('register.sending') : t('register.submit')}
      </button>
      <span role="status">${reg.sending ? t('register.sending') : ''}</span>
    </p>
  </form>`;
}
