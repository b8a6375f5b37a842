import { html, nothing, type TemplateResult } from 'lit';
import type { DialogueSummary } from '@pbgdpl/contract';
import { formatDate, formatTime, type Lang, type Translate } from '@pbgdpl/core';

export interface FactsContext {
  t: Translate;
  lang: Lang;
  /** The address of a session's `.ics` file ("Thêm vào lịch"). */
  calendarHref: (id: number) => string;
  /** Now, for the countdown (read once per render). */
  now: number;
}

const HOUR = 3_600_000;

/** "Còn 6 ngày", "Còn 3 giờ", "Sắp bắt đầu": how long until a coming session starts. */
export function countdown(t: Translate, startsAt: string, now: number): string | undefined {
  const left = Date.parse(startsAt) - now;
  if (!(left > 0)) return undefined;
  if (left >= 24 * HOUR) return t('countdown.days', { count: Math.floor(left / (24 * HOUR)) });
  if (left >= HOUR) return t('countdown.hours', { count: Math.floor(left / HOUR) });
  return t('countdown.soon');
}

/** "08:00 – 11:00, 02/12/2026" in Vietnam's time (the session's time zone). */
export function when(session: Pick<DialogueSummary, 'startsAt' | 'endsAt'>, lang: Lang): string {
  const day = formatDate(session.startsAt, lang);
  const endDay = formatDate(session.endsAt, lang);
  const start = formatTime(session.startsAt, lang);
  const end = formatTime(session.endsAt, lang);
  return day === endDay ? `${start} – ${end}, ${day}` : `${start}, ${day} – ${end}, ${endDay}`;
}

const coming = (state: DialogueSummary['state']) => state === 'upcoming' || state === 'collecting';

/** A session's state, time, place, host unit and fields; the countdown and calendar while it is coming. */
export function renderFacts(
  { t, lang, calendarHref, now }: FactsContext,
  session: DialogueSummary,
): TemplateResult {
  const left = coming(session.state) ? countdown(t, session.startsAt, now) : undefined;
  const row = (label: string, value: unknown) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<p class="status-row">
      <span class="badge" data-state=${session.state}>${t(`state.${session.state}`)}</span>
      ${left ? html`<span class="countdown">${left}</span>` : nothing}
    </p>
    <dl class="facts">
      ${row(t('facts.when'), html`<time datetime=${session.startsAt}>${when(session, lang)}</time>`)}
      ${row(t('facts.format'), t(`format.${session.format}`))}
      ${session.place ? row(t('facts.place'), session.place) : nothing}
      ${row(t('facts.unit'), session.unit.name)}
      ${row(t('facts.fields'), session.fields.map((field) => t(`core:field.${field}`)).join('; '))}
    </dl>
    ${coming(session.state) || session.state === 'live'
      ? html`<p>
          <a class="calendar" part="calendar" href=${calendarHref(session.id)} download
            >${t('calendar')}<span class="visually-hidden">: ${session.title}</span></a
          >
        </p>`
      : nothing}`;
}
