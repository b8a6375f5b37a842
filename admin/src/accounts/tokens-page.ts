import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Token, TokenCreated, TokenInput } from '@pbgdpl/contract';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import '../confirm-dialog.ts';
import type { PbgdplAdminConfirm } from '../confirm-dialog.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { errorSummary, FormModel, requireFields, textField } from '../form-fields.ts';
import './accounts-i18n.ts';
import { roleAndUnitFields } from './role-unit-fields.ts';
import './one-time-secret.ts';
import { submitForm } from './submit-form.ts';

type TokenData = Required<TokenInput>;
const emptyToken = (): TokenData => ({ name: '', role: 'editor', unitId: null });

/**
 * Mã truy cập (admin): the automation tokens (live and revoked), a new one (its value shown
 * once, to copy), and revoking one after asking.
 */
export class PbgdplAdminTokens extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private tokens: Token[] | undefined;
  @state() private error = '';
  @state() private creating = false;
  @state() private created: TokenCreated | undefined;
  @query('pbgdpl-admin-confirm') private confirm!: PbgdplAdminConfirm;
  readonly #form = new FormModel<TokenData>(this, emptyToken());

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update, when `ctx`, set before this chunk arrived, is ours.
    void this.updateComplete.then(() => this.#load());
  }

  async #load(): Promise<void> {
    try {
      this.tokens = (await this.ctx.api.get('adminTokenList', {})).data.items;
      this.error = '';
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  async #create(event: Event): Promise<void> {
    event.preventDefault();
    if (this.creating) return;
    const form = this.#form;
    this.creating = true;
    this.created = undefined;
    const errors = requireFields(form, ['name', 'role']);
    if (form.data.role === 'contributor' && !form.data.unitId)
      errors.unitId = [this.t('admin-accounts:users.unitHint')];
    let created: TokenCreated | undefined;
    await submitForm(this, form, errors, async () => {
      created = await this.ctx.api.send('adminTokenCreate', {
        body: { ...form.data, name: form.data.name.trim() },
      });
    });
    this.creating = false;
    if (!created) return;
    this.created = created;
    form.replace(emptyToken());
    this.ctx.announce(this.t('admin-accounts:tokens.created', { name: created.name }));
    await this.#load();
    await this.renderRoot.querySelector('pbgdpl-admin-one-time-secret')?.focus();
  }

  async #revoke(token: Token): Promise<void> {
    const k = (key: string) => this.t(`admin-accounts:tokens.${key}`, { name: token.name });
    if (!(await this.confirm.ask(k('revokeTitle'), k('revokeQuestion'), k('revoke')))) return;
    try {
      await this.ctx.api.send('adminTokenRevoke', { params: { id: token.id } });
      this.ctx.announce(k('revokedDone'));
      await this.#load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #unitName(id: string | null): string {
    if (!id) return this.t('admin-accounts:tokens.province');
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  protected override render() {
    const { t, language } = this;
    const k = (key: string, values?: Record<string, unknown>) => t(`admin-accounts:tokens.${key}`, values);
    const form = this.#form;
    const fields = html`${textField(form, { path: 'name', label: k('name'), required: true })}
    ${roleAndUnitFields(form, k, { site: this.ctx.site, t, language })}`;
    return html`<h1 tabindex="-1">${k('title')}</h1>
      <p>${k('intro')}</p>
      ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing}
      <section aria-labelledby="new-token">
        <h2 id="new-token">${k('new')}</h2>
        ${this.created
          ? html`<pbgdpl-admin-one-time-secret
              .label=${k('secretLabel')}
              .intro=${`${k('created', { name: this.created.name })} ${k('secretIntro')}`}
              .value=${this.created.token}
            ></pbgdpl-admin-one-time-secret>`
          : nothing}
        ${errorSummary(form, this)}
        <form novalidate @submit=${(event: Event) => this.#create(event)}>
          ${fields}
          <button type="submit" class="primary" ?disabled=${this.creating}>
            ${this.creating ? k('creating') : k('create')}
          </button>
        </form>
      </section>
      ${this.tokens === undefined
        ? this.error
          ? nothing
          : html`<p role="status">${t('core:loading')}</p>`
        : this.tokens.length === 0
          ? html`<p>${k('none')}</p>`
          : html`<table>
              <caption>
                ${k('caption', { count: this.tokens.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${k('name')}</th>
                  <th scope="col">${k('role')}</th>
                  <th scope="col">${k('unit')}</th>
                  <th scope="col">${k('createdAt')}</th>
                  <th scope="col">${k('lastUsed')}</th>
                  <th scope="col">${k('state')}</th>
                </tr>
              </thead>
              <tbody>
                ${this.tokens.map(
                  (token) =>
                    html`<tr>
                      <td>${token.name}</td>
                      <td>${t(`role.${token.role}`)}</td>
                      <td>${this.#unitName(token.unitId)}</td>
                      <td>${formatDate(token.createdAt, language)}</td>
                      <td>${token.lastUsedAt ? formatDate(token.lastUsedAt, language) : k('never')}</td>
                      <td>
                        ${token.revokedAt
                          ? k('revoked', { date: formatDate(token.revokedAt, language) })
                          : html`${k('live')}
                              <button type="button" class="danger" @click=${() => this.#revoke(token)}>
                                ${k('revoke')}<span class="visually-hidden"> ${token.name}</span>
                              </button>`}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>`;
  }
}

defineElement('pbgdpl-admin-tokens', PbgdplAdminTokens);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-tokens': PbgdplAdminTokens;
  }
}
