import { html, nothing, type TemplateResult } from 'lit';
import type { MediaItem } from '@pbgdpl/contract';
import { ApiError, type Translate } from '@pbgdpl/core';
import type { PbgdplAdminConfirm } from '../confirm-dialog.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';

/** Where a delete ended: done, or refused with the items using the file (or the reason). */
export interface MediaDeleting {
  item: MediaItem;
  done: boolean;
  /** The items using the file, as the server names them ("Banner 3: …"). */
  usedBy: string[];
  /** Any other reason it was refused. */
  error: string;
}

/** Editors change every file; a unit's person only their own unit's (the shared ones are the editors'). */
export const mayChange = (ctx: SectionContext, item: Pick<MediaItem, 'unitId'>): boolean =>
  ctx.me.role !== 'contributor' || (item.unitId !== null && item.unitId === ctx.me.unitId);

/**
 * Asks, then deletes the version shown. A file in use is refused by the server with the items
 * using it (`errors.usedBy`), which the caller lists; undefined when the person did not confirm.
 */
export async function deleteMedia(
  host: { t: Translate },
  ctx: SectionContext,
  confirm: PbgdplAdminConfirm,
  item: MediaItem,
): Promise<MediaDeleting | undefined> {
  const { t } = host;
  const asked = await confirm.ask(
    t('admin-media:deleteTitle'),
    t('admin-media:deleteQuestion', { title: item.title }),
    t('admin-media:delete'),
  );
  if (!asked) return undefined;
  try {
    await ctx.api.send(
      'adminMediaDelete',
      { params: { id: item.id } },
      { headers: { 'If-Match': `"${item.version}"` } },
    );
    ctx.announce(t('admin-media:deleted', { title: item.title }));
    return { item, done: true, usedBy: [], error: '' };
  } catch (error) {
    const usedBy = error instanceof ApiError && error.status === 409 ? error.errors.usedBy : undefined;
    return { item, done: false, usedBy: usedBy ?? [], error: usedBy ? '' : failureMessage(t, error) };
  }
}

/** Why a delete did not happen: the items using the file, listed, or the reason; in an alert. */
export function renderDeleteRefusal(
  t: Translate,
  deleting: MediaDeleting | undefined,
): TemplateResult | typeof nothing {
  if (!deleting || deleting.done) return nothing;
  if (deleting.usedBy.length === 0) return html`<p class="notice" role="alert">${deleting.error}</p>`;
  return html`<div class="notice" role="alert">
    <p>${t('admin-media:inUse', { title: deleting.item.title })}</p>
    <ul>
      ${deleting.usedBy.map((user) => html`<li>${user}</li>`)}
    </ul>
  </div>`;
}
