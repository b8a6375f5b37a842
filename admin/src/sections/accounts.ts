import { html, type TemplateResult } from 'lit';
import type { Me } from '@pbgdpl/contract';
import type { ApiClient } from '@pbgdpl/core';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/**
 * Accounts: one's own (`#/account`), the people (`#/users`, `#/users/new`, `#/users/<id>`) and
 * the access tokens (`#/tokens`) for the administrator, and the page a one-time link opens
 * (`#/password/<token>`). Their elements are a chunk of their own, loaded when first shown:
 * most visits never need them.
 */
const loadPages = lazyChunk(() => import('../accounts/accounts-pages.ts'));

/** The fragment of the page where a one-time link lets its person choose a password. */
export const PASSWORD_ROUTE = 'password';

export function passwordPage(token: string, api: ApiClient, done: (me: Me) => void): TemplateResult {
  loadPages();
  return html`<pbgdpl-admin-password-set
    .token=${token}
    .client=${api}
    .done=${done}
  ></pbgdpl-admin-password-set>`;
}

export const accountSection: AdminSection = {
  id: 'account',
  label: (t) => t('nav.account'),
  route: 'me',
  render(_path, ctx) {
    loadPages(ctx);
    return html`<pbgdpl-admin-account .ctx=${ctx}></pbgdpl-admin-account>`;
  },
};

export const usersSection: AdminSection = {
  id: 'users',
  label: (t) => t('nav.users'),
  route: 'adminUserList',
  render([first], ctx) {
    loadPages(ctx);
    const id = Number(first);
    // One template for new and existing accounts: a saved invitation keeps its form and its link.
    if (first === 'new' || (first && Number.isInteger(id) && id > 0))
      return html`<pbgdpl-admin-user-form
        .ctx=${ctx}
        .entityId=${first === 'new' ? undefined : id}
      ></pbgdpl-admin-user-form>`;
    return html`<pbgdpl-admin-users .ctx=${ctx}></pbgdpl-admin-users>`;
  },
};

export const tokensSection: AdminSection = {
  id: 'tokens',
  label: (t) => t('nav.tokens'),
  route: 'adminTokenList',
  render(_path, ctx) {
    loadPages(ctx);
    return html`<pbgdpl-admin-tokens .ctx=${ctx}></pbgdpl-admin-tokens>`;
  },
};
