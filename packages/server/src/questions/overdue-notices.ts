import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import { queueOverdueNotice } from '../mail/question-mail.ts';
import { type Periodic, repeat } from '../periodic.ts';
import { jobLeasesRepository } from '../repositories/job-leases.ts';
import { dueDay, isOverdue } from './due-date.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const JOB = 'question-overdue-notices';

/**
 * Queues "this question is overdue" for every pending question past its due day that was not
 * noticed yet, each in its own transaction with the row that records it: the row's key makes a
 * second notice impossible, whichever node tries. Returns how many questions were noticed.
 */
export async function noticeOverdueQuestions(
  db: Db,
  config: Config,
  consoleBase: string,
  now: Date,
): Promise<number> {
  const { answerTime } = config.questions;
  // A due day is at least as many calendar days away as working days: older ones only.
  const receivedBefore = toDbTime(new Date(now.getTime() - answerTime.workingDays * DAY_MS));
  const candidates = await db
    .selectFrom('questions as q')
    .leftJoin('question_overdue_notices as n', 'n.question_id', 'q.id')
    .leftJoin('units as u', 'u.id', 'q.unit_id')
    .select(['q.id', 'q.tracking_code', 'q.status', 'q.received_at', 'q.unit_id', 'u.name as unit_name'])
    .where('q.status', '=', 'pending')
    .where('n.question_id', 'is', null)
    .where('q.received_at', '<', receivedBefore)
    .orderBy('q.id')
    .execute();
  let noticed = 0;
  for (const row of candidates) {
    const dueOn = dueDay(row.received_at, answerTime);
    if (!isOverdue(row.status, dueOn, now)) continue;
    const done = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('question_overdue_notices')
        .values({ question_id: row.id, noticed_at: toDbTime(now) })
        .onConflict((oc) => oc.column('question_id').doNothing())
        .returning('question_id')
        .executeTakeFirst();
      if (!claimed) return false;
      const unit = row.unit_id === null ? null : { id: row.unit_id, name: row.unit_name ?? row.unit_id };
      await queueOverdueNotice(
        trx,
        config,
        consoleBase,
        { id: row.id, trackingCode: row.tracking_code, unit, dueOn },
        now,
      );
      return true;
    });
    if (done) noticed++;
  }
  return noticed;
}

/**
 * One node's share of the job: a round runs only while this node holds the job's lease (taken
 * or renewed for two intervals), on the injected clock's "now". Returns how many were noticed.
 */
export function overdueNoticeJob(db: Db, config: Config, clock: Clock, consoleBase: string) {
  const leaseMs = 2 * config.questions.overdueCheckSeconds * 1000;
  const leases = jobLeasesRepository(db);
  const owner = randomUUID();
  return {
    runDue: async (): Promise<number> =>
      (await leases.take(JOB, owner, clock(), leaseMs))
        ? noticeOverdueQuestions(db, config, consoleBase, clock())
        : 0,
    /** Lets another node take over at once. */
    release: () => leases.release(JOB, owner),
  };
}

/** Runs the job every `overdueCheckSeconds`; any number of nodes may, one works at a time. */
export function startOverdueNotices(db: Db, config: Config, clock: Clock, consoleBase: string): Periodic {
  const job = overdueNoticeJob(db, config, clock, consoleBase);
  const rounds = repeat(
    config.questions.overdueCheckSeconds * 1000,
    job.runDue,
    'Không gửi được thông báo quá hạn (overdue notices failed):',
  );
  return {
    stop: async () => {
      await rounds.stop();
      await job.release();
    },
  };
}
