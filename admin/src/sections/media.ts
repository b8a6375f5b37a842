import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/**
 * Thư viện tệp: `#/media` (search, uploads, the list) and `#/media/<id>` (one file's details).
 * A chunk of its own, loaded when the section is first opened.
 */
const loadPages = lazyChunk(() => import('../media/media-pages.ts'));

export const mediaSection: AdminSection = {
  id: 'media',
  label: (t) => t('nav.media'),
  route: 'adminMediaList',
  render(path, ctx) {
    loadPages(ctx);
    const id = Number(path[0]);
    if (Number.isInteger(id) && id > 0)
      return html`<pbgdpl-admin-media-edit .ctx=${ctx} .entityId=${id}></pbgdpl-admin-media-edit>`;
    return html`<pbgdpl-admin-media-library .ctx=${ctx}></pbgdpl-admin-media-library>`;
  },
};
