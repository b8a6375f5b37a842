import { html, nothing } from 'lit';
import type { Attempt } from '@pbgdpl/contract';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';
import { clockTime, spokenTime, type AttemptController } from './attempt-controller.ts';

type Question = Attempt['questions'][number];

export interface AttemptContext {
  t: Translate;
  lang: Lang;
  run: AttemptController;
  /** The attempt under way or scored (the controller's, once it has one). */
  attempt: Attempt;
  /** `one` question per screen, or `all` on one page. */
  layout: 'one' | 'all';
  /** The question shown in the `one` layout (0-based). */
  current: number;
  onGo: (index: number) => void;
  /** A document of the browser, for an explanation's legal basis. */
  documentHref: (id: number) => string;
}

const OPTION_MARKS = 'ABCDEF';

function renderQuestion(context: AttemptContext, question: Question, index: number) {
  const { t, run, attempt } = context;
  const total = attempt.questions.length;
  const locked = run.phase !== 'running';
  const save = run.saves.get(question.id);
  const toggle = (position: number, on: boolean) => {
    const choices = question.multiple
      ? on
        ? [...question.choices, position].sort((a, b) => a - b)
        : question.choices.filter((chosen) => chosen !== position)
      : [position];
    run.choose(question.id, choices);
  };
  return html`<fieldset class="question" part="question" aria-describedby="save-${question.id}">
    <legend>
      <span class="progress">${t('attempt.progress', { n: index + 1, total })}</span>
      <span class="text">${question.text}</span>
    </legend>
    ${question.multiple ? html`<p class="hint">${t('attempt.multiple')}</p>` : nothing}
    <ul class="options">
      ${question.options.map(
        (option, position) =>
          html`<li>
            <input
              type=${question.multiple ? 'checkbox' : 'radio'}
              name="q-${question.id}"
              id="q-${question.id}-${position}"
              .checked=${question.choices.includes(position)}
              ?disabled=${locked}
              @change=${(event: Event) => toggle(position, (event.target as HTMLInputElement).checked)}
            />
            <label for="q-${question.id}-${position}"
              ><span class="mark" aria-hidden="true">${OPTION_MARKS[position]}.</span> ${option}</label
            >
          </li>`,
      )}
    </ul>
    <p class="save" id="save-${question.id}" data-save=${save ?? 'none'}>
      ${save ? t(`attempt.save.${save}`) : t('attempt.save.none')}
    </p>
  </fieldset>`;
}

function renderNavigator({ t, attempt, current, onGo }: AttemptContext) {
  const questions = attempt.questions;
  return html`<nav class="navigator" part="navigator" aria-label=${t('attempt.navigator')}>
    <ol>
      ${questions.map(
        (question, index) =>
          html`<li>
            <button
              type="button"
              class=${question.choices.length ? 'answered' : ''}
              aria-current=${index === current ? 'step' : 'false'}
              aria-label=${t(question.choices.length ? 'attempt.goAnswered' : 'attempt.goOpen', {
                n: index + 1,
              })}
              @click=${() => onGo(index)}
            >
              ${index + 1}
            </button>
          </li>`,
      )}
    </ol>
  </nav>`;
}

function renderTimer({ t, run }: AttemptContext) {
  const left = run.remaining;
  return html`<div class="clock" part="timer">
    <p class="timer ${left <= 60 ? 'urgent' : ''}">
      <span>${t('attempt.timeLeft')}</span>
      <!-- role=timer is not read on each change; the live region below speaks at a few moments. -->
      <span role="timer" aria-label=${spokenTime(t, left)} class="time">${clockTime(left)}</span>
    </p>
    <p class="visually-hidden" aria-live="polite" aria-atomic="true">${run.announcement}</p>
  </div>`;
}

