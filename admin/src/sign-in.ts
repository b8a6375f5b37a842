import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import { type FieldErrors, FormModel, requireFields, textField } from './form-fields.ts';

/** Why a sign-in failed: a message for the whole form, or messages beside fields. */
export type SignInRefusal = string | FieldErrors;

/**
 * Sign-in: e-mail and password (a session cookie), and, folded away for operators and scripts,
 * an access token. Each callback answers with why it was refused, or nothing when signed in.
 */
export class PbgdplAdminSignIn extends AdminElement {
  @property({ attribute: false }) signIn!: (
    email: string,
    password: string,
  ) => Promise<SignInRefusal | undefined>;
  @property({ attribute: false }) verify!: (token: string) => Promise<string | undefined>;
  /** Why the editor is here again (session expired, signed out). */
  @property() message = '';
  @state() private error = '';
  @state() private tokenError = '';
  @state() private busy = false;
  readonly #form = new FormModel(this, { email: '', password: '' });

  async #submitPassword(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = this.#form;
    this.error = '';
    form.errors = requireFields(form, ['email', 'password']);
    if (!form.hasErrors) {
      this.busy = true;
      const refusal = await this.signIn(form.data.email.trim(), form.data.password);
      this.busy = false;
      if (typeof refusal === 'string') this.error = refusal;
      else if (refusal) form.errors = refusal;
    }
    this.requestUpdate();
    await this.updateComplete;
    // Back to the first field to fix; after a refusal, to the password to type again.
    const first = Object.keys(form.errors)[0] ?? (this.error ? 'password' : undefined);
    if (first) this.renderRoot.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  async #submitToken(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token');
    if (!input || this.busy) return;
    const token = input.value.trim();
    this.tokenError = token ? '' : this.t('signIn.empty');
    if (token) {
      this.busy = true;
      this.tokenError = (await this.verify(token)) ?? '';
      this.busy = false;
    }
    if (this.tokenError) {
      await this.updateComplete;
      input.focus();
    }
  }

  protected override render() {
    const { t } = this;
    const form = this.#form;
    return html`<h1 tabindex="-1">${t('signIn.title')}</h1>
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : nothing}
      <div role="alert">
        ${this.error ? html`<p class="notice" id="sign-in-error">${this.error}</p>` : nothing}
      </div>
      <form novalidate @submit=${(event: Event) => this.#submitPassword(event)}>
        ${textField(form, {
          path: 'email',
          label: t('signIn.email'),
          type: 'email',
          required: true,
          autocomplete: 'username',
        })}
        ${textField(form, {
          path: 'password',
          label: t('signIn.password'),
          type: 'password',
          required: true,
          autocomplete: 'current-password',
        })}
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${this.busy ? t('signIn.checking') : t('signIn.submit')}
        </button>
      </form>
      <p class="muted">${t('signIn.forgot')}</p>
      <details ?open=${Boolean(this.tokenError)}>
        <summary>${t('signIn.useToken')}</summary>
        <form id="token-form" novalidate @submit=${(event: Event) => this.#submitToken(event)}>
          <div class="field">
            <label for="token">${t('signIn.token')}</label>
            <span class="hint" id="token-hint"
              >${t('signIn.hintBefore')} <code>pnpm cli tokens create --role editor --name "…"</code> ${t(
                'signIn.hintAfter',
              )}</span
            >
            ${this.tokenError
              ? html`<p class="field-error" id="token-error" role="alert">${this.tokenError}</p>`
              : nothing}
            <input
              id="token"
              name="token"
              type="password"
              autocomplete="off"
              spellcheck="false"
              aria-required="true"
              aria-invalid=${this.tokenError ? 'true' : 'false'}
              aria-describedby=${this.tokenError ? 'token-hint token-error' : 'token-hint'}
            />
          </div>
          <button type="submit" ?disabled=${this.busy}>${t('signIn.submitToken')}</button>
          <p class="muted">${t('signIn.storage')}</p>
        </form>
      </details>`;
  }
}

defineElement('pbgdpl-admin-sign-in', PbgdplAdminSignIn);
