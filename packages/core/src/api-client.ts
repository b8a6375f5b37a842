import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { Problem } from '@pbgdpl/contract';
import { compareCodes } from '@pbgdpl/vi-text';
import { ApiError } from './api-error.ts';
import { recallGood, rememberGood } from './last-good.ts';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface GetOptions {
  params?: QueryParams;
  signal?: AbortSignal;
  /** Revalidate with the server (ETag) instead of trusting a fresh HTTP-cache entry. */
  fresh?: boolean;
}

export interface ApiResult<T> {
  data: T;
  /** True when the API could not be reached and this is the last good response. */
  stale: boolean;
}

interface SharedRequest {
  key: string;
  promise: Promise<ApiResult<unknown>>;
  controller: AbortController;
  users: number;
}

export interface ApiClientOptions {
  timeout?: number;
  retries?: number;
}

/**
 * One client per API base URL, shared by every widget on the page.
 *
 * Revalidation uses the browser's HTTP cache with the server's ETag rather than our own
 * `If-None-Match` header: that header is not CORS-safelisted, so setting it by hand would add
 * a preflight to every request from a department or commune site.
 */
export class ApiClient {
  readonly baseUrl: string;
  readonly #http: KyInstance;
  readonly #inflight = new Map<string, SharedRequest>();

  constructor(baseUrl: string, { timeout = 10_000, retries = 2 }: ApiClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.#http = ky.create({
      timeout,
      retry: {
        limit: retries,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: 10_000,
        backoffLimit: 3_000,
      },
      headers: { Accept: 'application/json' },
    });
  }

  /** Absolute URL for a path and query; empty params are dropped and the rest sorted, so equal requests share a key. */
  url(path: string, params: QueryParams = {}): string {
    const url = new URL(this.baseUrl + path);
    const entries = Object.entries(params)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .sort(([a], [b]) => compareCodes(a, b));
    for (const [key, value] of entries) url.searchParams.set(key, String(value));
    return url.href;
  }

  /**
   * GET with retries. Identical requests in flight share one fetch; each caller may abort its
   * own wait, and the fetch itself is aborted only when every caller has left.
   */
  get<T>(path: string, { params, signal, fresh = false }: GetOptions = {}): Promise<ApiResult<T>> {
    const url = this.url(path, params);
    const key = fresh ? `${url} fresh` : url;
    let shared = this.#inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const entry: SharedRequest = {
        key,
        promise: this.#fetchJson(url, controller.signal, fresh).finally(() => this.#forget(entry)),
        controller,
        users: 0,
      };
      this.#inflight.set(key, entry);
      shared = entry;
    }
    return this.#join(shared, signal) as Promise<ApiResult<T>>;
  }

  /** Drops a shared request from the table, unless a newer one took its place. */
  #forget(shared: SharedRequest): void {
    if (this.#inflight.get(shared.key) === shared) this.#inflight.delete(shared.key);
  }

  #join(shared: SharedRequest, signal: AbortSignal | undefined): Promise<ApiResult<unknown>> {
    shared.users++;
    return new Promise((resolve, reject) => {
      let done = false;
      const leave = () => {
        done = true;
        signal?.removeEventListener('abort', onAbort);
        shared.users--;
      };
      const onAbort = () => {
        if (done) return;
        leave();
        if (shared.users === 0) {
          // Forget it before aborting: a caller arriving now must start a new fetch, not join a dying one.
          this.#forget(shared);
          shared.controller.abort();
        }
        reject(new ApiError('aborted'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (result) => {
          if (done) return;
          leave();
          resolve(result);
        },
        (error: unknown) => {
          if (done) return;
          leave();
          reject(error);
        },
      );
    });
  }

  async #fetchJson(url: string, signal: AbortSignal, fresh: boolean): Promise<ApiResult<unknown>> {
    try {
      const response = await this.#http.get(url, { signal, cache: fresh ? 'no-cache' : 'default' });
      let data: unknown;
      try {
        data = await response.json();
      } catch (cause) {
        throw new ApiError('parse', { status: response.status, cause });
      }
      rememberGood(url, data);
      return { data, stale: false };
    } catch (cause) {
      const error = await toApiError(cause, signal);
      const last = error.isOutage ? recallGood(url) : undefined;
      if (last) return { data: last.data, stale: true };
      throw error;
    }
  }

  /**
   * Fire-and-forget POST for counters: survives page unload, never throws, adds no preflight
   * (a text/plain body is a simple request).
   */
  beacon(path: string, payload: unknown): void {
    const url = this.url(path);
    const body = JSON.stringify(payload);
    try {
      if (navigator.sendBeacon?.(url, new Blob([body], { type: 'text/plain' }))) return;
    } catch {
      // Some hosts' CSP or extensions make sendBeacon throw; fall back to fetch.
    }
    fetch(url, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain' } }).catch(
      () => {
        // Counting is best effort: a lost beacon must not disturb the page.
      },
    );
  }
}

async function toApiError(cause: unknown, signal: AbortSignal): Promise<ApiError> {
  if (cause instanceof ApiError) return cause;
  if (signal.aborted) return new ApiError('aborted', { cause });
  if (cause instanceof TimeoutError) return new ApiError('timeout', { cause });
  if (cause instanceof HTTPError) {
    const { status } = cause.response;
    return new ApiError('http', { status, problem: await readProblem(cause.response), cause });
  }
  return new ApiError('network', { cause });
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  if (!response.headers.get('content-type')?.includes('json')) return undefined;
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}

const clients = new Map<string, ApiClient>();

/** The page-wide client for an API base URL. */
export function apiClient(baseUrl: string): ApiClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = new ApiClient(baseUrl);
    clients.set(baseUrl, client);
  }
  return client;
}
