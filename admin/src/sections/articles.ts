import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/**
 * Tin bài: `#/articles`, `#/articles/new`, `#/articles/<id>`. The list and the form are a chunk
 * of their own, loaded when the section is first opened (the console's main chunk is full).
 */
const loadPages = lazyChunk(() => import('../articles/articles-pages.ts'));

export const articlesSection: AdminSection = {
  id: 'articles',
  label: (t) => t('nav.articles'),
  route: 'adminArticleList',
  render(path, ctx) {
    loadPages(ctx);
    const [first] = path;
    const id = Number(first);
    if (first === 'new' || (first && Number.isInteger(id) && id > 0))
      return html`<pbgdpl-admin-article-form
        .ctx=${ctx}
        .entityId=${first === 'new' ? undefined : id}
      ></pbgdpl-admin-article-form>`;
    return html`<pbgdpl-admin-articles .ctx=${ctx}></pbgdpl-admin-articles>`;
  },
};
