import { performance } from 'node:perf_hooks';
import type { Clock } from '../clock.ts';
import { LruCache } from '../lru-cache.ts';
import type { CachedAnswer } from './cached-answer.ts';

/**
 * How long a node trusts the content version it last read: a write through another node (or
 * the CLI) shows here within this time. A write through this node shows at once.
 */
export const CONTENT_CHECK_MS = 1000;

/** The largest single answer kept, as a share of the budget, so one never pushes out the rest. */
const LARGEST_SHARE = 8;

export interface ResponseCacheOptions {
  maxBytes: number;
  clock: Clock;
  /** The database's content version (moved by every write to content, by any process). */
  readVersion: () => Promise<number>;
  checkEveryMs?: number;
}

/**
 * Public answers of this node, kept whole (see CachedAnswer) for as long as the content they
 * were made from: all are dropped when the content version read from the database changes.
 * The version is read at most once per CONTENT_CHECK_MS, and right after a write through this
 * node, never per request. Answers depending on the time (a banner's schedule, today's
 * beacons) carry their own expiry. Least recently used answers go first past `maxBytes`.
 */
export class ResponseCache {
  readonly #answers: LruCache<CachedAnswer>;
  /** Answers being made, so that concurrent requests for one key wait for one computation. */
  readonly #making = new Map<string, Promise<CachedAnswer | undefined>>();
  readonly #options: Required<ResponseCacheOptions>;
  #version: number | undefined;
  /** performance.now() when the last version check started. */
  #checkedAt = -Infinity;
  #checkDue = true;
  #checking: Promise<void> | undefined;
  /** Moves whenever the answers held are dropped: answers made before must not be kept after. */
  #generation = 0;

  constructor(options: ResponseCacheOptions) {
    this.#options = { checkEveryMs: CONTENT_CHECK_MS, ...options };
    this.#answers = new LruCache(options.maxBytes, (answer) => answer.bytes);
  }

  /** The answer for `key` when one is held and known current without asking the database. */
  peek(key: string): CachedAnswer | undefined {
    if (!this.#trusted()) return undefined;
    const answer = this.#answers.get(key);
    if (answer && answer.expiresAt <= this.#options.clock().getTime()) {
      this.#answers.delete(key);
      return undefined;
    }
    return answer;
  }

  /** Like `peek`, reading the content version first when it is due. */
  async get(key: string): Promise<CachedAnswer | undefined> {
    await this.#checkVersion();
    return this.peek(key);
  }

  /**
   * The answer `make` computes, made once for concurrent callers of one key, kept when it is
   * storable (`make` returns undefined otherwise) and the content did not change meanwhile.
   * `made` tells the caller whether its own `make` ran.
   */
  async fill(
    key: string,
    make: () => Promise<CachedAnswer | undefined>,
  ): Promise<{ answer: CachedAnswer | undefined; made: boolean }> {
    const shared = this.#making.get(key);
    if (shared) return { answer: await shared, made: false };
    const generation = this.#generation;
    const making = make();
    this.#making.set(key, making);
    try {
      const answer = await making;
      if (answer && generation === this.#generation) this.#keep(key, answer);
      return { answer, made: true };
    } finally {
      if (this.#making.get(key) === making) this.#making.delete(key);
    }
  }

  /** A write went through this node: read the content version before the next answer. */
  changed(): void {
    this.#checkDue = true;
  }

  #keep(key: string, answer: CachedAnswer): void {
    if (answer.bytes > this.#options.maxBytes / LARGEST_SHARE) return;
    this.#answers.set(key, answer);
    // Weighed again with its compressed copies, if it is still held by then.
    answer.compress(() => {
      if (this.#answers.holds(key, answer)) this.#answers.set(key, answer);
    });
  }

  #trusted(): boolean {
    return (
      this.#version !== undefined &&
      !this.#checkDue &&
      performance.now() - this.#checkedAt < this.#options.checkEveryMs
    );
  }

  async #checkVersion(): Promise<void> {
    if (this.#trusted()) return;
    this.#checking ??= this.#readVersion().finally(() => (this.#checking = undefined));
    await this.#checking;
  }

  async #readVersion(): Promise<void> {
    // Taken before reading: a write committed after this moment is seen by the next check.
    const startedAt = performance.now();
    this.#checkDue = false;
    let version: number;
    try {
      version = await this.#options.readVersion();
    } catch {
      // Answers are made (and fail) as without a cache; the next request tries again.
      this.#checkDue = true;
      return;
    }
    if (version !== this.#version) {
      this.#version = version;
      this.#generation++;
      this.#answers.clear();
      this.#making.clear();
    }
    this.#checkedAt = startedAt;
  }
}
