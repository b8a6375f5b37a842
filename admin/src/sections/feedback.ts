import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/** Phản ánh, kiến nghị: `#/feedback` (the queue) and `#/feedback/<id>`; a chunk of their own. */
const loadPages = lazyChunk(() => import('../feedback/feedback-pages.ts'));

export const feedbackSection: AdminSection = {
  id: 'feedback',
  label: (t) => t('nav.feedback'),
  route: 'adminFeedbackList',
  render(path, ctx) {
    loadPages(ctx);
    const id = Number(path[0]);
    if (Number.isInteger(id) && id > 0)
      return html`<pbgdpl-admin-feedback .ctx=${ctx} .feedbackId=${id}></pbgdpl-admin-feedback>`;
    return html`<pbgdpl-admin-feedback-list .ctx=${ctx}></pbgdpl-admin-feedback-list>`;
  },
};