function renderGuess({ t, run, attempt }: AttemptContext) {
  if (!attempt.round.tieBreak) return nothing;
  return html`<div class="row guess">
    <label for="guess">${t('attempt.guess')}</label>
    <p class="hint" id="guess-hint">${t('attempt.guessHint')}</p>
    <input
      id="guess"
      inputmode="numeric"
      autocomplete="off"
      maxlength="8"
      aria-describedby="guess-hint"
      .value=${run.guess}
      ?disabled=${run.phase === 'submitting'}
      @input=${(event: Event) => run.setGuess((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

function renderSubmit({ t, lang, run, attempt }: AttemptContext) {
  const total = attempt.questions.length;
  const unsaved = run.unsaved;
  if (run.phase === 'confirm' || run.phase === 'submitting')
    return html`<section class="confirm" part="confirm" aria-labelledby="confirm-heading">
      <h4 id="confirm-heading" tabindex="-1">${t('attempt.confirmHeading')}</h4>
      <p>
        ${t('attempt.confirmText', {
          answered: formatNumber(run.answered, lang),
          total: formatNumber(total, lang),
        })}
      </p>
      ${unsaved ? html`<p class="error">${t('attempt.unsaved', { count: unsaved })}</p>` : nothing}
      ${run.problem ? html`<p class="error" role="alert">${run.problem}</p>` : nothing}
      <p class="actions">
        <button
          type="button"
          class="primary submit"
          ?disabled=${run.phase === 'submitting'}
          @click=${() => void run.submit()}
        >
          ${run.phase === 'submitting' ? t('attempt.submitting') : t('attempt.submitNow')}
        </button>
        <button type="button" class="secondary" @click=${() => run.confirm(false)}>
          ${t('attempt.keepGoing')}
        </button>
      </p>
    </section>`;
  return html`<p class="actions">
    ${unsaved && [...run.saves.values()].includes('failed')
      ? html`<button type="button" class="secondary" @click=${() => run.retrySaves()}>
          ${t('attempt.retrySaves')}
        </button>`
      : nothing}
    <button type="button" class="primary" part="submit" @click=${() => run.confirm(true)}>
      ${t('attempt.submit')}
    </button>
  </p>`;
}

/** The attempt under way: the clock, the questions (one per screen or all), the guess, and submitting. */
export function renderAttempt(context: AttemptContext) {
  const { t, run, attempt, layout, current, onGo } = context;
  const questions = attempt.questions;
  const index = Math.min(current, questions.length - 1);
  const shown = layout === 'all' ? questions : questions.slice(index, index + 1);
  return html`<section class="attempt" part="attempt" aria-labelledby="attempt-heading">
    <h3 id="attempt-heading" tabindex="-1">${t('attempt.heading', { round: attempt.round.title })}</h3>
    ${renderTimer(context)}
    <p class="answered">${t('attempt.answered', { answered: run.answered, total: questions.length })}</p>
    ${layout === 'one' ? renderNavigator(context) : nothing}
    ${shown.map((question) => renderQuestion(context, question, questions.indexOf(question)))}
    ${layout === 'one'
      ? html`<p class="steps">
          <button type="button" class="secondary" ?disabled=${index === 0} @click=${() => onGo(index - 1)}>
            ${t('attempt.previous')}
          </button>
          <button
            type="button"
            class="secondary"
            ?disabled=${index === questions.length - 1}
            @click=${() => onGo(index + 1)}
          >
            ${t('attempt.next')}
          </button>
        </p>`
      : nothing}
    ${renderGuess(context)} ${renderSubmit(context)}
  </section>`;
}

/** One question after the round: the options with the right ones and the participant's, the explanation and its legal basis. */
function renderReviewed({ t, attempt, documentHref }: AttemptContext, question: Question, index: number) {
  const review = question.review;
  if (!review) return nothing;
  return html`<li>
    <p class="text">
      ${t('attempt.progress', { n: index + 1, total: attempt.questions.length })} ${question.text}
    </p>
    <ul class="options">
      ${question.options.map((option, position) => {
        const right = review.correct.includes(position);
        const chosen = question.choices.includes(position);
        return html`<li class=${right ? 'right' : chosen ? 'wrong' : ''}>
          ${OPTION_MARKS[position]}. ${option}
          ${right ? html`<strong>(${t('score.right')})</strong>` : nothing}
          ${chosen ? html`<em>(${t('score.chosen')})</em>` : nothing}
        </li>`;
      })}
    </ul>
    <p class="explanation"><strong>${t('score.explanation')}:</strong> ${review.explanation}</p>
    ${review.documentId
      ? html`<p><a href=${documentHref(review.documentId)}>${t('score.basis')}</a></p>`
      : nothing}
  </li>`;
}

/** The score, and once the round has ended each question with its key, explanation and legal basis. */
export function renderScore(context: AttemptContext) {
  const { t, lang, attempt } = context;
  const score = attempt.score ?? { correct: 0, total: attempt.questions.length, seconds: 0 };
  const reviewed = attempt.questions.some((question) => question.review);
  return html`<section class="score" part="score" aria-labelledby="score-heading">
    <h3 id="score-heading" tabindex="-1">${t('score.heading')}</h3>
    <p class="result">
      ${t('score.result', {
        correct: formatNumber(score.correct, lang),
        total: formatNumber(score.total, lang),
        time: spokenTime(t, Math.round(score.seconds)),
      })}
    </p>
    ${attempt.autoClosed ? html`<p>${t('score.autoClosed')}</p>` : nothing}
    ${attempt.guess !== null
      ? html`<p>${t('score.guess', { guess: formatNumber(attempt.guess, lang) })}</p>`
      : nothing}
    ${reviewed
      ? html`<ol class="review">
          ${attempt.questions.map((question, index) => renderReviewed(context, question, index))}
        </ol>`
      : html`<p class="hint">${t('score.reviewLater')}</p>`}
  </section>`;
}
