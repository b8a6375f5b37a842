import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusableWithin, deepActiveElement } from './focus.ts';
import type { UrlCodec } from './url-codec.ts';

/** What every browsing state has: the words searched and the page. */
export interface BrowseState {
  q: string;
  page: number;
}

/** The keys of a state whose value is the id of an open item. */
type DetailKey<S> = { [K in keyof S]: S[K] extends number | undefined ? K : never }[keyof S];

export interface BrowseOptions<S extends BrowseState> {
  codec: UrlCodec<S>;
  /** The state's key holding the open item's id (`doc`, `id`, `video`). */
  detailKey: DetailKey<S>;
  /** The widget's prefix in the page address, and whether its state lives there at all. */
  address: () => { prefix: string; enabled: boolean };
  /** Where focus goes when a detail closes and its item is not in the list (a heading). */
  fallbackFocus: string;
  /** Runs when the state changes from the address (connect, Back, Forward). */
  onApply?: (next: S, previous: S) => void;
}

/** A pause this long in typing runs the search. */
export const TYPING_DELAY = 300;

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * What browsing widgets share: the reader's state (words, filters, page, the open item) kept
 * in the host page's address under the widget's prefix, so it can be bookmarked, shared and
 * walked with Back / Forward; searching as the reader types (the first pause of a run makes a
 * history entry, later ones update it); opening and closing an item with focus going back to
 * where the reader was; and the detail dialog kept open exactly while an item is, with Tab
 * cycling inside it. A widget declares its state's codec and renders.
 */
export class BrowseController<S extends BrowseState> implements ReactiveController {
  state: S;
  /** The search box's text: what was typed, searched or not. */
  draft = '';
  readonly #host: Host;
  readonly #options: BrowseOptions<S>;
  #typingRun = false;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #returnTo: number | undefined;
  #pendingFocus: (() => void) | undefined;

  constructor(host: Host, options: BrowseOptions<S>) {
    this.#host = host;
    this.#options = options;
    this.state = options.codec.empty();
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#read);
    this.#read();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#read);
    clearTimeout(this.#typingTimer);
  }

  hostUpdated(): void {
    const focus = this.#pendingFocus;
    this.#pendingFocus = undefined;
    focus?.();
  }

  /** The open item's id. */
  get openId(): number | undefined {
    return this.state[this.#options.detailKey] as number | undefined;
  }

  /** A step the reader took: `push` makes a history entry (Back undoes it), `replace` does not. */
  change(patch: Partial<S>, mode: 'push' | 'replace' = 'push'): void {
    if (mode === 'push') this.#typingRun = false;
    this.state = { ...this.state, ...patch };
    this.#write(mode);
    this.#host.requestUpdate();
  }

  /** The page address of the current state changed by `patch`: links open there in a new tab. */
  href(patch: Partial<S> = {}): string {
    return this.#options.codec.withState(location.href, { ...this.state, ...patch }, this.#prefix);
  }

  onInput = (event: Event): void => {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => {
      this.#search(this.#typingRun ? 'replace' : 'push');
      this.#typingRun = true;
    }, TYPING_DELAY);
  };

  onSubmit = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.#typingTimer);
    this.#search(this.#typingRun ? 'replace' : 'push');
    this.#typingRun = false;
  };

  /** Forgets the words (and whatever `patch` resets), back on the first page. */
  clearSearch(patch: Partial<S> = {}): void {
    this.draft = '';
    this.change({ ...patch, q: '', page: 1 } as Partial<S>);
  }

  /** Opens an item; `focus` names what gets focus once it shows (the back button of an inline detail). */
  open(id: number, focus?: string): void {
    this.#returnTo = id;
    this.change({ [this.#options.detailKey]: id } as Partial<S>);
    if (focus) this.focus(focus);
  }

  /** Closes the open item; focus goes back to it in the list. */
  close = (): void => {
    const id = this.openId;
    if (id === undefined) return;
    const returnTo = this.#returnTo ?? id;
    this.#returnTo = undefined;
    this.change({ [this.#options.detailKey]: undefined } as Partial<S>);
    this.focusItem(returnTo);
  };

  /**
   * An item the open detail points to (a related document, the next article), announced by the
   * detail's own cancelable event: shown here unless a listener of the host page cancelled it.
   */
  openFromDetail = (event: CustomEvent<{ id: number }>): void => {
    const id = event.detail?.id;
    // Let the host page's listeners run first: the event is still being dispatched.
    queueMicrotask(() => {
      if (event.defaultPrevented || typeof id !== 'number' || id === this.openId) return;
      this.change({ [this.#options.detailKey]: id } as Partial<S>);
    });
  };

  /** Moves focus to `selector` inside the widget once the next render is done. */
  focus(selector: string): void {
    this.#pendingFocus = () => this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Focus on an item of the list (marked `data-item-id`), else on the fallback. */
  focusItem(id: number | undefined): void {
    const { fallbackFocus } = this.#options;
    this.#pendingFocus = () => {
      const root = this.#host.renderRoot;
      (
        root.querySelector<HTMLElement>(`[data-item-id="${id}"]`) ??
        root.querySelector<HTMLElement>(fallbackFocus)
      )?.focus();
    };
  }

  /** Keeps a modal `<dialog>` open exactly while an item is open; call after each render. */
  syncDialog(dialog: HTMLDialogElement | null | undefined, open = this.openId !== undefined): void {
    if (!dialog) return;
    if (open && !dialog.open && dialog.isConnected) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }

  /** A modal makes the page inert; this keeps Tab cycling among the dialog's controls, nested widgets included. */
  trapFocus = (event: KeyboardEvent): void => {
    const dialog = event.currentTarget as HTMLElement;
    if (event.key !== 'Tab') return;
    const items = focusableWithin(dialog);
    const first = items[0];
    const last = items.at(-1);
    const active = deepActiveElement();
    const target = event.shiftKey
      ? active === first
        ? last
        : undefined
      : active === last
        ? first
        : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  get #prefix(): string {
    return this.#options.address().prefix;
  }

  #search(mode: 'push' | 'replace'): void {
    const q = this.draft.trim();
    if (q !== this.state.q) this.change({ q, page: 1 } as Partial<S>, mode);
  }

  #write(mode: 'push' | 'replace'): void {
    const { prefix, enabled } = this.#options.address();
    if (!enabled) return;
    const { codec } = this.#options;
    const href = codec.withState(location.href, this.state, prefix);
    if (href === location.href) return;
    // The same state in other words (a parameter order, a default spelled out) is no new step.
    const same = codec.same(codec.read(location.search, prefix), this.state);
    if (mode === 'push' && !same) history.pushState(null, '', href);
    else history.replaceState(history.state, '', href);
  }

  #read = (): void => {
    const { prefix, enabled } = this.#options.address();
    if (!enabled) return;
    const next = this.#options.codec.read(location.search, prefix);
    const previous = this.state;
    const closing = this.openId !== undefined && next[this.#options.detailKey] === undefined;
    const returnTo = this.#returnTo ?? this.openId;
    if (closing) this.#returnTo = undefined;
    this.state = next;
    this.draft = next.q;
    this.#typingRun = false;
    clearTimeout(this.#typingTimer);
    this.#options.onApply?.(next, previous);
    if (closing) this.focusItem(returnTo);
    this.#host.requestUpdate();
  };
}
