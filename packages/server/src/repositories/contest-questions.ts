import type { ContestQuestion, ContestQuestionInput } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export type ContestQuestionData = z.output<typeof ContestQuestionInput>;
type QuestionRow = Selectable<Tables['contest_questions']> & { unit_id: string };

/** A bank question as the server uses it: the key is `correct` (positions as entered). */
export interface BankQuestion {
  id: number;
  text: string;
  options: string[];
  correct: number[];
  explanation: string;
  documentId: number | null;
}

const toBankQuestion = (row: Selectable<Tables['contest_questions']>): BankQuestion => ({
  id: row.id,
  text: row.text,
  options: JSON.parse(row.options) as string[],
  correct: JSON.parse(row.correct) as number[],
  explanation: row.explanation,
  documentId: row.document_id,
});

const toQuestion = (row: QuestionRow): ContestQuestion => ({
  ...toBankQuestion(row),
  contestId: row.contest_id,
  unitId: row.unit_id,
  difficulty: row.difficulty as ContestQuestion['difficulty'],
  tags: JSON.parse(row.tags) as string[],
  version: row.version,
  updatedAt: row.updated_at,
});

const toRow = (data: ContestQuestionData) => ({
  contest_id: data.contestId,
  text: normalizeVi(data.text),
  options: JSON.stringify(data.options.map(normalizeVi)),
  correct: JSON.stringify([...data.correct].sort((a, b) => a - b)),
  explanation: normalizeVi(data.explanation),
  document_id: data.documentId,
  difficulty: data.difficulty,
  tags: JSON.stringify(data.tags.map(normalizeVi)),
});

/** Each contest's bank of questions, with the key. Only the server's scoring reads the key before a round ends. */
export function contestQuestionsRepository(db: Db) {
  const withUnit = () =>
    db
      .selectFrom('contest_questions')
      .innerJoin('contests', 'contests.id', 'contest_questions.contest_id')
      .selectAll('contest_questions')
      .select('contests.unit_id');

  const get = async (id: number): Promise<ContestQuestion | undefined> => {
    const row = await withUnit().where('contest_questions.id', '=', id).executeTakeFirst();
    return row && toQuestion(row);
  };

  return {
    get,

    async page(query: { contest: number; page: number; pageSize: number }, unit: string | undefined) {
      let base = db
        .selectFrom('contest_questions')
        .innerJoin('contests', 'contests.id', 'contest_questions.contest_id')
        .where('contest_questions.contest_id', '=', query.contest);
      if (unit !== undefined) base = base.where('contests.unit_id', '=', unit);
      const { total } = await base
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base
        .selectAll('contest_questions')
        .select('contests.unit_id')
        .orderBy('contest_questions.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return {
        items: rows.map(toQuestion),
        total: Number(total),
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Every question id of a contest's bank, for drawing. */
    async idsOf(contestId: number): Promise<number[]> {
      const rows = await db
        .selectFrom('contest_questions')
        .select('id')
        .where('contest_id', '=', contestId)
        .orderBy('id')
        .execute();
      return rows.map((row) => row.id);
    },

    /** The questions `ids` of the bank, keyed by id (missing ones were deleted since). */
    async byIds(ids: number[]): Promise<Map<number, BankQuestion>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('contest_questions').selectAll().where('id', 'in', ids).execute();
      return new Map(rows.map((row) => [row.id, toBankQuestion(row)]));
    },

    async create(data: ContestQuestionData, now: Date): Promise<ContestQuestion> {
      const at = toDbTime(now);
      const { id } = await db
        .insertInto('contest_questions')
        .values({ ...toRow(data), created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await get(id)) as ContestQuestion;
    },

    async update(id: number, data: ContestQuestionData, now: Date): Promise<ContestQuestion | undefined> {
      const result = await db
        .updateTable('contest_questions')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? get(id) : undefined;
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('contest_questions').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
