import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { checkboxField, errorSummary, FormModel, textField } from '../form-fields.ts';
import { checkNewPassword, newPasswordFields } from './password-fields.ts';
import './accounts-i18n.ts';
import { submitForm } from './submit-form.ts';

/**
 * `#/account`: who I am (name, e-mail, role, unit), my password, and whether I get the e-mails
 * that are not essential. An access token sees only who it is: the rest belongs to people.
 */
export class PbgdplAdminAccount extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private busy: 'password' | 'preferences' | '' = '';
  @state() private done: 'password' | 'preferences' | '' = '';
  readonly #password = new FormModel(this, { current: '', next: '', confirm: '' });
  readonly #preferences = new FormModel(this, { notify: true });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.#preferences.replace({ notify: this.ctx.me.notify ?? true });
  }

  async #changePassword(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = this.#password;
    this.busy = 'password';
    this.done = '';
    // One summary at a time: each names its fields by the same ids.
    this.#preferences.errors = {};
    const errors = checkNewPassword(form, this.t, ['current', 'next', 'confirm'], 'next');
    const changed = await submitForm(this, form, errors, () =>
      this.ctx.api.send('mePassword', { body: { current: form.data.current, next: form.data.next } }),
    );
    this.busy = '';
    if (changed) {
      form.replace({ current: '', next: '', confirm: '' });
      this.done = 'password';
      this.ctx.announce(this.t('admin-accounts:account.passwordChanged'));
    }
  }

  async #savePreferences(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = this.#preferences;
    this.busy = 'preferences';
    this.done = '';
    this.#password.errors = {};
    const saved = await submitForm(this, form, {}, () =>
      this.ctx.api.send('mePreferences', { body: { notify: form.data.notify } }),
    );
    this.busy = '';
    if (saved) {
      this.done = 'preferences';
      this.ctx.announce(this.t('admin-accounts:account.preferencesSaved'));
    }
  }

  #unitName(id: string | null): string {
    if (!id) return this.t('admin-accounts:account.province');
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  protected override render() {
    const { t } = this;
    const { me } = this.ctx;
    const k = (key: string) => t(`admin-accounts:account.${key}`);
    return html`<h1 tabindex="-1">${k('title')}</h1>
      <section aria-labelledby="details">
        <h2 id="details">${k('details')}</h2>
        <dl class="report">
          <dt>${k('name')}</dt>
          <dd>${me.name}</dd>
          ${me.email
            ? html`<dt>${k('email')}</dt>
                <dd>${me.email}</dd>`
            : nothing}
          <dt>${k('role')}</dt>
          <dd>${t(`role.${me.role}`)}</dd>
          <dt>${k('unit')}</dt>
          <dd>${this.#unitName(me.unitId)}</dd>
        </dl>
      </section>
      ${me.kind === 'token'
        ? html`<p class="notice">${t('admin-accounts:account.token', { name: me.name })}</p>`
        : this.#renderForms()}`;
  }

  #renderForms() {
    const { t } = this;
    const k = (key: string) => t(`admin-accounts:account.${key}`);
    const password = this.#password;
    const preferences = this.#preferences;
    const passwordFields = html`${textField(password, {
      path: 'current',
      label: k('current'),
      type: 'password',
      required: true,
      autocomplete: 'current-password',
    })}
    ${newPasswordFields(password, t, 'next')}`;
    const preferenceFields = checkboxField(preferences, {
      path: 'notify',
      label: k('notify'),
      hint: k('notifyHint'),
    });
    return html`<section aria-labelledby="change-password">
        <h2 id="change-password">${k('changePassword')}</h2>
        <p class="muted">${k('otherSessions')}</p>
        ${errorSummary(password, this)}
        ${this.done === 'password' ? html`<p class="ok">${k('passwordChanged')}</p>` : nothing}
        <form novalidate @submit=${(event: Event) => this.#changePassword(event)}>
          ${passwordFields}
          <button type="submit" class="primary" ?disabled=${this.busy !== ''}>${k('changePassword')}</button>
        </form>
      </section>
      <section aria-labelledby="notifications">
        <h2 id="notifications">${k('notifications')}</h2>
        ${errorSummary(preferences, this)}
        ${this.done === 'preferences' ? html`<p class="ok">${k('preferencesSaved')}</p>` : nothing}
        <form novalidate @submit=${(event: Event) => this.#savePreferences(event)}>
          ${preferenceFields}
          <button type="submit" ?disabled=${this.busy !== ''}>${k('savePreferences')}</button>
        </form>
      </section>`;
  }
}

defineElement('pbgdpl-admin-account', PbgdplAdminAccount);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-account': PbgdplAdminAccount;
  }
}
