import type { ReactiveControllerHost } from 'lit';

export type ItemState<T> =
  | { status: 'idle' }
  | { status: 'loading'; id: number }
  | { status: 'ready'; id: number; item: T; etag: string | undefined }
  | { status: 'failed'; id: number; error: unknown };

/**
 * The one item a console view shows: loaded for the id in view, again whenever that id changes
 * (Back, Forward, a pasted address), with a loading state meanwhile. An answer for an id that is
 * no longer in view is dropped, so the page never shows one item while its buttons act on
 * another; writes carry the version shown (`If-Match`), so a change made meanwhile by someone
 * else is refused instead of overwritten.
 */
export class ItemController<T> {
  state: ItemState<T> = { status: 'idle' };
  readonly #host: ReactiveControllerHost;
  readonly #load: (id: number) => Promise<{ data: T; etag: string | undefined }>;
  #request = 0;

  constructor(
    host: ReactiveControllerHost,
    load: (id: number) => Promise<{ data: T; etag: string | undefined }>,
  ) {
    this.#host = host;
    this.#load = load;
  }

  /** Shows `id`: loads it unless it is what is shown (or loading) already; `force` loads again. */
  async show(id: number, force = false): Promise<void> {
    const current = this.state;
    if (!force && current.status !== 'idle' && current.status !== 'failed' && current.id === id) return;
    const request = ++this.#request;
    this.state = { status: 'loading', id };
    this.#host.requestUpdate();
    try {
      const { data, etag } = await this.#load(id);
      if (request !== this.#request) return;
      this.state = { status: 'ready', id, item: data, etag };
    } catch (error) {
      if (request !== this.#request) return;
      this.state = { status: 'failed', id, error };
    }
    this.#host.requestUpdate();
  }

  /** Forgets the item (a new one is being made). */
  clear(): void {
    this.#request++;
    this.state = { status: 'idle' };
  }

  /** The item shown, when it is `id` and fully loaded: only then may actions act on it. */
  shown(id: number | undefined): T | undefined {
    const current = this.state;
    return current.status === 'ready' && current.id === id ? current.item : undefined;
  }

  /** The header naming the version shown, for every write to it. */
  get ifMatch(): Record<string, string> {
    const current = this.state;
    return current.status === 'ready' && current.etag ? { 'If-Match': current.etag } : {};
  }

  /** After a write: what the server answered is now what is shown. */
  replace(item: T, etag: string | undefined): void {
    const current = this.state;
    if (current.status !== 'ready') return;
    this.state = { ...current, item, etag };
    this.#host.requestUpdate();
  }
}
