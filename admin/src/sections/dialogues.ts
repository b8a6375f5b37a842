import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { lazyChunk } from '../lazy-chunk.ts';

/**
 * Đối thoại: `#/dialogues`, `#/dialogues/new`, `#/dialogues/<id>` and a session's live
 * moderation queue `#/dialogues/<id>/questions`. The pages are a chunk of their own.
 */
const loadPages = lazyChunk(() => import('../dialogues/dialogues-pages.ts'));

export const dialoguesSection: AdminSection = {
  id: 'dialogues',
  label: (t) => t('nav.dialogues'),
  route: 'adminDialogueList',
  render(path, ctx) {
    loadPages(ctx);
    const [first, part] = path;
    const id = Number(first);
    const stored = first !== undefined && Number.isInteger(id) && id > 0;
    if (stored && part === 'questions')
      return html`<pbgdpl-admin-dialogue-queue .ctx=${ctx} .dialogueId=${id}></pbgdpl-admin-dialogue-queue>`;
    if (first === 'new' || stored)
      return html`<pbgdpl-admin-dialogue-form
        .ctx=${ctx}
        .entityId=${stored ? id : undefined}
      ></pbgdpl-admin-dialogue-form>`;
    return html`<pbgdpl-admin-dialogues .ctx=${ctx}></pbgdpl-admin-dialogues>`;
  },
};
