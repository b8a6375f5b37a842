import type { Selectable } from 'kysely';
import { isPostgres } from '../db/dialect.ts';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';

type AttemptRow = Selectable<Tables['contest_attempts']>;
type RoundRow = Selectable<Tables['contest_rounds']>;

/** One drawn question: its id and its options' positions as entered, in the order shown. */
export type DrawnQuestion = [questionId: number, shownOrder: number[]];

export interface StoredAttempt {
  id: number;
  participantId: number;
  round: RoundRow;
  draw: DrawnQuestion[];
  startedAt: string;
  deadline: string;
  submittedAt: string | null;
  autoClosed: boolean;
  correct: number | null;
  seconds: number | null;
  guess: number | null;
  flagged: boolean;
}

const toAttempt = (row: AttemptRow, round: RoundRow): StoredAttempt => ({
  id: row.id,
  participantId: row.participant_id,
  round,
  draw: JSON.parse(row.draw) as DrawnQuestion[],
  startedAt: row.started_at,
  deadline: row.deadline,
  submittedAt: row.submitted_at,
  autoClosed: fromDbBool(row.auto_closed),
  correct: row.correct,
  seconds: row.seconds,
  guess: row.guess,
  flagged: fromDbBool(row.flagged),
});

/** Attempts and their saved answers (choices as entered positions). */
export function contestAttemptsRepository(db: Db) {
  async function load(where: { keyHash: string } | { id: number }, lock = false) {
    let select = db.selectFrom('contest_attempts').selectAll();
    select = 'id' in where ? select.where('id', '=', where.id) : select.where('key_hash', '=', where.keyHash);
    // Writers of one attempt (a save and the submit) take turns on PostgreSQL; SQLite has one writer.
    if (lock && isPostgres(db)) select = select.forUpdate();
    const row = await select.executeTakeFirst();
    if (!row) return undefined;
    const round = await db
      .selectFrom('contest_rounds')
      .selectAll()
      .where('id', '=', row.round_id)
      .executeTakeFirstOrThrow();
    return toAttempt(row, round);
  }

  return {
    byKey: (keyHash: string, lock = false) => load({ keyHash }, lock),
    byId: (id: number) => load({ id }),

    /** A participant's attempts in a round, oldest first. */
    async ofParticipant(participantId: number, roundId: number): Promise<AttemptRow[]> {
      return db
        .selectFrom('contest_attempts')
        .selectAll()
        .where('participant_id', '=', participantId)
        .where('round_id', '=', roundId)
        .orderBy('id')
        .execute();
    },

    async create(input: {
      keyHash: string;
      participantId: number;
      roundId: number;
      draw: DrawnQuestion[];
      startedAt: Date;
      deadline: Date;
    }): Promise<number> {
      const { id } = await db
        .insertInto('contest_attempts')
        .values({
          key_hash: input.keyHash,
          participant_id: input.participantId,
          round_id: input.roundId,
          draw: JSON.stringify(input.draw),
          started_at: toDbTime(input.startedAt),
          deadline: toDbTime(input.deadline),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    /** The saved answers of an attempt: question id → entered positions. */
    async answers(attemptId: number): Promise<Map<number, number[]>> {
      const rows = await db
        .selectFrom('contest_answers')
        .select(['question_id', 'choices'])
        .where('attempt_id', '=', attemptId)
        .execute();
      return new Map(rows.map((row) => [row.question_id, JSON.parse(row.choices) as number[]]));
    },

    /** Saves (or replaces) one answer. */
    async saveAnswer(attemptId: number, questionId: number, choices: number[], now: Date): Promise<void> {
      const values = { choices: JSON.stringify(choices), saved_at: toDbTime(now) };
      await db
        .insertInto('contest_answers')
        .values({ attempt_id: attemptId, question_id: questionId, ...values })
        .onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doUpdateSet(values))
        .execute();
    },

    async saveGuess(attemptId: number, guess: number): Promise<void> {
      await db.updateTable('contest_attempts').set({ guess }).where('id', '=', attemptId).execute();
    },

    /** Closes an open attempt with its score; false when it was closed already. */
    async close(
      attemptId: number,
      result: { submittedAt: Date; autoClosed: boolean; correct: number; seconds: number; flagged: boolean },
    ): Promise<boolean> {
      const done = await db
        .updateTable('contest_attempts')
        .set({
          submitted_at: toDbTime(result.submittedAt),
          auto_closed: toDbBool(result.autoClosed),
          correct: result.correct,
          seconds: result.seconds,
          flagged: toDbBool(result.flagged),
        })
        .where('id', '=', attemptId)
        .where('submitted_at', 'is', null)
        .executeTakeFirst();
      return done.numUpdatedRows > 0n;
    },

    /** Ids of a round's attempts still open whose deadline has passed. */
    async expired(roundId: number, now: Date): Promise<number[]> {
      const rows = await db
        .selectFrom('contest_attempts')
        .select('id')
        .where('round_id', '=', roundId)
        .where('submitted_at', 'is', null)
        .where('deadline', '<=', toDbTime(now))
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
