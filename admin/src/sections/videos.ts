import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

const loadPages = lazyChunk(() => import('../video-pages.ts'));

/** `#/videos`, `#/videos/new`, `#/videos/<id>`: a chunk of their own, loaded when first opened. */
export const videosSection: AdminSection = {
  id: 'videos',
  label: (t) => t('nav.videos'),
  route: 'adminVideoList',
  render(path, ctx) {
    loadPages(ctx);
    const [first] = path;
    // One template for new and existing records: a saved new record keeps its form (and focus).
    const id = Number(first);
    if (first === 'new' || (first && Number.isInteger(id) && id > 0))
      return html`<pbgdpl-admin-video-form
        .ctx=${ctx}
        .entityId=${first === 'new' ? undefined : id}
      ></pbgdpl-admin-video-form>`;
    return html`<pbgdpl-admin-videos .ctx=${ctx}></pbgdpl-admin-videos>`;
  },
};
