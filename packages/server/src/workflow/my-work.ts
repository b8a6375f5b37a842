import type { ContentState, MyWork, WorkflowKind, WorkItem } from '@pbgdpl/contract';
import { type RawBuilder, sql } from 'kysely';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { atLeast } from '../http/auth.ts';
import type { Principal } from '../http/env.ts';
import { questionListRepository } from '../repositories/question-list.ts';

/** Where each reviewed kind lives: its table, its unit column, and its title as the console lists it. */
const SOURCES: Record<WorkflowKind, { table: string; unit: string; title: RawBuilder<string> }> = {
  document: { table: 'documents', unit: 'issuer_id', title: sql`number || ' ' || title` },
  article: { table: 'articles', unit: 'unit_id', title: sql`title` },
  video: { table: 'videos', unit: 'unit_id', title: sql`title` },
  banner: { table: 'banners', unit: 'unit_id', title: sql`title` },
  activity: {
    table: 'activities',
    unit: 'unit_id',
    title: sql`'Báo cáo PBGDPL tháng ' || substr(month, 6, 2) || '/' || substr(month, 1, 4)`,
  },
};
const KINDS = Object.keys(SOURCES) as WorkflowKind[];
/** The caller's own items are few; the queue is cut to what a page can show. */
const MINE_LIMIT = 100;
const QUEUE_LIMIT = 50;
const QUESTIONS_LIMIT = 20;

interface Row {
  id: number;
  title: string;
  unit_id: string | null;
  state: string;
  updated_at: string;
}

/** An account is known by its id; a token, which has none, by its name. */
const createdBy = (owner: { user: number } | { token: string }) =>
  'user' in owner
    ? sql`actor_user_id = ${owner.user}`
    : sql`actor_user_id is null and actor = ${owner.token}`;

/** One kind's items in `states`, of `unit` or (no unit) created by an account or a token. */
async function itemsOf(
  db: Db,
  kind: WorkflowKind,
  states: ContentState[],
  owner: { unit: string } | { user: number } | { token: string } | null,
  order: 'newest' | 'oldest',
  limit: number,
): Promise<WorkItem[]> {
  const source = SOURCES[kind];
  const ownerFilter =
    owner === null
      ? sql``
      : 'unit' in owner
        ? sql`and ${sql.ref(source.unit)} = ${owner.unit}`
        : sql`and id in (select item_id from content_transitions
            where entity = ${kind} and from_state is null and ${createdBy(owner)})`;
  const { rows } = await sql<Row>`select id, ${source.title} as title, ${sql.ref(source.unit)} as unit_id,
      state, updated_at
    from ${sql.table(source.table)}
    where state in (${sql.join(states)}) ${ownerFilter}
    order by updated_at ${order === 'newest' ? sql`desc` : sql`asc`}, id
    limit ${limit}`.execute(db);
  const comments = await returnComments(
    db,
    kind,
    rows.filter((row) => row.state === 'returned').map((row) => row.id),
  );
  return rows.map((row) => ({
    kind,
    id: Number(row.id),
    title: row.title,
    unitId: row.unit_id,
    state: row.state as ContentState,
    updatedAt: row.updated_at,
    comment: comments.get(Number(row.id)) ?? null,
  }));
}

/** The last reviewer's comment on each of these returned items. */
async function returnComments(db: Db, kind: WorkflowKind, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('content_transitions')
    .select(['item_id', 'comment'])
    .where('entity', '=', kind)
    .where('to_state', '=', 'returned')
    .where('item_id', 'in', ids)
    .orderBy('id')
    .execute();
  // Later moves overwrite earlier ones: the map keeps each item's last return.
  return new Map(rows.map((row) => [row.item_id, row.comment ?? '']));
}

async function submittedCount(db: Db, kind: WorkflowKind): Promise<number> {
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from ${sql.table(SOURCES[kind].table)}
    where state = 'submitted'`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * "Việc của tôi" for the caller: their own unfinished items (a unit's person: their unit's; an
 * editor: those they created), the questions awaiting their unit's answer (every unit's, for
 * editors) with due days, and for editors the review queue with its counts per kind.
 */
export async function myWork(db: Db, config: Config, principal: Principal, now: Date): Promise<MyWork> {
  const owner =
    principal.scope !== null
      ? { unit: principal.scope }
      : principal.userId !== null
        ? { user: principal.userId }
        : { token: principal.name };
  const unfinished: ContentState[] = ['returned', 'draft', 'submitted'];
  const mine = (
    await Promise.all(KINDS.map((kind) => itemsOf(db, kind, unfinished, owner, 'newest', MINE_LIMIT)))
  ).flat();
  const questions = await questionListRepository(db).editorPage(
    {
      status: 'pending',
      page: 1,
      pageSize: QUESTIONS_LIMIT,
      ...(principal.scope && { unit: principal.scope }),
    },
    { now, answerTime: config.questions.answerTime },
  );
  return {
    mine,
    questions: { items: questions.items, total: questions.total, overdue: questions.overdue },
    review: atLeast(principal, 'editor') && principal.scope === null ? await reviewQueue(db) : null,
  };
}

async function reviewQueue(db: Db): Promise<NonNullable<MyWork['review']>> {
  const items = await Promise.all(
    KINDS.map((kind) => itemsOf(db, kind, ['submitted'], null, 'oldest', QUEUE_LIMIT)),
  );
  const counts = Object.fromEntries(
    await Promise.all(KINDS.map(async (kind) => [kind, await submittedCount(db, kind)] as const)),
  ) as Record<WorkflowKind, number>;
  return {
    items: items.flat().sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0)),
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
