import { html, nothing } from 'lit';
import type { Contest, ContestResults } from '@pbgdpl/contract';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';
import { spokenTime } from './attempt-controller.ts';

export interface ResultsContext {
  t: Translate;
  lang: Lang;
  contest: Contest;
  /** The round shown (its id); rounds that have not started have no results. */
  round: number | undefined;
  onRound: (id: number) => void;
  documentHref: (id: number) => string;
}

/** The choice of round: only rounds that have started. */
export function renderRoundChoice({ t, contest, round, onRound }: ResultsContext) {
  const started = contest.rounds.filter((r) => r.state !== 'upcoming');
  if (started.length < 2) return nothing;
  return html`<div class="row round-choice">
    <label for="round">${t('results.round')}</label>
    <select id="round" @input=${(event: Event) => onRound(Number((event.target as HTMLSelectElement).value))}>
      ${started.map(
        (r) =>
          html`<option value=${r.id} ?selected=${(round ?? started.at(-1)?.id) === r.id}>${r.title}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * A round's ranking as a table: rank, then only what each participant agreed to publish
 * (name, commune), their score, guess and time; contact data never reaches the page. Once the
 * round has ended, its questions with the key and the legal basis of each explanation.
 */
export function renderResults(context: ResultsContext, results: ContestResults) {
  const { t, lang, documentHref } = context;
  return html`<section class="results" part="results" aria-labelledby="results-heading">
    <h3 id="results-heading" tabindex="-1">${t('results.heading', { round: results.round.title })}</h3>
    ${results.rightCount !== null
      ? html`<p>
          ${t('results.rightCount', { count: results.rightCount, n: formatNumber(results.rightCount, lang) })}
        </p>`
      : html`<p class="hint">${t('results.provisional')}</p>`}
    ${results.items.length === 0
      ? html`<p class="state empty">${t('results.none')}</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="ranking-caption">
          <table part="ranking">
            <caption class="visually-hidden" id="ranking-caption">
              ${t('results.caption', { round: results.round.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('results.rank')}</th>
                <th scope="col">${t('results.name')}</th>
                <th scope="col">${t('results.commune')}</th>
                <th scope="col">${t('results.correct')}</th>
                <th scope="col">${t('results.guess')}</th>
                <th scope="col">${t('results.time')}</th>
              </tr>
            </thead>
            <tbody>
              ${results.items.map(
                (row) =>
                  html`<tr>
                    <td>${formatNumber(row.rank, lang)}</td>
                    <th scope="row">
                      ${row.name ?? html`<span class="muted">${t('results.hidden')}</span>`}
                    </th>
                    <td>${row.commune ?? html`<span class="muted">${t('results.hidden')}</span>`}</td>
                    <td>${t('results.score', { correct: row.correct, total: row.total })}</td>
                    <td>${row.guess === null ? '—' : formatNumber(row.guess, lang)}</td>
                    <td>${spokenTime(t, Math.round(row.seconds))}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`}
    ${results.questions?.length
      ? html`<details class="key" part="key">
          <summary>${t('results.key', { count: results.questions.length })}</summary>
          <ol>
            ${results.questions.map(
              (question) =>
                html`<li>
                  <p class="text">${question.text}</p>
                  <ul class="options">
                    ${question.options.map(
                      (option, position) =>
                        html`<li class=${question.correct.includes(position) ? 'right' : ''}>
                          ${option}
                          ${question.correct.includes(position)
                            ? html`<strong>(${t('score.right')})</strong>`
                            : nothing}
                        </li>`,
                    )}
                  </ul>
                  <p class="explanation">
                    <strong>${t('score.explanation')}:</strong> ${question.explanation}
                  </p>
                  ${question.documentId
                    ? html`<p><a href=${documentHref(question.documentId)}>${t('score.basis')}</a></p>`
                    : nothing}
                </li>`,
            )}
          </ol>
        </details>`
      : nothing}
  </section>`;
}
