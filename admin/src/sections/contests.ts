import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/**
 * Cuộc thi: `#/contests`, `#/contests/new`, `#/contests/<id>`, its bank
 * `#/contests/<id>/questions` (`…/questions/new`, `…/questions/<question id>`) and its results
 * `#/contests/<id>/results`. The pages are a chunk of their own, loaded when first opened.
 */
const loadPages = lazyChunk(() => import('../contests/contests-pages.ts'));

const positive = (part: string | undefined) => {
  const n = Number(part);
  return part !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
};

export const contestsSection: AdminSection = {
  id: 'contests',
  label: (t) => t('nav.contests'),
  route: 'adminContestList',
  render(path, ctx) {
    loadPages(ctx);
    const [first, part, item] = path;
    const contestId = positive(first);
    if (contestId !== undefined && part === 'questions' && (item === 'new' || positive(item)))
      return html`<pbgdpl-admin-contest-question-form
        .ctx=${ctx}
        .contestId=${contestId}
        .entityId=${item === 'new' ? undefined : positive(item)}
      ></pbgdpl-admin-contest-question-form>`;
    if (contestId !== undefined && part === 'questions')
      return html`<pbgdpl-admin-contest-bank
        .ctx=${ctx}
        .contestId=${contestId}
      ></pbgdpl-admin-contest-bank>`;
    if (contestId !== undefined && part === 'results')
      return html`<pbgdpl-admin-contest-results
        .ctx=${ctx}
        .contestId=${contestId}
      ></pbgdpl-admin-contest-results>`;
    if (first === 'new' || contestId !== undefined)
      return html`<pbgdpl-admin-contest-form .ctx=${ctx} .entityId=${contestId}></pbgdpl-admin-contest-form>`;
    return html`<pbgdpl-admin-contests .ctx=${ctx}></pbgdpl-admin-contests>`;
  },
};
