import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A stretch of days off longer than this is a typo (Tết, the longest, is about nine). */
const LONGEST_STRETCH = 31;

const IsoDay = z.iso.date();
const Stretch = z
  .string()
  .transform((entry) => entry.split('..').map((part) => part.trim()))
  .pipe(z.union([z.tuple([IsoDay]), z.tuple([IsoDay, IsoDay])]))
  .transform(([from, to = from]) => {
    const days: string[] = [];
    for (let at = Date.parse(from); at <= Date.parse(to); at += DAY_MS) {
      days.push(new Date(at).toISOString().slice(0, 10));
    }
    return days;
  })
  .refine((days) => days.length >= 1 && days.length <= LONGEST_STRETCH, {
    message: `mỗi đợt nghỉ đi từ ngày đầu đến ngày cuối và dài tối đa ${LONGEST_STRETCH} ngày`,
  });

/**
 * `PBGDPL_DAYS_OFF`: the days off the government announces each year besides the fixed solar
 * holidays (Tết, Giỗ Tổ Hùng Vương, the second National Day), as `yyyy-mm-dd` or
 * `yyyy-mm-dd..yyyy-mm-dd`, separated by commas.
 */
export const DaysOff = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(z.array(Stretch))
  .transform((stretches): ReadonlySet<string> => new Set(stretches.flat()));
