import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';

/** The access-token form; `verify` answers with an error message, or nothing when signed in. */
export class PbgdplAdminSignIn extends AdminElement {
  @property({ attribute: false }) verify!: (token: string) => Promise<string | undefined>;
  /** Why the editor is here again (session expired). */
  @property() message = '';
  @state() private error = '';
  @state() private busy = false;

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token');
    if (!input) return;
    const token = input.value.trim();
    this.error = token ? '' : this.t('signIn.empty');
    if (token) {
      this.busy = true;
      this.error = (await this.verify(token)) ?? '';
      this.busy = false;
    }
    if (this.error) {
      await this.updateComplete;
      input.focus();
    }
  }

  protected override render() {
    const { t } = this;
    return html`<h1 tabindex="-1">${t('signIn.title')}</h1>
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : nothing}
      <form novalidate @submit=${(event: Event) => this.#submit(event)}>
        <div class="field">
          <label for="token">${t('signIn.token')}</label>
          <span class="hint" id="token-hint"
            >${t('signIn.hintBefore')} <code>pnpm cli tokens create --role editor --name "…"</code> ${t(
              'signIn.hintAfter',
            )}</span
          >
          ${this.error
            ? html`<p class="field-error" id="token-error" role="alert">${this.error}</p>`
            : nothing}
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="off"
            spellcheck="false"
            aria-required="true"
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'token-hint token-error' : 'token-hint'}
          />
        </div>
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${this.busy ? t('signIn.checking') : t('signIn.submit')}
        </button>
      </form>
      <p class="muted">${t('signIn.storage')}</p>`;
  }
}

defineElement('pbgdpl-admin-sign-in', PbgdplAdminSignIn);
