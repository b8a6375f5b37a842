import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/** The sources' pages: a chunk of their own, loaded when first shown. */
const loadPages = lazyChunk(() => import('../sources/sources-pages.ts'));

/** `#/sources`, `#/sources/new`, `#/sources/<id>`: national sources, other instances, feeds. */
export const sourcesSection: AdminSection = {
  id: 'sources',
  label: (t) => t('nav.sources'),
  route: 'adminSourceList',
  render(path, ctx) {
    loadPages(ctx);
    const [first] = path;
    const id = Number(first);
    if (first === 'new' || (first && Number.isInteger(id) && id > 0))
      return html`<pbgdpl-admin-source
        .ctx=${ctx}
        .sourceId=${first === 'new' ? undefined : id}
      ></pbgdpl-admin-source>`;
    return html`<pbgdpl-admin-sources .ctx=${ctx}></pbgdpl-admin-sources>`;
  },
};
