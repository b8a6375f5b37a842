import type { FeedbackFigures, StatsPeriod } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { averageDays } from '../repositories/document-feedback.ts';
import { addDays, vnDayStart } from './stats-period.ts';

/**
 * Feedback on documents in a period (Vietnam days), of the issuing `unit` when asked: how much
 * arrived, how much was answered, and the average days those answers took.
 */
export async function feedbackFigures(
  db: Db,
  period: StatsPeriod,
  unit: string | null,
): Promise<FeedbackFigures> {
  const since = vnDayStart(period.from);
  const until = vnDayStart(addDays(period.to, 1));
  const within = (time: string | null) => time !== null && time >= since && time < until;
  let select = db
    .selectFrom('document_feedback')
    .select(['status', 'received_at', 'responded_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('received_at', '>=', since), eb('received_at', '<', until)]),
        eb.and([eb('responded_at', '>=', since), eb('responded_at', '<', until)]),
      ]),
    );
  if (unit) select = select.where('unit_id', '=', unit);
  const rows = await select.execute();
  const answered = rows.filter((row) => row.status === 'answered' && within(row.responded_at));
  return {
    received: rows.filter((row) => within(row.received_at)).length,
    answered: answered.length,
    averageDays: averageDays(answered),
  };
}
