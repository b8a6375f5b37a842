import type { Problem } from '@pbgdpl/contract';
import { ApiError } from './api-error.ts';

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeout?: number;
}

/** A failed write; `retryAfter` (seconds) comes from a 429's or 503's `Retry-After`. */
export class SendError extends ApiError {
  readonly retryAfter: number | undefined;

  constructor(
    kind: ApiError['kind'],
    options: ConstructorParameters<typeof ApiError>[1] & { retryAfter?: number },
  ) {
    super(kind, options);
    this.retryAfter = options.retryAfter;
  }
}

/** `Retry-After` as seconds: a number, or an HTTP date. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

/**
 * One uncached JSON request that is never repeated behind the caller's back (the API client
 * retries GETs; a write must be retried only by the person, with the same idempotency key).
 * Rejects with a `SendError` carrying the problem+json body and `Retry-After`.
 */
export async function sendJson<T>(
  url: string,
  { method = 'POST', body, headers = {}, signal, timeout = 15_000 }: SendOptions = {},
): Promise<T> {
  // One controller for the caller's signal and the timeout (AbortSignal.any is too new for older phones).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  if (signal?.aborted) controller.abort();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (cause) {
    throw new SendError(timedOut ? 'timeout' : signal?.aborted ? 'aborted' : 'network', { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
  const json = response.headers.get('content-type')?.includes('json');
  let data: unknown;
  try {
    data = json ? await response.json() : undefined;
  } catch (cause) {
    throw new SendError('parse', { status: response.status, cause });
  }
  if (!response.ok)
    throw new SendError('http', {
      status: response.status,
      problem: data as Problem | undefined,
      retryAfter: retryAfter(response.headers.get('retry-after')),
    });
  return data as T;
}
