/**
 * What the embed loader learned from its own `<script>` tag, shared with every widget on the
 * page. Kept under a `Symbol.for` key so two copies of the loader (two CMS blocks, two
 * versions) see the same record instead of fighting over it.
 */
export interface LoaderSettings {
  api?: string;
  lang?: string;
  unit?: string;
  /** Random id of this page view: the server counts each impression once per page view. */
  pageViewId: string;
  /** Versions of the loader that ran on this page, first one first. */
  versions: string[];
}

const KEY = Symbol.for('pbgdpl.loader');

type WithSettings = typeof globalThis & { [KEY]?: LoaderSettings };

function randomId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** The page's settings, created on first use (widgets imported from npm have no loader). */
export function loaderSettings(): LoaderSettings {
  const scope = globalThis as WithSettings;
  scope[KEY] ??= { pageViewId: randomId(), versions: [] };
  return scope[KEY];
}
