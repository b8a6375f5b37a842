import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Attempt } from '@pbgdpl/contract';
import { ApiError, apiClient, type Lang, type PbgdplConfig, type Translate } from '@pbgdpl/core';
import type { EntryStore } from './entry-store.ts';

export type SaveState = 'saving' | 'saved' | 'failed';
export type Phase = 'idle' | 'starting' | 'running' | 'confirm' | 'submitting' | 'done';

/** Moments the time left is read out (seconds): often enough to plan, rare enough not to disturb. */
export const ANNOUNCE_AT = [1800, 1200, 600, 300, 120, 60, 30] as const;

export interface AttemptHost extends ReactiveControllerHost {
  readonly config: PbgdplConfig;
  readonly language: Lang;
  readonly t: Translate;
  /** The attempt ended (submitted, or closed at its deadline): show the score. */
  attemptClosed(attempt: Attempt): void;
}

const asError = (cause: unknown) => (cause instanceof ApiError ? cause : new ApiError('network', { cause }));

/**
 * One attempt of one participant: started (the server draws and shuffles the questions),
 * resumed from its key after a reload, each answer saved to the server as it is chosen (a
 * failed save is kept and tried again), the time left counted from the server's own figure
 * (never the device's clock), read out at a few moments, and submitted for the server's score.
 */
export class AttemptController implements ReactiveController {
  attempt: Attempt | undefined;
  phase: Phase = 'idle';
  /** A refusal or failure to show, in the reader's language (the server's own words when it gave them). */
  problem: string | undefined;
  saves = new Map<number, SaveState>();
  guess = '';
  /** The latest time-left announcement for the live region. */
  announcement = '';
  /** `performance.now()` at the deadline, from the server's `remainingSeconds`. */
  #deadline = 0;
  #announced = new Set<number>();
  #ticker: ReturnType<typeof setInterval> | undefined;
  #pending = new Map<number, number[]>();
  #chains = new Map<number, Promise<void>>();
  #abort = new AbortController();

  constructor(
    private readonly host: AttemptHost,
    /** Where this browser keeps the open contest's entry. */
    private readonly entry: () => EntryStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    if (this.phase === 'running' || this.phase === 'confirm') this.#tick();
  }

  hostDisconnected(): void {
    this.#abort.abort();
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  get #client() {
    return apiClient(this.host.config.api);
  }

