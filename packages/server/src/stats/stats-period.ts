import type { StatsGranularity, StatsPeriod } from '@pbgdpl/contract';

/**
 * Statistics count in Vietnam's calendar: a beacon at 23:30 UTC on 31/12 belongs to 1/1.
 * Vietnam has had no daylight saving time since 1975, so a fixed offset is exact.
 */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Vietnam calendar day (yyyy-mm-dd) of an instant. */
export const vnDay = (instant: Date | string): string =>
  new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

/** The UTC instant (as stored, ISO text) at which a Vietnam day begins. */
export const vnDayStart = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS).toISOString();

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** When the next Vietnam day begins ("today" moves on: terms, default periods, roll-ups). */
export const nextVnDay = (now: Date): Date => new Date(vnDayStart(addDays(vnDay(now), 1)));

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

const lastDayOfMonth = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
};

const addMonths = (month: string, count: number): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1 + count, 1)).toISOString().slice(0, 7);
};

/** The period asked for; by default the current calendar year. */
export function resolvePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): StatsPeriod {
  const year = vnDay(now).slice(0, 4);
  return { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
}

/**
 * The period just before, of equal length: whole months compare with as many whole months
 * (a quarter with the quarter before, a year with the year before); other spans with as many days.
 */
export function previousPeriod({ from, to }: StatsPeriod): StatsPeriod {
  if (from.endsWith('-01') && to === lastDayOfMonth(to.slice(0, 7))) {
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5, 7)) -
      Number(from.slice(5, 7)) +
      1;
    const start = addMonths(from.slice(0, 7), -months);
    return { from: `${start}-01`, to: addDays(from, -1) };
  }
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/** The bucket a day falls in: `2026-03`, `2026-Q1` or `2026`. */
export function bucketKey(day: string, granularity: StatsGranularity): string {
  if (granularity === 'year') return day.slice(0, 4);
  if (granularity === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

export interface Bucket extends StatsPeriod {
  key: string;
}

/** The last day of the month, quarter or year a day falls in. */
function bucketEnd(day: string, granularity: StatsGranularity): string {
  if (granularity === 'year') return `${day.slice(0, 4)}-12-31`;
  if (granularity === 'month') return lastDayOfMonth(day.slice(0, 7));
  const lastMonth = Math.ceil(Number(day.slice(5, 7)) / 3) * 3;
  return lastDayOfMonth(`${day.slice(0, 4)}-${String(lastMonth).padStart(2, '0')}`);
}

/** The buckets covering a period, in order, each clipped to the period. */
export function buckets(period: StatsPeriod, granularity: StatsGranularity): Bucket[] {
  const out: Bucket[] = [];
  for (let day = period.from; day <= period.to; ) {
    const end = bucketEnd(day, granularity);
    const to = end < period.to ? end : period.to;
    out.push({ key: bucketKey(day, granularity), from: day, to });
    day = addDays(to, 1);
  }
  return out;
}

/** A monthly report counts on the 15th of its month: whole-month periods then take whole months. */
export const activityDay = (month: string): string => `${month}-15`;

export const inPeriod = (day: string, period: StatsPeriod): boolean => day >= period.from && day <= period.to;
