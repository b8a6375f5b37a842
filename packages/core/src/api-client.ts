import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { Problem, RouteTypes } from '@pbgdpl/contract';
import { pathOf, ROUTES } from '@pbgdpl/contract/route-table';
import { ApiError } from './api-error.ts';
import { recallGood, rememberGood } from './last-good.ts';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

type Route = keyof RouteTypes;
/** The routes a page reads. */
export type ReadRoute = { [K in Route]: (typeof ROUTES)[K]['method'] extends 'get' ? K : never }[Route];

type Part<K extends Route, P extends 'params' | 'query' | 'body'> = RouteTypes[K][P];
/** What a call to a route takes: its path parameters, query and body, each only where it has one. */
export type RouteInput<K extends Route> = (Part<K, 'params'> extends undefined
  ? { params?: undefined }
  : { params: Part<K, 'params'> }) &
  (Part<K, 'query'> extends undefined ? { query?: undefined } : { query?: Part<K, 'query'> }) &
  (Part<K, 'body'> extends undefined ? { body?: undefined } : { body: Part<K, 'body'> });
/** A route's query, as a widget builds it. */
export type RouteQuery<K extends Route> = NonNullable<Part<K, 'query'>>;
/** What a route answers. */
export type RouteReply<K extends Route> = RouteTypes[K]['response'];

export interface GetOptions {
  signal?: AbortSignal;
  /** Revalidate with the server (ETag) instead of trusting a fresh HTTP-cache entry. */
  fresh?: boolean;
}

export interface SendOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeout?: number;
  /** A body that is not JSON (an NDJSON import, a spreadsheet) and its type. */
  raw?: { body: string | Blob; type: string };
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
  /** How often a GET is tried again on a passing outage. */
  retries?: number;
  /** Headers every request carries (the console's sign-in, the reader's language). */
  headers?: () => Record<string, string>;
  /** Widgets show the last good answer during an outage; the console never shows old data. */
  keepLastGood?: boolean;
  /** Told of every refusal for want of a valid sign-in (401). */
  onUnauthorized?: (error: ApiError) => void;
}

const toParams = (input: object | undefined) => (input ?? {}) as Record<string, string | number>;

/**
 * The one client of the API, for widgets and the console, typed by the contract's route table:
 * each call names a route, and its path parameters, query, body and reply are that route's.
 * Widgets share one per API base (`apiClient`); the console makes its own (no cache, its sign-in).
 *
 * Revalidation uses the browser's HTTP cache with the server's ETag rather than our own
 * `If-None-Match` header: that header is not CORS-safelisted, so setting it by hand would add
 * a preflight to every request from a department or commune site.
 */
export class ApiClient {
  readonly baseUrl: string;
  readonly #http: KyInstance;
  readonly #options: ApiClientOptions;
  readonly #inflight = new Map<string, SharedRequest>();

