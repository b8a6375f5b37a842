import type { Article, ArticleEvent } from '@pbgdpl/contract';

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** 2026-03-01T02:00:00.000Z → 20260301T020000Z */
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One article's event as an iCalendar file that calendar apps add with one tap. */
export function eventCalendar(
  article: Pick<Article, 'id' | 'title' | 'summary' | 'updatedAt'>,
  event: ArticleEvent,
  info: { host: string; url: string },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PBGDPL//Articles//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:article-${article.id}@${info.host}`,
    `DTSTAMP:${utc(article.updatedAt)}`,
    `DTSTART:${utc(event.startsAt)}`,
    ...(event.endsAt ? [`DTEND:${utc(event.endsAt)}`] : []),
    `SUMMARY:${text(article.title)}`,
    `LOCATION:${text(event.place)}`,
    ...(article.summary ? [`DESCRIPTION:${text(article.summary)}`] : []),
    `URL:${info.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
