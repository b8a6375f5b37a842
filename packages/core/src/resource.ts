import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { apiClient, type ReadRoute, type RouteInput, type RouteReply } from './api-client.ts';
import { ApiError } from './api-error.ts';

/** Which route to read from which API, with what input. */
export interface ResourceRequest<K extends ReadRoute> {
  api: string;
  route: K;
  input: RouteInput<K>;
}

export type SettledState<T> =
  | { status: 'ready'; data: T; stale: boolean }
  | { status: 'error'; error: ApiError };
export type ResourceState<T> = { status: 'loading' } | SettledState<T>;

type Host = ReactiveControllerHost & EventTarget;

/**
 * Loads one API resource for an element: fetches when the request changes, aborts when the
 * element leaves the page and fetches again when it returns, never lets a rejection escape.
 */
export class ApiResource<K extends ReadRoute, T = RouteReply<K>> implements ReactiveController {
  state: ResourceState<T> = { status: 'loading' };
  readonly #host: Host;
  readonly #request: () => ResourceRequest<K> | undefined;
  #key: string | undefined;
  #abort: AbortController | undefined;
  readonly #onSettle: ((state: SettledState<T>) => void) | undefined;
  #fresh = false;

  constructor(
    host: Host,
    request: () => ResourceRequest<K> | undefined,
    onSettle?: (state: SettledState<T>) => void,
  ) {
    this.#host = host;
    this.#request = request;
    this.#onSettle = onSettle;
    host.addController(this);
  }

  hostUpdate(): void {
    const request = this.#request();
    if (!request) return;
    const key = apiClient(request.api).routeUrl(request.route, request.input);
    if (key === this.#key) return;
    this.#key = key;
    void this.#load(request);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#key = undefined;
  }

  /** Asks the server again, revalidating past any cached copy. */
  retry(): void {
    this.#key = undefined;
    this.#fresh = true;
    this.#host.requestUpdate();
  }

  async #load(request: ResourceRequest<K>): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const fresh = this.#fresh;
    this.#fresh = false;
    this.state = { status: 'loading' };
    let settled: SettledState<T>;
    try {
      const result = await apiClient(request.api).get(request.route, request.input, {
        signal: abort.signal,
        fresh,
      });
      settled = { status: 'ready', data: result.data as T, stale: result.stale };
    } catch (cause) {
      settled = {
        status: 'error',
        error: cause instanceof ApiError ? cause : new ApiError('network', { cause }),
      };
    }
    // A newer request or a disconnect took over: its result is the one that counts.
    if (abort.signal.aborted) return;
    this.state = settled;
    this.#host.requestUpdate();
    this.#onSettle?.(settled);
  }
}
