import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dialogue, DialogueQuestion } from '@pbgdpl/contract';
import { pathOf } from '@pbgdpl/contract/route-table';
import { ApiError, apiClient } from '@pbgdpl/core';

/** How often the fallback asks again; the contract promises news within 5 s. */
export const POLL_INTERVAL = 5_000;
/** Errors before any message that mean the stream will not work here (blocked, proxied away). */
const STREAM_FAILURES = 3;

export interface LiveHost extends ReactiveControllerHost {
  /** The session changed while open (its state, conclusion, recording). */
  sessionChanged(session: Dialogue): void;
  /** Published answers that arrived while open, for the polite live region. */
  answersArrived(questions: DialogueQuestion[]): void;
}

export interface LiveTarget {
  api: string;
  id: number;
  /** Follow changes (the session is live); otherwise the list is read once. */
  live: boolean;
}

export type LiveState =
  | { status: 'loading' }
  | { status: 'ready'; stale: boolean }
  | { status: 'error'; error: ApiError };

/** How the list is kept current: not at all, by the stream, or by polling with ETag. */
export type LiveMode = 'off' | 'stream' | 'polling';

const asError = (cause: unknown) => (cause instanceof ApiError ? cause : new ApiError('network', { cause }));

/**
 * A session's public questions, kept current while it is live: Server-Sent Events from
 * `/dialogues/{id}/stream` (the browser resumes with `Last-Event-ID` on its own), each question
 * upserted by id; when `EventSource` is missing, blocked by the host's CSP or fails before any
 * message, polling every 5 s with the browser's cache revalidating by ETag. Leaving the page
 * closes the stream and stops the timer.
 */
export class LiveQuestions implements ReactiveController {
  state: LiveState = { status: 'loading' };
  mode: LiveMode = 'off';
  readonly #host: LiveHost;
  readonly #target: () => LiveTarget | undefined;
  #items = new Map<number, DialogueQuestion>();
  #key: string | undefined;
  #source: EventSource | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #failures = 0;
  #heard = false;

  constructor(host: LiveHost, target: () => LiveTarget | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  /** The questions, most supported or newest first. */
  sorted(sort: 'support' | 'newest'): DialogueQuestion[] {
    const newest = (a: DialogueQuestion, b: DialogueQuestion) =>
      b.askedAt.localeCompare(a.askedAt) || b.id - a.id;
    return [...this.#items.values()].sort(
      sort === 'newest' ? newest : (a, b) => b.supports - a.supports || newest(a, b),
    );
  }

  /** One question changed here (a support counted): shown at once. */
  upsert(question: DialogueQuestion): void {
    this.#items.set(question.id, question);
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const target = this.#target();
    const key = target && `${target.api} ${target.id} ${target.live}`;
    if (key === this.#key) return;
    this.#stop();
    this.#key = key;
    if (target) this.#start(target);
  }

  hostDisconnected(): void {
    this.#stop();
    this.#key = undefined;
  }

  retry(): void {
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  #start(target: LiveTarget): void {
    this.#abort = new AbortController();
    this.#items = new Map();
    this.state = { status: 'loading' };
    this.#failures = 0;
    this.#heard = false;
    if (!target.live) {
      this.mode = 'off';
      void this.#load(target, false);
    } else if (typeof EventSource === 'function') this.#listen(target);
    else this.#poll(target);
  }

  #stop(): void {
    this.#source?.close();
    this.#source = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    this.mode = 'off';
  }

  /** Reads the whole list: on open, on the stream's `ready`, and on every poll. */
  async #load(target: LiveTarget, fresh: boolean): Promise<void> {
    const signal = this.#abort?.signal;
    try {
      const { data, stale } = await apiClient(target.api).get(
        'dialogueQuestions',
        { params: { id: target.id }, query: { sort: 'newest', pageSize: 100 } },
        { signal, fresh },
      );
      if (signal?.aborted) return;
      const before = this.#items;
      this.#items = new Map(data.items.map((question) => [question.id, question]));
      if (this.state.status === 'ready')
        this.#announce(data.items.filter((q) => answeredNow(before.get(q.id), q)));
      this.state = { status: 'ready', stale };
    } catch (cause) {
      if (signal?.aborted) return;
      // A list on screen stays; a failed poll is tried again at the next one.
      if (this.state.status !== 'ready') this.state = { status: 'error', error: asError(cause) };
    }
    this.#host.requestUpdate();
  }

  #listen(target: LiveTarget): void {
    this.mode = 'stream';
    const url = apiClient(target.api).url(pathOf('dialogueStream', { id: target.id }));
    let source: EventSource;
    try {
      source = new EventSource(url);
    } catch {
      // A host page's CSP may forbid it outright.
      this.#poll(target);
      return;
    }
    this.#source = source;
    const heard = () => {
      this.#heard = true;
      this.#failures = 0;
    };
    source.addEventListener('ready', () => {
      heard();
      void this.#load(target, true);
    });
    source.addEventListener('question', (event) => {
      heard();
      const question = parse<DialogueQuestion>(event);
      if (!question) return;
      const before = this.#items.get(question.id);
      this.#items.set(question.id, question);
      if (answeredNow(before, question)) this.#announce([question]);
      this.#host.requestUpdate();
    });
    source.addEventListener('withdrawn', (event) => {
      heard();
      const gone = parse<{ id: number }>(event);
      if (gone && this.#items.delete(gone.id)) this.#host.requestUpdate();
    });
    source.addEventListener('session', (event) => {
      heard();
      const session = parse<Dialogue>(event);
      if (session) this.#host.sessionChanged(session);
    });
    source.addEventListener('error', () => {
      if (this.#heard) return; // The browser reconnects with Last-Event-ID by itself.
      this.#failures++;
      if (source.readyState === EventSource.CLOSED || this.#failures >= STREAM_FAILURES) {
        source.close();
        this.#source = undefined;
        this.#poll(target);
      }
    });
  }

  #poll(target: LiveTarget): void {
    this.mode = 'polling';
    const signal = this.#abort?.signal;
    const round = async () => {
      await Promise.all([this.#load(target, true), this.#pollSession(target)]);
      if (signal?.aborted) return;
      this.#timer = setTimeout(round, POLL_INTERVAL);
    };
    void round();
  }

  async #pollSession(target: LiveTarget): Promise<void> {
    const signal = this.#abort?.signal;
    try {
      const { data } = await apiClient(target.api).get(
        'dialogueGet',
        { params: { id: target.id } },
        { signal, fresh: true },
      );
      if (!signal?.aborted) this.#host.sessionChanged(data);
    } catch {
      // The next poll tries again; the questions' state shows any lasting outage.
    }
  }

  #announce(questions: DialogueQuestion[]): void {
    if (questions.length) this.#host.answersArrived(questions);
  }
}

/** A published answer that was not there before (a first load announces nothing). */
const answeredNow = (before: DialogueQuestion | undefined, after: DialogueQuestion) =>
  Boolean(after.answer) && !before?.answer;

function parse<T>(event: Event): T | undefined {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return undefined;
  }
}
