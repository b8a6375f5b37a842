import { vnDate } from '../repositories/question-rows.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long staff have to answer: working days, and the days off besides weekends. */
export interface AnswerTime {
  workingDays: number;
  /** Days off as `yyyy-mm-dd` in Vietnam's calendar (announced Tết, Giỗ Tổ and the like). */
  daysOff: ReadonlySet<string>;
}

/** The solar public holidays of the Labour Code 2019 (art. 112), as `mm-dd`. */
const SOLAR_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];

const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;
const isoDay = (day: Date) => day.toISOString().slice(0, 10);
const nextDay = (day: Date) => new Date(day.getTime() + DAY_MS);

/**
 * The solar holidays of `year` and, for each one on a weekend, the compensating day off: the
 * next working day (art. 112.3). Lunar holidays move every year: they come from `daysOff`.
 */
function solarDaysOff(year: number): string[] {
  const days = SOLAR_HOLIDAYS.map((monthDay) => `${year}-${monthDay}`);
  const off = new Set(days);
  for (const holiday of days) {
    let day = new Date(`${holiday}T00:00:00Z`);
    if (!isWeekend(day)) continue;
    do day = nextDay(day);
    while (isWeekend(day) || off.has(isoDay(day)));
    off.add(isoDay(day));
  }
  return [...off];
}

const solarCache = new Map<number, ReadonlySet<string>>();
function isSolarDayOff(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let off = solarCache.get(year);
  if (!off) solarCache.set(year, (off = new Set(solarDaysOff(year))));
  return off.has(day);
}

/**
 * The last day to answer a question received at `receivedAt` (UTC, stored): `workingDays`
 * working days after the day it arrived in Tây Ninh, skipping weekends, the solar public
 * holidays with their compensating days, and the announced days off.
 */
export function dueDay(receivedAt: string, time: AnswerTime): string {
  let day = new Date(`${vnDate(receivedAt)}T00:00:00Z`);
  for (let left = time.workingDays; left > 0; ) {
    day = nextDay(day);
    const iso = isoDay(day);
    if (!isWeekend(day) && !isSolarDayOff(iso) && !time.daysOff.has(iso)) left--;
  }
  return isoDay(day);
}

/** Still pending after its due day, as of `now`. */
export const isOverdue = (status: string, due: string, now: Date): boolean =>
  status === 'pending' && vnDate(now.toISOString()) > due;
