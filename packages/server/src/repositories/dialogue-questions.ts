import type {
  AdminDialogueQuestion,
  AdminDialogueQuestionPage,
  DialogueQuestion,
  DialogueQuestionPage,
  DialogueQuestionStatus,
  SubmissionAnswer,
} from '@pbgdpl/contract';
import { DIALOGUE_QUESTION_STATUSES } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable, Updateable } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';
import { sanitizeHtml } from '../text/html.ts';
import { dialogueChangesRepository } from './dialogue-changes.ts';
import { PUBLIC_QUESTION_STATUSES } from './dialogues.ts';
import {
  answerOf,
  type NewSubmission,
  queueCounts,
  senderColumns,
  senderOf,
  writeSubmission,
} from './submission-rows.ts';

type Row = Selectable<Tables['dialogue_questions']>;
type Stored = Row & { unit_id: string };

const PUBLIC: ReadonlySet<string> = new Set(PUBLIC_QUESTION_STATUSES);
const isPublic = (status: string) => PUBLIC.has(status);

const toAdmin = (row: Stored): AdminDialogueQuestion => ({
  id: row.id,
  version: row.version,
  dialogueId: row.dialogue_id,
  unitId: row.unit_id,
  status: row.status as DialogueQuestionStatus,
  body: row.body,
  sender: senderOf(row),
  receivedAt: row.received_at,
  supports: row.supports,
  mergedInto: row.merged_into,
  rejectReason: row.reject_reason,
  answer: answerOf(row.answer_html, row.answered_by, row.answerer_title, row.answered_at),
  answerPublished: fromDbBool(row.answer_published),
  updatedAt: row.updated_at,
});

