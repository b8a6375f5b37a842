import { isOneOf } from '@pbgdpl/contract/values';

/**
 * One address parameter of a browsing widget: its value read from the page address (anything
 * malformed, as a hand-edited address may hold, reads as the default) and written back (the
 * default writes nothing, so addresses stay short).
 */
export interface Param<V> {
  read(raw: string | null): V;
  write(value: V): string | undefined;
  /** The name in the address after the widget's prefix, when not the state's own key (`v` for `video`). */
  key?: string;
}

export const MAX_QUERY = 200;

/** Words to search for. */
export const textParam = (max = MAX_QUERY): Param<string> => ({
  read: (raw) => (raw ?? '').trim().slice(0, max),
  write: (value) => value || undefined,
});

/** A value from a fixed list (the contract's value lists), or none. */
export const oneOfParam = <T extends string>(values: readonly T[], key?: string): Param<T | undefined> => ({
  read: (raw) => (isOneOf(values, raw) ? raw : undefined),
  write: (value) => value,
  key,
});

/** A value of a given shape (a unit id, a year), or none. */
export const patternParam = (pattern: RegExp): Param<string | undefined> => ({
  read: (raw) => (raw && pattern.test(raw) ? raw : undefined),
  write: (value) => value,
});

const positive = (raw: string | null): number | undefined =>
  raw && /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;

/** The id of an open item, or none. */
export const idParam = (key?: string): Param<number | undefined> => ({
  read: positive,
  write: (value) => (value === undefined ? undefined : String(value)),
  key,
});

/** A page number; the first page writes nothing. */
export const pageParam = (): Param<number> => ({
  read: (raw) => positive(raw) ?? 1,
  write: (value) => (value > 1 ? String(value) : undefined),
});

/** One of a few views, the first of which is the default and writes nothing. */
export const viewParam = <T extends string>(values: readonly [T, ...T[]]): Param<T> => ({
  read: (raw) => (isOneOf(values, raw) ? raw : values[0]),
  write: (value) => (value === values[0] ? undefined : value),
});

export type Params<S> = { [K in keyof S]: Param<S[K]> };

/**
 * A browsing widget's state as it lives in the host page's address, under the widget's own
 * prefix (`vb-q`, `hd-id`, `vd-v`): read, written, compared. Other parameters and the hash are
 * never touched.
 */
export class UrlCodec<S extends object> {
  readonly #params: Params<S>;

  constructor(params: Params<S>) {
    this.#params = params;
  }

  #entries(): Array<[keyof S & string, Param<unknown>]> {
    return Object.entries(this.#params) as Array<[keyof S & string, Param<unknown>]>;
  }

  /** The state of an address without this widget's parameters. */
  empty(): S {
    return this.read('', '');
  }

  /** Reads this widget's parameters from a query string; every other parameter is ignored. */
  read(search: string, prefix: string): S {
    const query = new URLSearchParams(search);
    return Object.fromEntries(
      this.#entries().map(([name, param]) => [name, param.read(query.get(prefix + (param.key ?? name)))]),
    ) as S;
  }

  /** One value as the address would read it: for a form control offering the same values. */
  readValue<K extends keyof S>(name: K, raw: string | null): S[K] {
    return this.#params[name].read(raw);
  }

  /** This widget's parameters for a state, defaults left out, in a fixed order. */
  params(state: S, prefix: string): Array<[string, string]> {
    return this.#entries().flatMap(([name, param]) => {
      const value = param.write(state[name]);
      return value === undefined ? [] : [[prefix + (param.key ?? name), value] as [string, string]];
    });
  }

  same(a: S, b: S): boolean {
    return JSON.stringify(this.params(a, '')) === JSON.stringify(this.params(b, ''));
  }

  /**
   * The page address with this widget's parameters replaced. Other parameters keep their exact
   * spelling and order, and the hash stays: the query string is edited piece by piece rather
   * than re-serialised.
   */
  withState(href: string, state: S, prefix: string): string {
    const url = new URL(href);
    const own = new Set(this.#entries().map(([name, param]) => prefix + (param.key ?? name)));
    const kept = url.search
      .replace(/^\?/, '')
      .split('&')
      .filter((piece) => piece !== '' && !own.has(decodeKey(piece)));
    const added = this.params(state, prefix).map(
      ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
    );
    const search = [...kept, ...added].join('&');
    const hash = url.hash;
    url.search = '';
    url.hash = '';
    return `${url.href.replace(/[?#]+$/, '')}${search ? `?${search}` : ''}${hash}`;
  }
}

function decodeKey(piece: string): string {
  const key = piece.split('=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}
