import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/** The statistics' lists and forms: a chunk of their own, loaded when first opened. */
const loadPages = lazyChunk(() => import('../stats-pages.ts'));

/** A record id or `new` from the path; undefined for anything else (the list). */
const record = (part: string | undefined): number | 'new' | undefined => {
  if (part === 'new') return 'new';
  const id = Number(part);
  return part && Number.isInteger(id) && id > 0 ? id : undefined;
};

/** `#/stats` (monthly activity reports), `#/stats/<id|new>`, `#/stats/reporters`, `#/stats/reporters/<id|new>`. */
export const statsSection: AdminSection = {
  id: 'stats',
  label: (t) => t('nav.stats'),
  route: 'adminActivityList',
  render(path, ctx) {
    loadPages(ctx);
    const [first, second] = path;
    if (first === 'reporters') {
      const id = record(second);
      // One template for new and existing records: a saved new record keeps its form (and focus).
      return id === undefined
        ? html`<pbgdpl-admin-reporters .ctx=${ctx}></pbgdpl-admin-reporters>`
        : html`<pbgdpl-admin-reporter-form
            .ctx=${ctx}
            .entityId=${id === 'new' ? undefined : id}
          ></pbgdpl-admin-reporter-form>`;
    }
    const id = record(first);
    return id === undefined
      ? html`<pbgdpl-admin-activities .ctx=${ctx}></pbgdpl-admin-activities>`
      : html`<pbgdpl-admin-activity-form
          .ctx=${ctx}
          .entityId=${id === 'new' ? undefined : id}
        ></pbgdpl-admin-activity-form>`;
  },
};
