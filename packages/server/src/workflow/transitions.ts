import {
  type ContentState,
  type Role,
  type Transition,
  type WorkflowAction,
  WORKFLOW_MOVES,
} from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import { atLeast } from '../http/auth.ts';
import type { Principal } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';

const MOVES: Record<WorkflowAction, { from: readonly ContentState[]; to: ContentState; role: Role }> =
  WORKFLOW_MOVES;

const STATE_NAMES: Record<ContentState, { vi: string; en: string }> = {
  draft: { vi: 'bản nháp', en: 'a draft' },
  submitted: { vi: 'đang chờ duyệt', en: 'waiting for review' },
  returned: { vi: 'bị trả lại', en: 'returned' },
  published: { vi: 'đã đăng', en: 'published' },
  unpublished: { vi: 'đã gỡ', en: 'unpublished' },
};

/** The state `action` leads to from `from`; 403 for a move above the caller's role, 409 from a wrong state. */
export function nextState(action: WorkflowAction, from: ContentState, principal: Principal): ContentState {
  const move = MOVES[action];
  if (!atLeast(principal, move.role))
    throw new ProblemError(403, {
      detail: {
        vi: 'Chỉ biên tập viên mới được duyệt, trả lại hoặc đăng.',
        en: 'Only editors review and publish.',
      },
    });
  if (!move.from.includes(from))
    throw new ProblemError(409, {
      detail: {
        vi: `Mục này đang ở trạng thái “${STATE_NAMES[from].vi}”, không thể thực hiện thao tác này. Hãy tải lại.`,
        en: `This item is ${STATE_NAMES[from].en}; that step does not apply. Reload it.`,
      },
    });
  return move.to;
}

/** A unit's person edits only what has not gone to review (draft, returned); editors edit anything. */
export function checkEditable(state: ContentState, principal: Principal): void {
  if (atLeast(principal, 'editor') || state === 'draft' || state === 'returned') return;
  throw new ProblemError(409, {
    detail: {
      vi: `Mục này ${STATE_NAMES[state].vi}; chỉ sửa được bản nháp hoặc mục bị trả lại.`,
      en: `This item is ${STATE_NAMES[state].en}; only drafts and returned items can be edited.`,
    },
  });
}

/**
 * What a new item starts as: an editor's is published at once (unless its input holds it back,
 * `wantsPublished` false), a unit's is a draft.
 */
export const initialState = (principal: Principal, wantsPublished = true): ContentState =>
  atLeast(principal, 'editor') && wantsPublished ? 'published' : 'draft';

/** Where a "public" flag leaves an item: published, or withdrawn when it was (drafts stay drafts). */
export const flaggedState = (from: ContentState, wantsPublished: boolean): ContentState =>
  wantsPublished ? 'published' : from === 'published' ? 'unpublished' : from;

/**
 * Where a save leaves an item whose input says whether it is public (documents, videos): an
 * editor's save publishes it or withdraws it; a unit's person's save moves nothing.
 */
export const savedState = (
  from: ContentState,
  wantsPublished: boolean,
  principal: Principal,
): ContentState => (atLeast(principal, 'editor') ? flaggedState(from, wantsPublished) : from);

/** Who moves an item: a principal, or a bulk writer (the seed, the command line, a source) by name. */
export interface Actor {
  name: string;
  userId: number | null;
}

export function transitionsRepository(db: Db) {
  return {
    async record(
      entity: string,
      itemId: number,
      move: {
        at: Date;
        actor: Actor;
        from: ContentState | null;
        to: ContentState;
        comment: string | null;
      },
    ): Promise<void> {
      await db
        .insertInto('content_transitions')
        .values({
          entity,
          item_id: itemId,
          at: toDbTime(move.at),
          actor: move.actor.name,
          actor_user_id: move.actor.userId,
          from_state: move.from,
          to_state: move.to,
          comment: move.comment,
        })
        .execute();
    },

    /** Oldest first, as the item's story reads. */
    async history(entity: string, itemId: number): Promise<Transition[]> {
      const rows = await db
        .selectFrom('content_transitions')
        .selectAll()
        .where('entity', '=', entity)
        .where('item_id', '=', itemId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        at: row.at,
        actor: row.actor,
        from: row.from_state as ContentState | null,
        to: row.to_state as ContentState,
        comment: row.comment,
      }));
    },
  };
}
