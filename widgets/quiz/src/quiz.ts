import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Attempt, Contest, ContestState, ParticipantReceipt } from '@pbgdpl/contract';
import { CONTEST_STATES } from '@pbgdpl/contract/values';
import {
  buttonStyles,
  BrowseController,
  browseStyles,
  defineElement,
  emit,
  PbgdplElement,
  registerLocales,
  renderBack,
  renderItemLink,
  renderPager,
  renderSkeleton,
} from '@pbgdpl/core';
import { consentStyles } from '@pbgdpl/core/consent-form';
import { AttemptController } from './attempt-controller.ts';
import { renderAttempt, renderScore, type AttemptContext } from './attempt-view.ts';
import { renderFacts, renderRules, type ContestContext } from './contest-view.ts';
import { EntryStore } from './entry-store.ts';
import { quizStyles } from './quiz.styles.ts';
import { quizCodec, TABS, type QuizState, type Tab } from './quiz-state.ts';
import { RegistrationController, type RegistrationField } from './registration.ts';
import { renderRegistration } from './registration-form.ts';
import { renderResults, renderRoundChoice, type ResultsContext } from './results-view.ts';
import vi from './locales/vi.json';

registerLocales('quiz', { vi, en: () => import('./locales/en.json') });

/** The quiz's own event: an attempt was scored. */
export interface QuizEventMap {
  'pbgdpl-quiz-submit': { contestId: number; correct: number; total: number };
}

/** A document of the browser on this page, unless `documents-href` says where the browser is. */
const DEFAULT_DOCUMENTS_HREF = '?vb-doc={id}';

/**
 * Online legal contests (cuộc thi tìm hiểu pháp luật trực tuyến): the list (open ones first),
 * and one contest with its rules, registration with a consent per purpose, the attempt (the
 * server draws the questions, each answer is saved as it is chosen, the time left is the
 * server's), the score, and each round's ranking with only what participants agreed to show.
 * A reload in the middle of an attempt comes back to it, answers and clock as they were. The
 * list and the open contest live in the host page's address (`ct-state`, `ct-page`, `ct-id`,
 * `ct-tab`, `ct-round`).
 *
 * @summary Online legal contests: list, rules, registration, timed attempt, score and ranking.
 * @tag pbgdpl-quiz
 * @attr contest-id - One contest only (no list), e.g. `2`.
 * @attr state - Fixed state of the listed contests: `open`, `upcoming`, `closed` or `results`; its filter hidden.
 * @attr layout - How the attempt shows its questions: `one` per screen (default) or `all` on one page.
 * @attr page-size - Contests per page (default 10).
 * @attr documents-href - Address of the document browser for the legal basis, `{id}` replaced (default: this page, `?vb-doc={id}`).
 * @attr url-prefix - Prefix of the page-address parameters (default `ct-`).
 * @attr no-url - Keep the list and the open contest out of the page address.
 * @fires pbgdpl-quiz-submit - An attempt was scored; `detail: { contestId, correct, total }`.
 * @csspart list - The list of contests.
 * @csspart card - One contest in the list.
 * @csspart pager - The page navigation.
 * @csspart back - The button back to the list.
 * @csspart tabs - The contest's tabs (rules, taking part, results).
 * @csspart rules - The rules tab.
 * @csspart rounds - The table of rounds.
 * @csspart register - The registration form.
 * @csspart consents - The consents of the registration form.
 * @csspart submit - The registration's and the attempt's submit buttons.
 * @csspart attempt - The attempt under way.
 * @csspart timer - The time left.
 * @csspart navigator - The buttons to each question (one question per screen).
 * @csspart question - One question with its options.
 * @csspart confirm - The confirmation before submitting.
 * @csspart score - The score (and the explanations once the round has ended).
 * @csspart results - The ranking of a round.
 * @csspart ranking - The ranking table.
 * @csspart key - The round's questions with the key, once it has ended.
 * @cssprop --pbgdpl-quiz-right - Colour of the right options in the explanations (default #1e6b34).
 */
