import type { StatsContestRow, StatsPeriod } from '@pbgdpl/contract';
import { compareVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';
import { addDays, vnDayStart } from './stats-period.ts';

/**
 * Contest figures of a period (Vietnam days), computed from the attempts: for each round of a
 * published contest (of `unit`, when asked) that was open during the period or had attempts
 * started in it, the people who started an attempt, the attempts and how many were closed.
 */
export async function contestFigures(
  db: Db,
  period: StatsPeriod,
  unit: string | null,
): Promise<StatsContestRow[]> {
  const since = vnDayStart(period.from);
  const until = vnDayStart(addDays(period.to, 1));
  let rounds = db
    .selectFrom('contest_rounds as r')
    .innerJoin('contests as c', 'c.id', 'r.contest_id')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select([
      'c.id as contestId',
      'c.title',
      'c.unit_id as unitId',
      'u.name as unitName',
      'u.short_name as unitShortName',
      'r.id as roundId',
      'r.title as roundTitle',
      'r.starts_at as startsAt',
      'r.ends_at as endsAt',
    ])
    .where('c.state', '=', 'published')
    .where('r.starts_at', '<', until)
    .where('r.ends_at', '>', since);
  if (unit) rounds = rounds.where('c.unit_id', '=', unit);
  const found = await rounds.execute();
  if (found.length === 0) return [];
  const counts = await db
    .selectFrom('contest_attempts')
    .select([
      'round_id',
      (eb) => eb.fn.countAll<number>().as('attempts'),
      (eb) => eb.fn.count<number>('participant_id').distinct().as('participants'),
      (eb) => eb.fn.count<number>('submitted_at').as('submitted'),
    ])
    .where(
      'round_id',
      'in',
      found.map((row) => row.roundId),
    )
    .where('started_at', '>=', since)
    .where('started_at', '<', until)
    .groupBy('round_id')
    .execute();
  const byRound = new Map(counts.map((row) => [row.round_id, row]));
  return found
    .map(({ unitShortName, ...row }) => {
      const count = byRound.get(row.roundId);
      return {
        ...row,
        unitName: unitShortName ?? row.unitName,
        participants: Number(count?.participants ?? 0),
        attempts: Number(count?.attempts ?? 0),
        submitted: Number(count?.submitted ?? 0),
      };
    })
    .sort(
      (a, b) => a.startsAt.localeCompare(b.startsAt) || compareVi(a.title, b.title) || a.roundId - b.roundId,
    );
}
