import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Me } from '@pbgdpl/contract';
import { type ApiClient, defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import { errorSummary, FormModel } from '../form-fields.ts';
import { checkNewPassword, newPasswordFields } from './password-fields.ts';
import './accounts-i18n.ts';
import { submitForm } from './submit-form.ts';

/** The shape of the token in a one-time link (the contract checks it again). */
const LINK_TOKEN = /^[\w-]{43}$/;

/**
 * `#/password/<token>`: the page an invitation or a reset link opens. The person chooses a
 * password (the server's strength rule; a refused one leaves the link usable) and is signed in.
 */
export class PbgdplAdminPasswordSet extends AdminElement {
  @property() token = '';
  @property({ attribute: false }) client!: ApiClient;
  /** Told who is signed in once the password is set. */
  @property({ attribute: false }) done!: (me: Me) => void;
  @state() private saving = false;
  readonly #form = new FormModel(this, { password: '', confirm: '' });

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const form = this.#form;
    this.saving = true;
    let me: Me | undefined;
    await submitForm(
      this,
      form,
      checkNewPassword(form, this.t, ['password', 'confirm'], 'password'),
      async () => {
        me = await this.client.send('passwordSet', {
          body: { token: this.token, password: form.data.password },
        });
      },
    );
    this.saving = false;
    if (me) this.done(me);
  }

  protected override render() {
    const { t } = this;
    const title = html`<h1 tabindex="-1">${t('admin-accounts:password.title')}</h1>`;
    if (!LINK_TOKEN.test(this.token))
      return html`${title}
        <p class="notice" role="alert">${t('admin-accounts:password.badLink')}</p>`;
    const fields = newPasswordFields(this.#form, t, 'password');
    return html`${title}
      <p>${t('admin-accounts:password.intro')}</p>
      ${errorSummary(this.#form, this)}
      <form novalidate @submit=${(event: Event) => this.#submit(event)}>
        ${fields}
        <button type="submit" class="primary" ?disabled=${this.saving}>
          ${this.saving ? t('admin-accounts:password.saving') : t('admin-accounts:password.submit')}
        </button>
      </form> `;
  }
}

defineElement('pbgdpl-admin-password-set', PbgdplAdminPasswordSet);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-password-set': PbgdplAdminPasswordSet;
  }
}
