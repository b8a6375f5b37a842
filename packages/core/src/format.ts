import type { Lang } from './i18n.ts';

/** Dates are shown as Vietnamese readers write them, in Vietnam's time zone, in both languages. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** The calendar day after `2025-06-30` (`2025-07-01`): when a former unit's successor took over. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** `2025-07-01` or an ISO timestamp → `01/07/2025`; invalid input → empty string. */
export function formatDate(value: string | Date | null | undefined, lang: Lang = 'vi'): string {
  if (!value) return '';
  // A bare date is a calendar day, not midnight UTC: pin it to noon so no time zone moves it.
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO timestamp → `08:30` (24-hour clock, Vietnam's time zone); invalid input → empty string. */
export function formatTime(value: string | null | undefined, lang: Lang = 'vi'): string {
  const date = value ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TIME_ZONE,
    });
    timeFormats.set(lang, format);
  }
  return format.format(date);
}

/** 1234567 → `1.234.567` in Vietnamese, `1,234,567` in English. */
export function formatNumber(value: number, lang: Lang = 'vi'): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** Names joined as the language writes a list: "A, B và C" / "A, B and C". */
export const formatList = (values: readonly string[], lang: Lang = 'vi'): string =>
  new Intl.ListFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { type: 'conjunction' }).format(values);
