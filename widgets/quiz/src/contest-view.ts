import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Contest, ContestSummary } from '@pbgdpl/contract';
import { formatDate, formatNumber, formatTime, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';

export interface ContestContext {
  t: Translate;
  lang: Lang;
  api: string;
  documentHref: (id: number) => string;
}

/** "01/12/2026 – 08/12/2026": a contest's or a round's days, in Vietnam's calendar. */
export const period = (lang: Lang, from: string, to: string) =>
  `${formatDate(from, lang)} – ${formatDate(to, lang)}`;

/** "00:00 01/12/2026": an instant, as the rules state times. */
const instant = (lang: Lang, at: string) => `${formatTime(at, lang)} ${formatDate(at, lang)}`;

export const renderBadge = (t: Translate, state: ContestSummary['state']) =>
  html`<span class="badge" data-state=${state}>${t(`state.${state}`)}</span>`;

/** What a contest's card and its page both say: host unit, state, days, target groups. */
export function renderFacts({ t, lang }: ContestContext, contest: ContestSummary | Contest) {
  return html`<p class="facts">
    ${renderBadge(t, contest.state)}
    <span>${contest.unit.name}</span>
    <span>${period(lang, contest.startsAt, contest.endsAt)}</span>
    <span>${contest.targetGroups.map((group) => t(`group.${group}`)).join(', ')}</span>
  </p>`;
}

/** The rules tab: description, rounds, prizes, related documents and the rules in full (sanitized). */
export function renderRules(context: ContestContext, contest: Contest) {
  const { t, lang, api, documentHref } = context;
  return html`<section class="rules" part="rules" aria-labelledby="rules-heading">
    <h3 id="rules-heading" tabindex="-1">${t('rules.heading')}</h3>
    ${contest.description
      .split(/\n{2,}/)
      .filter(Boolean)
      .map((paragraph) => html`<p>${paragraph}</p>`)}
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="rounds-caption">
      <table part="rounds">
        <caption id="rounds-caption">
          ${t('rules.rounds')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('rules.round')}</th>
            <th scope="col">${t('rules.from')}</th>
            <th scope="col">${t('rules.to')}</th>
            <th scope="col">${t('rules.questions')}</th>
            <th scope="col">${t('rules.limit')}</th>
            <th scope="col">${t('rules.attempts')}</th>
          </tr>
        </thead>
        <tbody>
          ${contest.rounds.map(
            (round) =>
              html`<tr>
                <th scope="row">${round.title} ${renderBadge(t, round.state)}</th>
                <td>${instant(lang, round.startsAt)}</td>
                <td>${instant(lang, round.endsAt)}</td>
                <td>${formatNumber(round.questionCount, lang)}</td>
                <td>${t('time.minutes', { count: Math.round(round.timeLimitSeconds / 60) })}</td>
                <td>${formatNumber(round.maxAttempts, lang)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${contest.prizes.length
      ? html`<h4>${t('rules.prizes')}</h4>
          <ul class="prizes">
            ${contest.prizes.map(
              (prize) =>
                html`<li>
                  <strong>${prize.name}</strong> (${t('rules.prizeCount', {
                    count: prize.count,
                  })})${prize.value ? html`: ${prize.value}` : nothing}
                </li>`,
            )}
          </ul>`
      : nothing}
    ${contest.documents.length
      ? html`<h4>${t('rules.documents')}</h4>
          <ul class="documents">
            ${contest.documents.map(
              (doc) => html`<li><a href=${documentHref(doc.id)}>${doc.number}</a> ${doc.title}</li>`,
            )}
          </ul>`
      : nothing}
    <h4>${t('rules.full')}</h4>
    <div class="prose">${unsafeHTML(sanitizeHtml(contest.rules, { base: api }))}</div>
  </section>`;
}