  get #headers() {
    return { 'Accept-Language': this.host.language };
  }

  /** Seconds left by the server's clock, counted down here since its last answer. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.#deadline - performance.now()) / 1000));
  }

  get answered(): number {
    return this.attempt?.questions.filter((question) => question.choices.length > 0).length ?? 0;
  }

  /** Picks up the attempt whose key this browser holds; false when there is none to resume. */
  async resume(key: string): Promise<boolean> {
    this.phase = 'starting';
    this.host.requestUpdate();
    try {
      const attempt = await this.#client.send(
        'attemptGet',
        { params: { key } },
        { headers: this.#headers, signal: this.#abort.signal },
      );
      this.#show(attempt);
      return true;
    } catch (cause) {
      const error = asError(cause);
      // A key the server no longer knows: forget it; anything else (offline) keeps it for later.
      if (error.status === 404) this.entry().save({ ...this.entry().load(), attemptKey: undefined });
      else this.problem = this.#explain(error);
      this.phase = 'idle';
      this.host.requestUpdate();
      return false;
    }
  }

  /** Starts an attempt in the open round; the server refuses beyond the attempts allowed. */
  async start(contestId: number, participantToken: string): Promise<void> {
    if (this.phase === 'starting') return;
    this.phase = 'starting';
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const attempt = await this.#client.send(
        'contestAttemptStart',
        { params: { id: contestId }, body: { participantToken } },
        {
          headers: { ...this.#headers, 'Idempotency-Key': crypto.randomUUID?.() ?? String(Math.random()) },
          signal: this.#abort.signal,
        },
      );
      this.entry().save({ ...this.entry().load(), attemptKey: attempt.key });
      this.#show(attempt);
    } catch (cause) {
      this.problem = this.#explain(asError(cause));
      this.phase = 'idle';
      this.host.requestUpdate();
    }
  }

  #show(attempt: Attempt): void {
    this.attempt = attempt;
    this.guess = attempt.guess === null ? this.guess : String(attempt.guess);
    this.saves = new Map(
      attempt.questions.filter((q) => q.choices.length > 0).map((q) => [q.id, 'saved' as SaveState]),
    );
    this.#setRemaining(attempt.remainingSeconds);
    if (attempt.submittedAt !== null) this.#closed(attempt);
    else {
      this.phase = 'running';
      // Moments already past are not read out after a reload.
      this.#announced = new Set(ANNOUNCE_AT.filter((at) => attempt.remainingSeconds <= at));
      this.#tick();
    }
    this.host.requestUpdate();
  }

  #setRemaining(seconds: number): void {
    this.#deadline = performance.now() + seconds * 1000;
  }

  #tick(): void {
    clearInterval(this.#ticker);
    this.#ticker = setInterval(() => {
      const left = this.remaining;
      const moment = ANNOUNCE_AT.find((at) => left <= at && !this.#announced.has(at));
      if (moment !== undefined) {
        ANNOUNCE_AT.filter((at) => at >= moment).forEach((at) => this.#announced.add(at));
        this.announcement = this.host.t('attempt.timeLeftAnnounce', { time: spokenTime(this.host.t, left) });
      }
      // At the deadline the server closes the attempt with what was saved: read it back.
      if (left === 0 && this.attempt && this.phase !== 'submitting') void this.#reread();
      this.host.requestUpdate();
    }, 1000);
  }

  async #reread(): Promise<void> {
    clearInterval(this.#ticker);
    this.announcement = this.host.t('attempt.timeUp');
    if (this.attempt) await this.resume(this.attempt.key);
  }

  /** The participant chose `choices` (positions in the question's own order): saved at once. */
  choose(questionId: number, choices: number[]): void {
    const attempt = this.attempt;
    if (!attempt || this.phase !== 'running') return;
    this.attempt = {
      ...attempt,
      questions: attempt.questions.map((q) => (q.id === questionId ? { ...q, choices } : q)),
    };
    this.#pending.set(questionId, choices);
    this.saves.set(questionId, 'saving');
    this.host.requestUpdate();
    // One save at a time per question, the latest choice last: the server keeps what was chosen last.
    const previous = this.#chains.get(questionId) ?? Promise.resolve();
    this.#chains.set(
      questionId,
      previous.then(() => this.#save(questionId)),
    );
  }

  async #save(questionId: number): Promise<void> {
    const choices = this.#pending.get(questionId);
    const key = this.attempt?.key;
    if (!choices || !key) return;
    try {
      const saved = await this.#client.send(
        'attemptAnswer',
        { params: { key, questionId }, body: { choices } },
        { headers: this.#headers, signal: this.#abort.signal },
      );
      if (this.#pending.get(questionId) === choices) {
        this.#pending.delete(questionId);
        this.saves.set(questionId, 'saved');
      }
      this.#setRemaining(saved.remainingSeconds);
    } catch (cause) {
      const error = asError(cause);
      this.saves.set(questionId, 'failed');
      if (error.status === 409) void this.#reread();
    }
    this.host.requestUpdate();
  }

  /** Sends again every answer whose save failed (the connection came back). */
  retrySaves(): void {
    for (const [questionId, state] of this.saves)
      if (state === 'failed') {
        this.saves.set(questionId, 'saving');
        void this.#save(questionId);
      }
    this.host.requestUpdate();
  }

  get unsaved(): number {
    return [...this.saves.values()].filter((state) => state !== 'saved').length;
  }

  setGuess(value: string): void {
    this.guess = value;
    this.host.requestUpdate();
  }

  confirm(open: boolean): void {
    if (this.phase === 'running' || this.phase === 'confirm') this.phase = open ? 'confirm' : 'running';
    this.host.requestUpdate();
  }

  /** Scores on the server, once every answer's save has ended. */
  async submit(): Promise<void> {
    const attempt = this.attempt;
    if (!attempt || this.phase === 'submitting') return;
    this.phase = 'submitting';
    this.problem = undefined;
    this.host.requestUpdate();
    await Promise.all(this.#chains.values());
    const guess = /^\d{1,8}$/.test(this.guess.trim()) ? Number(this.guess.trim()) : undefined;
    try {
      const closed = await this.#client.send(
        'attemptSubmit',
        { params: { key: attempt.key }, body: attempt.round.tieBreak ? { guess } : {} },
        { headers: this.#headers, signal: this.#abort.signal },
      );
      this.#show(closed);
    } catch (cause) {
      this.problem = this.#explain(asError(cause));
      this.phase = 'confirm';
      this.host.requestUpdate();
    }
  }

  #closed(attempt: Attempt): void {
    clearInterval(this.#ticker);
    // The key stays: after a reload the score is still there, and the explanations once the round ends.
    this.phase = 'done';
    this.host.attemptClosed(attempt);
  }

  /** Back to the contest's page after a score: the next attempt starts from a button. */
  reset(): void {
    this.attempt = undefined;
    this.phase = 'idle';
    this.problem = undefined;
    this.saves = new Map();
    this.host.requestUpdate();
  }

  #explain(error: ApiError): string {
    const { t } = this.host;
    if (error.kind === 'network' || error.kind === 'timeout') return t(`core:error.${error.kind}`);
    return error.problem?.detail ?? t('core:error.http', { status: error.status ?? '' });
  }
}

/** "4 phút 30 giây" / "4 minutes 30 seconds": a time as it is said, not as a clock shows it. */
export function spokenTime(t: Translate, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes) parts.push(t('time.minutes', { count: minutes }));
  if (rest || !minutes) parts.push(t('time.seconds', { count: rest }));
  return parts.join(' ');
}

/** "04:30": the visible clock. */
export const clockTime = (seconds: number): string =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