  constructor(baseUrl: string, options: ApiClientOptions = {}) {
    const { timeout = 10_000, retries = 2 } = options;
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.#options = options;
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
      headers: { Accept: 'application/json, application/problem+json' },
      hooks: {
        beforeRequest: [
          (request) => {
            for (const [name, value] of Object.entries(options.headers?.() ?? {}))
              request.headers.set(name, value);
          },
        ],
      },
    });
  }

  /** Absolute URL of a path and query; empty values are dropped and the rest sorted, so equal requests share a key. */
  url(path: string, query: object = {}): string {
    const url = new URL(this.baseUrl + path);
    const params = query as QueryParams;
    // The default sort orders strings by code unit, the same on every machine whatever its locale.
    for (const key of Object.keys(params).sort()) {
      const value = params[key];
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  /** The address of a route's answer, e.g. for a download link. */
  routeUrl<K extends Route>(route: K, input: RouteInput<K>): string {
    return this.url(pathOf(route, toParams(input.params)), input.query);
  }

  /**
   * Reads a route, trying again on a passing outage. Identical requests in flight share one
   * fetch; each caller may abort its own wait, and the fetch itself is aborted only when every
   * caller has left.
   */
  get<K extends ReadRoute>(
    route: K,
    input: RouteInput<K>,
    { signal, fresh = false }: GetOptions = {},
  ): Promise<ApiResult<RouteReply<K>>> {
    const url = this.routeUrl(route, input);
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
    return this.#join(shared, signal) as Promise<ApiResult<RouteReply<K>>>;
  }

  /**
   * One request that is never repeated behind the caller's back: a write is retried only by the
   * person (with the same idempotency key), and the console's reads must show what is there now.
   * Answers the reply and the version it carries (`ETag`, for `If-Match`).
   */
  async request<K extends Route>(
    route: K,
    input: RouteInput<K>,
    { headers = {}, signal, timeout, raw }: SendOptions = {},
  ): Promise<{ data: RouteReply<K>; etag: string | undefined }> {
    const body = raw?.body ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
    const contentType = raw?.type ?? (input.body === undefined ? undefined : 'application/json');
    let response: Response;
    try {
      response = await this.#http(this.routeUrl(route, input), {
        method: ROUTES[route].method,
        body,
        headers: { ...(contentType ? { 'Content-Type': contentType } : {}), ...headers },
        signal,
        retry: 0,
        cache: 'no-store',
        ...(timeout ? { timeout } : {}),
      });
    } catch (cause) {
      throw this.#refused(await toApiError(cause, signal));
    }
    let data: unknown;
    try {
      data = response.status === 204 ? undefined : await response.json();
    } catch (cause) {
      throw new ApiError('parse', { status: response.status, cause });
    }
    return { data: data as RouteReply<K>, etag: response.headers.get('ETag') ?? undefined };
  }

  /** `request`, for the reply alone. */
  async send<K extends Route>(route: K, input: RouteInput<K>, options?: SendOptions): Promise<RouteReply<K>> {
    return (await this.request(route, input, options)).data;
  }

  /**
   * Fire-and-forget POST for counters: survives page unload, never throws, adds no preflight
   * (a text/plain body is a simple request).
   */
  beacon(payload: RouteInput<'events'>['body']): void {
    const url = this.routeUrl('events', { body: payload });
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

  #refused(error: ApiError): ApiError {
    if (error.status === 401) this.#options.onUnauthorized?.(error);
    return error;
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
    const keep = this.#options.keepLastGood !== false;
    try {
      const cache = keep ? (fresh ? 'no-cache' : 'default') : 'no-store';
      const response = await this.#http.get(url, { signal, cache });
      let data: unknown;
      try {
        data = await response.json();
      } catch (cause) {
        throw new ApiError('parse', { status: response.status, cause });
      }
      if (keep) rememberGood(url, data);
      return { data, stale: false };
    } catch (cause) {
      const error = this.#refused(await toApiError(cause, signal));
      const last = keep && error.isOutage ? recallGood(url) : undefined;
      if (last) return { data: last.data, stale: true };
      throw error;
    }
  }
}

/** `Retry-After` as seconds: a number, or an HTTP date. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

async function toApiError(cause: unknown, signal: AbortSignal | undefined): Promise<ApiError> {
  if (cause instanceof ApiError) return cause;
  if (signal?.aborted) return new ApiError('aborted', { cause });
  if (cause instanceof TimeoutError) return new ApiError('timeout', { cause });
  if (cause instanceof HTTPError) {
    const { response } = cause;
    return new ApiError('http', {
      status: response.status,
      problem: await readProblem(response),
      retryAfter: retryAfter(response.headers.get('Retry-After')),
      cause,
    });
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

/** The page-wide client for an API base URL, shared by every widget on the page. */
export function apiClient(baseUrl: string): ApiClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = new ApiClient(baseUrl);
    clients.set(baseUrl, client);
  }
  return client;
}
