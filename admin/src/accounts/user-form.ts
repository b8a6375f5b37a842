import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { LinkSent, User, UserInput, UserInvited } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import { EntityForm, failureMessage } from '../entity-form.ts';
import { checkboxField, type FieldErrors, requireFields, textField } from '../form-fields.ts';
import { formatDateTime } from '../labels.ts';
import { href } from '../router.ts';
import './accounts-i18n.ts';
import { roleAndUnitFields } from './role-unit-fields.ts';
import './one-time-secret.ts';

type UserData = Required<UserInput>;

/**
 * Mời / sửa người dùng (admin): name, e-mail, role, unit, active. A new account gets an
 * invitation; an existing one a new password link on demand. A link no e-mail carried is shown
 * once, to copy and pass on.
 */
export class PbgdplAdminUserForm extends EntityForm<UserData, User> {
  protected readonly kind = 'users';
  protected readonly routes = {
    get: 'adminUserGet',
    create: 'adminUserCreate',
    update: 'adminUserUpdate',
  } as const;
  /** The last link made here, and for whom. */
  @state() private link: (LinkSent & { userId: number }) | undefined;
  @state() private linkError = '';
  @state() private sending = false;

  protected empty(): UserData {
    return { email: '', name: '', role: 'contributor', unitId: null, active: true };
  }

  protected toData(user: User): UserData {
    return { email: user.email, name: user.name, role: user.role, unitId: user.unitId, active: user.active };
  }

  protected toInput(data: UserData): UserInput {
    return { ...data, email: data.email.trim(), name: data.name.trim() };
  }

  protected override afterSave(saved: User): void {
    const { invitation } = saved as Partial<UserInvited>;
    if (!invitation) return;
    this.link = { ...invitation, userId: saved.id };
    // The link is what the administrator came for: focus it, selected, ready to copy.
    if (invitation.url) void this.#focusLink();
  }

  async #focusLink(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('pbgdpl-admin-one-time-secret')?.focus();
  }

  protected hrefFor(id: number): string {
    return href('users', id);
  }

  protected listHref(): string {
    return href('users');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-accounts:users.new' : 'admin-accounts:users.edit');
  }

  protected validate(): FieldErrors {
    const errors = requireFields(this.form, ['name', 'email', 'role']);
    if (this.form.data.role === 'contributor' && !this.form.data.unitId)
      errors.unitId = [this.t('admin-accounts:users.unitHint')];
    return errors;
  }

  async #sendLink(user: User): Promise<void> {
    this.sending = true;
    this.linkError = '';
    try {
      const link = await this.ctx.api.send('adminUserReset', { params: { id: user.id } });
      this.link = { ...link, userId: user.id };
      this.ctx.announce(this.#linkText(link));
      if (link.url) await this.#focusLink();
    } catch (error) {
      this.linkError = failureMessage(this.t, error);
    } finally {
      this.sending = false;
    }
  }

  #linkText(link: LinkSent): string {
    const at = formatDateTime(link.expiresAt, this.language);
    return this.t(link.sent ? 'admin-accounts:users.linkSent' : 'admin-accounts:users.linkToCopy', { at });
  }

  protected renderFields() {
    const { form, t, language } = this;
    const k = (key: string) => t(`admin-accounts:users.${key}`);
    return html`
      ${textField(form, { path: 'name', label: k('name'), required: true, autocomplete: 'off' })}
      ${textField(form, { path: 'email', label: k('email'), type: 'email', required: true })}
      ${roleAndUnitFields(form, k, { site: this.ctx.site, t, language, unitHint: k('unitHint') })}
      ${this.entityId === undefined
        ? nothing
        : checkboxField(form, { path: 'active', label: k('activeField'), hint: k('activeHint') })}
    `;
  }

  protected override render() {
    const user = this.shown;
    const link = this.link && user && this.link.userId === user.id ? this.link : undefined;
    const k = (key: string) => this.t(`admin-accounts:users.${key}`);
    return html`${super.render()}
    ${user
      ? html`<section class="actions" aria-label=${k(user.passwordSet ? 'sendLink' : 'sendInvite')}>
          ${link
            ? link.url
              ? html`<pbgdpl-admin-one-time-secret
                  .label=${k('linkLabel')}
                  .intro=${this.#linkText(link)}
                  .value=${link.url}
                ></pbgdpl-admin-one-time-secret>`
              : html`<p class="ok">${this.#linkText(link)}</p>`
            : nothing}
          ${this.linkError ? html`<p class="notice" role="alert">${this.linkError}</p>` : nothing}
          <button type="button" ?disabled=${this.sending} @click=${() => this.#sendLink(user)}>
            ${k(user.passwordSet ? 'sendLink' : 'sendInvite')}
          </button>
        </section>`
      : nothing}`;
  }
}

defineElement('pbgdpl-admin-user-form', PbgdplAdminUserForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-user-form': PbgdplAdminUserForm;
  }
}
