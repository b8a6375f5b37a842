import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Role, User } from '@pbgdpl/contract';
import { isOneOf, ROLES } from '@pbgdpl/contract/values';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { unitOptions } from '../labels.ts';
import { href } from '../router.ts';
import './accounts-i18n.ts';

const PAGE_SIZE = 20;
const STATES = ['true', 'false'] as const;

/** Người dùng (admin): every account, by name or e-mail, role, unit and whether it is active. */
export class PbgdplAdminUsers extends AdminList<User> {
  @state() private roleFilter: Role | '' = '';
  @state() private unitFilter = '';
  @state() private activeFilter: (typeof STATES)[number] | '' = '';

  protected async fetchPage() {
    const query = {
      q: this.q.trim() || undefined,
      role: this.roleFilter || undefined,
      unit: this.unitFilter || undefined,
      active: this.activeFilter || undefined,
      page: this.page,
      pageSize: PAGE_SIZE,
    };
    return (await this.ctx.api.get('adminUserList', { query })).data;
  }

  #filter(event: Event): void {
    event.preventDefault();
    const fields = (event.target as HTMLFormElement).elements;
    const value = (name: string) => (fields.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    this.q = value('q');
    const role = value('role');
    this.roleFilter = isOneOf(ROLES, role) ? role : '';
    this.unitFilter = value('unit');
    const active = value('active');
    this.activeFilter = isOneOf(STATES, active) ? active : '';
    this.page = 1;
    void this.load();
  }

  #unitName(id: string | null): string {
    if (!id) return this.t('admin-accounts:users.province');
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  #state(user: User): string {
    const k = (key: string) => this.t(`admin-accounts:users.${key}`);
    if (!user.active) return k('inactive');
    return user.passwordSet ? k('active') : k('invited');
  }

  protected override render() {
    const { t, language } = this;
    const k = (key: string, options?: Record<string, unknown>) => t(`admin-accounts:users.${key}`, options);
    const select = (
      id: string,
      label: string,
      current: string,
      any: string,
      choices: Array<[string, string]>,
    ) =>
      html`<div>
        <label for=${id}>${label}</label>
        <select id=${id} name=${id}>
          <option value="" ?selected=${current === ''}>${any}</option>
          ${choices.map(
            ([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`,
          )}
        </select>
      </div>`;
    return html`
      <h1 tabindex="-1">${k('title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('users', 'new')}>${k('new')}</a>
      </div>
      <form
        class="toolbar"
        role="search"
        aria-label=${k('filters')}
        @submit=${(event: Event) => this.#filter(event)}
      >
        <div>
          <label for="q">${k('search')}</label>
          <input id="q" name="q" type="search" .value=${this.q} />
        </div>
        ${select(
          'role',
          k('role'),
          this.roleFilter,
          k('anyRole'),
          ROLES.map((role) => [role, t(`role.${role}`)]),
        )}
        ${select(
          'unit',
          k('unit'),
          this.unitFilter,
          k('anyUnit'),
          unitOptions(this.ctx.site, t, language).map((option) => [option.value, option.label]),
        )}
        ${select('active', k('state'), this.activeFilter, k('anyState'), [
          ['true', k('active')],
          ['false', k('inactive')],
        ])}
        <button type="submit">${k('searchButton')}</button>
      </form>
      ${this.renderTable({
        empty: k('none'),
        caption: (total) => k('caption', { total }),
        headers: html`<th scope="col">${k('name')}</th>
          <th scope="col">${k('email')}</th>
          <th scope="col">${k('role')}</th>
          <th scope="col">${k('unit')}</th>
          <th scope="col">${k('state')}</th>
          <th scope="col">${k('lastSignIn')}</th>`,
        row: (user) =>
          html`<tr>
            <td><a href=${href('users', user.id)}>${user.name}</a></td>
            <td>${user.email}</td>
            <td>${t(`role.${user.role}`)}</td>
            <td>${this.#unitName(user.unitId)}</td>
            <td>${this.#state(user)}</td>
            <td>${user.lastSignInAt ? formatDate(user.lastSignInAt, language) : k('never')}</td>
          </tr>`,
      })}
    `;
  }
}

defineElement('pbgdpl-admin-users', PbgdplAdminUsers);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-users': PbgdplAdminUsers;
  }
}
