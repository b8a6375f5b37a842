import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VideoCategory } from '@pbgdpl/contract';

/** What the gallery keeps in the host page's address: words, category, page and the open video. */
export interface GalleryState {
  q: string;
  category: VideoCategory | undefined;
  page: number;
  video: number | undefined;
}

/** The contract's categories (types only reach the browser; a test keeps the two lists equal). */
export const CATEGORIES: readonly VideoCategory[] = [
  'tieu-pham',
  'tinh-huong',
  'toa-dam',
  'huong-dan',
  'tin-tuc',
];

export const emptyState = (): GalleryState => ({ q: '', category: undefined, page: 1, video: undefined });

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** `?vd-q=…&vd-cat=…&vd-page=2&vd-v=7`; unknown or invalid values are ignored. */
export function readState(search: string, prefix: string): GalleryState {
  const params = new URLSearchParams(search);
  const category = params.get(`${prefix}cat`);
  return {
    q: (params.get(`${prefix}q`) ?? '').trim().slice(0, 200),
    category: CATEGORIES.find((value) => value === category),
    page: positive(params.get(`${prefix}page`)) ?? 1,
    video: positive(params.get(`${prefix}v`)),
  };
}

/** The address with this widget's parameters replaced; other parameters and the hash stay. */
export function withState(href: string, state: GalleryState, prefix: string): string {
  const url = new URL(href);
  const values: Record<string, string | undefined> = {
    q: state.q || undefined,
    cat: state.category,
    page: state.page > 1 ? String(state.page) : undefined,
    v: state.video === undefined ? undefined : String(state.video),
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) url.searchParams.delete(prefix + key);
    else url.searchParams.set(prefix + key, value);
  }
  return url.href;
}

/**
 * Keeps the gallery's state in the address so a search or a video can be bookmarked and
 * shared, and Back / Forward walk it. Reads on connect and on `popstate`; writes on user actions.
 */
export class UrlStateController implements ReactiveController {
  readonly #options: () => { prefix: string; enabled: boolean };
  readonly #apply: (state: GalleryState) => void;

  constructor(
    host: ReactiveControllerHost,
    options: () => { prefix: string; enabled: boolean },
    apply: (state: GalleryState) => void,
  ) {
    this.#options = options;
    this.#apply = apply;
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
  write(state: GalleryState, mode: 'push' | 'replace'): void {
    const { prefix, enabled } = this.#options();
    if (!enabled) return;
    const href = withState(location.href, state, prefix);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(history.state, '', href);
  }

  #read = () => {
    const { prefix, enabled } = this.#options();
    if (enabled) this.#apply(readState(location.search, prefix));
  };
}
