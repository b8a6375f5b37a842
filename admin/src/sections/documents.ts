import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { isAdmin } from '../context.ts';
import '../documents-list.ts';
import '../document-form.ts';
import '../document-import.ts';
import '../forbidden.ts';

/** `#/documents`, `#/documents/new`, `#/documents/<id>`, `#/documents/import` (admin). */
export const documentsSection: AdminSection = {
  id: 'documents',
  label: (t) => t('nav.documents'),
  route: 'adminDocumentList',
  render(path, ctx) {
    const [first] = path;
    if (first === 'import')
      return isAdmin(ctx.me)
        ? html`<pbgdpl-admin-document-import .ctx=${ctx}></pbgdpl-admin-document-import>`
        : html`<pbgdpl-admin-forbidden></pbgdpl-admin-forbidden>`;
    // One template for new and existing records: a saved new record keeps its form (and focus).
    const id = Number(first);
    if (first === 'new' || (first && Number.isInteger(id) && id > 0))
      return html`<pbgdpl-admin-document-form
        .ctx=${ctx}
        .entityId=${first === 'new' ? undefined : id}
      ></pbgdpl-admin-document-form>`;
    return html`<pbgdpl-admin-documents .ctx=${ctx}></pbgdpl-admin-documents>`;
  },
};
