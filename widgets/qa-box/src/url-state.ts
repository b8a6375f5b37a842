import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readState, withState, type BrowseState } from './browse-state.ts';

/**
 * Keeps the widget's view (tab, search, open question) in the host page's address under its
 * own prefix, so a question can be linked to and Back / Forward work. Reads on connect and
 * `popstate`, writes only on the reader's actions.
 */
export class UrlStateController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: () => { prefix: string; enabled: boolean },
    private readonly apply: (state: BrowseState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#read);
    this.#read();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#read);
  }

  /** `push` for a deliberate step, `replace` while the reader types. */
  write(state: BrowseState, mode: 'push' | 'replace'): void {
    const { prefix, enabled } = this.options();
    if (!enabled) return;
    const href = withState(location.href, state, prefix);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(history.state, '', href);
  }

  /** The address that opens a state (links keep working in a new tab). */
  href(state: BrowseState): string {
    return withState(location.href, state, this.options().prefix);
  }

  #read = () => {
    const { prefix, enabled } = this.options();
    if (enabled) this.apply(readState(location.search, prefix));
  };
}