export class PbgdplQuiz extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, browseStyles, buttonStyles, consentStyles, quizStyles];
  protected readonly namespace = 'quiz';

  @property({ type: Number, attribute: 'contest-id' }) contestId?: number;
  @property() state?: string;
  @property() layout: 'one' | 'all' = 'one';
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property({ attribute: 'documents-href' }) documentsHref?: string;
  @property({ attribute: 'url-prefix' }) urlPrefix = 'ct-';
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  readonly #browse = new BrowseController<QuizState>(this, {
    codec: quizCodec,
    detailKey: 'contest',
    address: () => ({ prefix: this.urlPrefix, enabled: !this.noUrl }),
    fallbackFocus: '#list-heading',
  });

  readonly #contests = this.resource(
    'contests',
    () =>
      this.#contestId === undefined
        ? {
            query: {
              unit: this.config.unit,
              state: this.#presetState ?? this.#state.state,
              page: this.#state.page,
              pageSize: this.#pageSize,
            },
          }
        : undefined,
    (data) => data.items.length,
  );
  readonly #contest = this.resource(
    'contestGet',
    () => (this.#contestId === undefined ? undefined : { params: { id: this.#contestId } }),
    () => 1,
  );
  readonly #results = this.resource(
    'contestResults',
    () =>
      this.#contestId !== undefined && this.#tab === 'results'
        ? { params: { id: this.#contestId }, query: { round: this.#state.round } }
        : undefined,
    (data) => data.items.length,
  );

  #entryStore: EntryStore | undefined;
  #registration: RegistrationController | undefined;
  readonly #run = new AttemptController(this, () => this.#entry);
  /** The contest whose taking part was set up (registration form or attempt). */
  #prepared: number | undefined;
  #question = 0;

  get #state(): QuizState {
    return this.#browse.state;
  }

  get #contestId(): number | undefined {
    return this.contestId && this.contestId >= 1 ? Math.floor(this.contestId) : this.#state.contest;
  }

  get #tab(): Tab {
    return TABS.includes(this.#state.tab) ? this.#state.tab : 'rules';
  }

  get #presetState(): ContestState | undefined {
    return (CONTEST_STATES as readonly string[]).includes(this.state ?? '')
      ? (this.state as ContestState)
      : undefined;
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize ?? 0);
    return size >= 1 ? Math.min(size, 100) : 10;
  }

  get #entry(): EntryStore {
    const id = this.#contestId ?? 0;
    this.#entryStore ??= new EntryStore(this.config.api, id);
    return this.#entryStore;
  }

  #documentHref = (id: number) =>
    (this.documentsHref || DEFAULT_DOCUMENTS_HREF).replaceAll('{id}', String(id));

  // ---- taking part ----

  /** Once per contest on its "take part" tab: resume the attempt, or offer to start, or register. */
  #prepare(): void {
    const id = this.#contestId;
    if (id === undefined || this.#tab !== 'take' || this.#prepared === id) return;
    // Once the contest is known: an ended one takes no registration (its form would be refused).
    const contest = this.#contest.state;
    if (contest.status !== 'ready' || contest.data.id !== id) return;
    this.#prepared = id;
    this.#entryStore = new EntryStore(this.config.api, id);
    this.#run.reset();
    this.#registration?.stop();
    this.#registration = undefined;
    const entry = this.#entry.load();
    const open = contest.data.state === 'open' || contest.data.state === 'upcoming';
    if (entry.attemptKey) void this.#run.resume(entry.attemptKey);
    else if (!entry.participantToken && open) this.#openRegistration(id);
  }

  #openRegistration(id: number): void {
    this.#registration = new RegistrationController(this, id);
    void this.#registration.load();
  }

  focusProblem(field: RegistrationField): void {
    void this.updateComplete.then(() => {
      const target = field === 'form' ? '#summary' : field === 'takePart' ? '#take-part' : `#${field}`;
      const fallback = field === 'contact' ? '#phone' : target;
      (
        this.renderRoot.querySelector<HTMLElement>(target) ??
        this.renderRoot.querySelector<HTMLElement>(fallback)
      )?.focus();
    });
  }

  registered(receipt: ParticipantReceipt): void {
    this.#entry.save({ participantToken: receipt.participantToken });
    this.#registration = undefined;
    this.requestUpdate();
    this.#browse.focus('#start-heading');
  }

  attemptClosed(attempt: Attempt): void {
    if (attempt.score)
      emit<QuizEventMap, 'pbgdpl-quiz-submit'>(this, 'pbgdpl-quiz-submit', {
        contestId: attempt.contestId,
        correct: attempt.score.correct,
        total: attempt.score.total,
      });
    this.#browse.focus('#score-heading');
  }

  #start = () => {
    const id = this.#contestId;
    const token = this.#entry.load().participantToken;
    if (id === undefined || !token) return;
    this.#question = 0;
    void this.#run.start(id, token).then(() => {
      if (this.#run.phase === 'running') this.#browse.focus('#attempt-heading');
      else this.#browse.focus('#start-problem');
    });
  };

  #goQuestion = (index: number) => {
    this.#question = index;
    this.requestUpdate();
    this.#browse.focus('.question');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#prepare();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const confirm = this.renderRoot.querySelector<HTMLElement>('#confirm-heading');
    if (confirm && this.#run.phase === 'confirm' && !confirm.dataset.focused) {
      confirm.dataset.focused = 'yes';
      confirm.focus();
    }
  }

  // ---- rendering ----

  get #context(): ContestContext {
    return { t: this.t, lang: this.language, api: this.config.api, documentHref: this.#documentHref };
  }

  protected override render() {
    const id = this.#contestId;
    return html`<div class="root" lang=${this.language}>
      ${id === undefined ? this.#renderList() : this.#renderContest()}
    </div>`;
  }

  #renderList() {
    const { t } = this;
    const preset = this.#presetState;
    return html`<section aria-labelledby="list-heading">
      <h2 id="list-heading" tabindex="-1">${t('list.heading')}</h2>
      ${preset
        ? nothing
        : html`<div class="row filter">
            <label for="state-filter">${t('list.state')}</label>
            <select
              id="state-filter"
              @input=${(event: Event) =>
                this.#browse.change({
                  state: ((event.target as HTMLSelectElement).value || undefined) as ContestState | undefined,
                  page: 1,
                })}
            >
              <option value="" ?selected=${!this.#state.state}>${t('list.all')}</option>
              ${CONTEST_STATES.map(
                (state) =>
                  html`<option value=${state} ?selected=${this.#state.state === state}>
                    ${t(`state.${state}`)}
                  </option>`,
              )}
            </select>
          </div>`}
      ${this.#contests.state.status === 'loading'
        ? renderSkeleton(t('core:loading'), Math.min(this.#pageSize, 2))
        : this.renderResource(
            this.#contests,
            (data) => data.items.length,
            (data) =>
              html`<ul class="list" part="list">
                  ${data.items.map(
                    (contest) =>
                      html`<li class="card" part="card">
                        <h3>
                          ${renderItemLink(
                            {
                              id: contest.id,
                              className: 'contest-link',
                              href: this.noUrl
                                ? undefined
                                : this.#browse.href({ contest: contest.id, tab: 'rules' }),
                              announce: () => true,
                              show: () => this.#browse.open(contest.id, '.back'),
                            },
                            contest.title,
                          )}
                        </h3>
                        ${renderFacts(this.#context, contest)}
                        <p class="hint">${t('list.rounds', { count: contest.rounds })}</p>
                      </li>`,
                  )}
                </ul>
                ${renderPager({
                  t,
                  lang: this.language,
                  page: this.#state.page,
                  pages: Math.max(1, Math.ceil(data.total / data.pageSize)),
                  onPage: (page) => {
                    this.#browse.change({ page });
                    this.#browse.focus('#list-heading');
                  },
                  label: t('list.pager'),
                })}`,
            t('list.empty'),
          )}
    </section>`;
  }

  #renderContest() {
    const { t } = this;
    const fixed = Boolean(this.contestId);
    return html`${fixed ? nothing : renderBack(t, this.#browse.close)}
    ${this.renderResource(
      this.#contest,
      () => 1,
      (contest) =>
        html`<article class="contest" aria-labelledby="contest-heading">
          <h2 id="contest-heading">${contest.title}</h2>
          ${renderFacts(this.#context, contest)} ${this.#renderTabs()}
          <div class="panel" id="panel">${this.#renderPanel(contest)}</div>
        </article>`,
    )}`;
  }

  #renderTabs() {
    const { t } = this;
    const go = (tab: Tab) => (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      this.#browse.change({ tab });
      this.#browse.focus(`#${tab}-heading, #panel h3`);
    };
    return html`<nav class="tabs" part="tabs" aria-label=${t('tabs.label')}>
      <ul>
        ${TABS.map(
          (tab) =>
            html`<li>
              <a
                href=${this.#browse.href({ tab })}
                aria-current=${this.#tab === tab ? 'page' : 'false'}
                @click=${go(tab)}
                >${t(`tabs.${tab}`)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #renderPanel(contest: Contest) {
    switch (this.#tab) {
      case 'rules':
        return renderRules(this.#context, contest);
      case 'take':
        return this.#renderTake(contest);
      case 'results':
        return this.#renderResultsTab(contest);
    }
  }

  #attemptContext(attempt: Attempt): AttemptContext {
    return {
      t: this.t,
      lang: this.language,
      run: this.#run,
      attempt,
      layout: this.layout === 'all' ? 'all' : 'one',
      current: this.#question,
      onGo: this.#goQuestion,
      documentHref: this.#documentHref,
    };
  }

  #renderTake(contest: Contest) {
    const { t } = this;
    const run = this.#run;
    if (run.phase === 'done' && run.attempt)
      return html`${renderScore(this.#attemptContext(run.attempt))}
        <p class="actions">
          <button type="button" class="secondary" @click=${() => run.reset()}>${t('score.again')}</button>
        </p>`;
    if (run.attempt && run.phase !== 'idle') return renderAttempt(this.#attemptContext(run.attempt));
    if (run.phase === 'starting') return html`<p role="status">${t('attempt.starting')}</p>`;
    if (contest.state !== 'open' && contest.state !== 'upcoming')
      return html`<p class="state empty" id="take-heading" tabindex="-1">${t('take.ended')}</p>`;
    if (this.#registration) return renderRegistration(t, this.#registration);
    const round = contest.rounds.find((r) => r.id === contest.currentRound);
    return html`<section class="start" aria-labelledby="start-heading">
      <h3 id="start-heading" tabindex="-1">${t('take.ready')}</h3>
      ${round
        ? html`<p>
              ${t('take.roundInfo', {
                round: round.title,
                count: round.questionCount,
                minutes: Math.round(round.timeLimitSeconds / 60),
                attempts: round.maxAttempts,
              })}
            </p>
            <p class="hint">${t('take.timerNote')}</p>`
        : html`<p>${t('take.notOpen')}</p>`}
      ${run.problem
        ? html`<p class="error" id="start-problem" role="alert" tabindex="-1">${run.problem}</p>`
        : nothing}
      <p class="actions">
        <button type="button" class="primary start-button" ?disabled=${!round} @click=${this.#start}>
          ${t('take.start')}
        </button>
      </p>
    </section>`;
  }

  #renderResultsTab(contest: Contest) {
    const context: ResultsContext = {
      t: this.t,
      lang: this.language,
      contest,
      round: this.#state.round,
      onRound: (round) => this.#browse.change({ round }),
      documentHref: this.#documentHref,
    };
    if (!contest.rounds.some((round) => round.state !== 'upcoming'))
      return html`<p class="state empty" id="results-heading" tabindex="-1">${this.t('results.notYet')}</p>`;
    return html`${renderRoundChoice(context)}
    ${this.renderResource(
      this.#results,
      () => 1,
      (results) => renderResults(context, results),
    )}`;
  }
}

defineElement('pbgdpl-quiz', PbgdplQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-quiz': PbgdplQuiz;
  }
}
