import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import '../question-list.ts';
import '../question-detail.ts';

/** `#/questions` (the queue) and `#/questions/<id>` (one question: answer, publish, reject…). */
export const questionsSection: AdminSection = {
  id: 'questions',
  label: (t) => t('qa:nav'),
  route: 'adminQuestionList',
  render(path, ctx) {
    const id = Number(path[0]);
    if (Number.isInteger(id) && id > 0)
      return html`<pbgdpl-admin-question .ctx=${ctx} .questionId=${id}></pbgdpl-admin-question>`;
    return html`<pbgdpl-admin-questions .ctx=${ctx}></pbgdpl-admin-questions>`;
  },
};
