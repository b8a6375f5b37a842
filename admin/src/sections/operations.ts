import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/** The administrator's pages for running the service: a chunk of their own, loaded when first shown. */
const loadPages = lazyChunk(() => import('../operations/operations-pages.ts'));

/** `#/routing`: where questions go by field, and which units publish their own answers. */
export const routingSection: AdminSection = {
  id: 'routing',
  label: (t) => t('nav.routing'),
  route: 'adminQuestionRoutingUpdate',
  render(_path, ctx) {
    loadPages(ctx);
    return html`<pbgdpl-admin-question-routing .ctx=${ctx}></pbgdpl-admin-question-routing>`;
  },
};

/** `#/mail`: e-mails not sent yet, and "send again" for the ones given up. */
export const mailSection: AdminSection = {
  id: 'mail',
  label: (t) => t('nav.mail'),
  route: 'adminMailList',
  render(_path, ctx) {
    loadPages(ctx);
    return html`<pbgdpl-admin-outbox .ctx=${ctx}></pbgdpl-admin-outbox>`;
  },
};
