import type { Context } from 'hono';
import { ProblemError } from './problem.ts';

/** What an editor's view of an item carries: how many writes it has seen. */
export interface Versioned {
  version: number;
}

export const etagOf = (item: Versioned): string => `"${item.version}"`;

/** Tells the client which version it reads, for its `If-Match` when it writes. */
export function sendVersion(c: Context, item: Versioned): void {
  c.header('ETag', etagOf(item));
}

const changedMeanwhile = () =>
  new ProblemError(412, {
    detail: {
      vi: 'Mục này vừa được người khác thay đổi. Hãy tải lại để xem bản mới nhất rồi làm lại; thay đổi của bạn chưa được lưu.',
      en: 'Someone else has just changed this item. Reload to see the latest version, then try again; your change was not saved.',
    },
  });

/**
 * Refuses a write made on an older version than the one stored (RFC 9110 If-Match, strong
 * comparison). Without If-Match (automation, imports) the write goes ahead.
 */
export function checkVersion(c: Context, current: Versioned): void {
  const ifMatch = c.req.header('If-Match')?.trim();
  if (ifMatch === undefined || ifMatch === '*') return;
  if (!ifMatch.split(',').some((tag) => tag.trim() === etagOf(current))) throw changedMeanwhile();
}

/**
 * Inside the write's transaction, for a writer who named a version: the row must have moved
 * exactly one version from what was checked. On PostgreSQL two writers can both pass the check;
 * the second's update waits for the first and lands one version further, and this rolls it back.
 */
export function checkAdvanced(c: Context, before: Versioned, after: Versioned): void {
  if (c.req.header('If-Match') !== undefined && after.version !== before.version + 1)
    throw changedMeanwhile();
}
