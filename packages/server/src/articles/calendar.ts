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

/** What a calendar file says of one event (an announcement's meeting, a dialogue session). */
export interface CalendarEvent {
  /** Unique on this host, stable across downloads (`article-12`), so a second import updates the first. */
  uid: string;
  title: string;
  description: string | null;
  /** When the item last changed. */
  changedAt: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
}

/** One event as an iCalendar file that calendar apps add with one tap. */
export function eventCalendar(event: CalendarEvent, info: { host: string; url: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PBGDPL//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}@${info.host}`,
    `DTSTAMP:${utc(event.changedAt)}`,
    `DTSTART:${utc(event.startsAt)}`,
    ...(event.endsAt ? [`DTEND:${utc(event.endsAt)}`] : []),
    `SUMMARY:${text(event.title)}`,
    `LOCATION:${text(event.place)}`,
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    `URL:${info.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
