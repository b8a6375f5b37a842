import { vnDate } from '../repositories/question-rows.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last day to answer a question received at `receivedAt` (UTC, stored): `workingDays`
 * Monday-to-Friday days after the day it arrived in Tây Ninh. Public holidays are not known
 * here, so around Tết a question can be flagged a few days early.
 */
export function dueDay(receivedAt: string, workingDays: number): string {
  let day = new Date(`${vnDate(receivedAt)}T00:00:00Z`);
  for (let left = workingDays; left > 0; ) {
    day = new Date(day.getTime() + DAY_MS);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
}

/** Still pending after its due day, as of `now`. */
export const isOverdue = (status: string, due: string, now: Date): boolean =>
  status === 'pending' && vnDate(now.toISOString()) > due;
