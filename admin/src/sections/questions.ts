import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import '../question-list.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/** One question's page (answer, publish, reject…) is a chunk of its own: the queue comes first. */
const loadDetail = lazyChunk(() => import('../question-detail.ts'));

/** `#/questions` (the queue) and `#/questions/<id>` (one question). */
export const questionsSection: AdminSection = {
  id: 'questions',
  label: (t) => t('qa:nav'),
  route: 'adminQuestionList',
  render(path, ctx) {
    const id = Number(path[0]);
    if (Number.isInteger(id) && id > 0) {
      loadDetail(ctx);
      return html`<pbgdpl-admin-question .ctx=${ctx} .questionId=${id}></pbgdpl-admin-question>`;
    }
    return html`<pbgdpl-admin-questions .ctx=${ctx}></pbgdpl-admin-questions>`;
  },
};
