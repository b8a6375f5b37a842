import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readState, sameState, withState, type SearchState } from './search-state.ts';

export interface UrlStateOptions {
  /** Prefix of this widget's parameters, e.g. `vb-`. */
  prefix: string;
  /** False when the host asked for `no-url`: the state then lives in the element only. */
  enabled: boolean;
}

/**
 * Keeps one widget's search state in the host page's address under its own parameters, so a
 * search can be bookmarked, shared and walked with Back / Forward. Reads on connect and on
 * `popstate`; writes only when asked (user actions), never touching other parameters or the hash.
 */
export class UrlStateController implements ReactiveController {
  readonly #options: () => UrlStateOptions;
  readonly #apply: (state: SearchState) => void;

  constructor(
    host: ReactiveControllerHost,
    options: () => UrlStateOptions,
    apply: (state: SearchState) => void,
  ) {
    this.#options = options;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    this.#read();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** `push` for a deliberate step (filter, page, open), `replace` while the reader types. */
  write(state: SearchState, mode: 'push' | 'replace'): void {
    const { prefix, enabled } = this.#options();
    if (!enabled) return;
    const current = readState(location.search, prefix);
    const href = withState(location.href, state, prefix);
    if (href === location.href) return;
    if (mode === 'push' && !sameState(current, state)) history.pushState(null, '', href);
    else history.replaceState(history.state, '', href);
  }

  #onPopState = () => this.#read();

  #read(): void {
    const { prefix, enabled } = this.#options();
    if (enabled) this.#apply(readState(location.search, prefix));
  }
}