/** Questions to dialogue sessions: the moderators' queue, the public list, supports. */
export function dialogueQuestionsRepository(db: Db) {
  const withUnit = () =>
    db
      .selectFrom('dialogue_questions')
      .innerJoin('dialogues', 'dialogues.id', 'dialogue_questions.dialogue_id')
      .selectAll('dialogue_questions')
      .select('dialogues.unit_id');

  async function get(id: number): Promise<AdminDialogueQuestion | undefined> {
    const row = await withUnit().where('dialogue_questions.id', '=', id).executeTakeFirst();
    return row && toAdmin(row);
  }

  /**
   * One write of a question, with the live streams' change rows: the question's own when it is
   * or was public, and those of the questions it leaves or joins as a merged duplicate.
   */
  async function change(id: number, set: Updateable<Tables['dialogue_questions']>, now: Date) {
    const before = await get(id);
    if (!before || !(await writeSubmission(db, 'dialogue_questions', id, set, now))) return undefined;
    const after = await get(id);
    if (!after) return undefined;
    const changes = dialogueChangesRepository(db);
    const record = (itemId: number) =>
      changes.record({ dialogueId: after.dialogueId, kind: 'question', itemId }, now);
    if (isPublic(before.status) || isPublic(after.status)) await record(id);
    for (const target of new Set([before.mergedInto, after.mergedInto]))
      if (target !== null && before.mergedInto !== after.mergedInto) await record(target);
    return after;
  }

  return {
    get,

    async create(
      dialogueId: number,
      sent: NewSubmission,
      now: Date,
    ): Promise<{ id: number; receivedAt: string }> {
      const receivedAt = toDbTime(now);
      const row = await db
        .insertInto('dialogue_questions')
        .values({
          dialogue_id: dialogueId,
          status: 'pending',
          body: normalizeVi(sent.body),
          ...senderColumns(sent),
          received_at: receivedAt,
          updated_at: receivedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, receivedAt };
    },

    /** A session's queue: pending first, then oldest first; with counts per status. */
    async queue(
      dialogueId: number,
      query: { status?: DialogueQuestionStatus | undefined; page: number; pageSize: number },
    ): Promise<AdminDialogueQuestionPage> {
      const counted = await db
        .selectFrom('dialogue_questions')
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('dialogue_id', '=', dialogueId)
        .groupBy('status')
        .execute();
      const { counts, total } = queueCounts(DIALOGUE_QUESTION_STATUSES, counted, query.status);
      let select = withUnit().where('dialogue_questions.dialogue_id', '=', dialogueId);
      if (query.status) select = select.where('dialogue_questions.status', '=', query.status);
      const rows = await select
        .orderBy((eb) => eb.case().when('dialogue_questions.status', '=', 'pending').then(0).else(1).end())
        .orderBy('dialogue_questions.received_at')
        .orderBy('dialogue_questions.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { items: rows.map(toAdmin), total, page: query.page, pageSize: query.pageSize, counts };
    },

    /** A session's public questions, most supported or newest first, with their published answers. */
    async publicPage(
      dialogueId: number,
      query: { sort: 'support' | 'newest'; page: number; pageSize: number },
    ): Promise<DialogueQuestionPage> {
      const base = db
        .selectFrom('dialogue_questions')
        .where('dialogue_id', '=', dialogueId)
        .where('status', 'in', [...PUBLIC_QUESTION_STATUSES]);
      const { n } = await base
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      let ordered = base.selectAll();
      if (query.sort === 'support') ordered = ordered.orderBy('supports', 'desc');
      const rows = await ordered
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { items: await toPublic(rows), total: Number(n), page: query.page, pageSize: query.pageSize };
    },

    /** Of `ids`, those public now, as the public list shows them (the live stream's events). */
    async publicByIds(ids: number[]): Promise<Map<number, DialogueQuestion>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('dialogue_questions')
        .selectAll()
        .where('id', 'in', ids)
        .where('status', 'in', [...PUBLIC_QUESTION_STATUSES])
        .execute();
      return new Map((await toPublic(rows)).map((question) => [question.id, question]));
    },

    /** A public question of the session (one that can be supported or merged into). */
    async isPublic(dialogueId: number, id: number): Promise<boolean> {
      const row = await db
        .selectFrom('dialogue_questions')
        .select('id')
        .where('id', '=', id)
        .where('dialogue_id', '=', dialogueId)
        .where('status', 'in', [...PUBLIC_QUESTION_STATUSES])
        .executeTakeFirst();
      return row !== undefined;
    },

    moderate: (
      id: number,
      to: { status: DialogueQuestionStatus; mergedInto: number | null; rejectReason: string | null },
      now: Date,
    ) =>
      change(
        id,
        {
          status: to.status,
          merged_into: to.mergedInto,
          reject_reason: to.rejectReason === null ? null : normalizeVi(to.rejectReason),
          // A merged or rejected question is not public: its answer goes with it.
          ...(to.status === 'merged' || to.status === 'rejected' ? { answer_published: 0 } : {}),
        },
        now,
      ),

    answer: (id: number, answer: Omit<SubmissionAnswer, 'answeredAt'>, now: Date) =>
      change(
        id,
        {
          answer_html: sanitizeHtml(normalizeVi(answer.html)),
          answered_by: normalizeVi(answer.answeredBy),
          answerer_title: normalizeVi(answer.answererTitle),
          answered_at: toDbTime(now),
        },
        now,
      ),

    setPublished: (id: number, published: boolean, now: Date) =>
      change(id, { answer_published: toDbBool(published) }, now),

    /**
     * Counts one support of `supporter` (a keyed hash of a browser's id), once: answers the
     * count and whether this one counted. The key's primary key makes a repeat a no-op.
     */
    async support(id: number, supporter: string, now: Date): Promise<{ supports: number; counted: boolean }> {
      const inserted = await db
        .insertInto('dialogue_supports')
        .values({ question_id: id, supporter, supported_at: toDbTime(now) })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      const counted = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
      if (counted)
        await db
          .updateTable('dialogue_questions')
          .set((eb) => ({ supports: eb('supports', '+', 1) }))
          .where('id', '=', id)
          .execute();
      const row = await db
        .selectFrom('dialogue_questions')
        .select(['supports', 'dialogue_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (counted)
        await dialogueChangesRepository(db).record(
          { dialogueId: row.dialogue_id, kind: 'question', itemId: id },
          now,
        );
      return { supports: row.supports, counted };
    },
  };

  /** Questions as the public sees them: the asker's name and organisation only with consent. */
  async function toPublic(rows: Row[]): Promise<DialogueQuestion[]> {
    const merged = await mergedCounts(rows.map((row) => row.id));
    return rows.map((row) => ({
      id: row.id,
      body: row.body,
      askerName: fromDbBool(row.publish_name) ? row.sender_name : null,
      organisation: fromDbBool(row.publish_name) ? row.sender_organisation : null,
      status: row.status as DialogueQuestion['status'],
      askedAt: row.received_at,
      supports: row.supports,
      merged: merged.get(row.id) ?? 0,
      answer: fromDbBool(row.answer_published)
        ? answerOf(row.answer_html, row.answered_by, row.answerer_title, row.answered_at)
        : null,
    }));
  }

  /** How many questions were merged into each of `ids`. */
  async function mergedCounts(ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('dialogue_questions')
      .select(['merged_into', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('merged_into', 'in', ids)
      .where('status', '=', 'merged')
      .groupBy('merged_into')
      .execute();
    return new Map(rows.map((row) => [Number(row.merged_into), Number(row.n)]));
  }
}
