/**
 * What the console keeps in the browser. The token lives in sessionStorage only: it is gone
 * when the tab closes and never shared with other tabs or written to disk as localStorage is.
 * Unsaved form drafts live there too, per record, so a failed save or an expired session
 * loses nothing the editor typed.
 */
const TOKEN_KEY = 'pbgdpl-admin-token';
const DRAFT_PREFIX = 'pbgdpl-admin-draft:';
const LANG_KEY = 'pbgdpl-admin-lang';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export const session = {
  token(): string | null {
    return storage()?.getItem(TOKEN_KEY) ?? null;
  },
  save(token: string): void {
    storage()?.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    storage()?.removeItem(TOKEN_KEY);
  },
  lang(): string | null {
    return storage()?.getItem(LANG_KEY) ?? null;
  },
  saveLang(lang: string): void {
    storage()?.setItem(LANG_KEY, lang);
  },
};

export const drafts = {
  load<T>(key: string): T | undefined {
    const raw = storage()?.getItem(DRAFT_PREFIX + key);
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  },
  save(key: string, value: unknown): void {
    try {
      storage()?.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the form state in memory still holds the work.
    }
  },
  clear(key: string): void {
    storage()?.removeItem(DRAFT_PREFIX + key);
  },
};

/**
 * Choices of how the console shows things (a list as a grid), kept across sessions in
 * localStorage: nothing secret, and a choice made once should stay made.
 */
export const preferences = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(`pbgdpl-admin-${key}`);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(`pbgdpl-admin-${key}`, value);
    } catch {
      // Storage disabled: the choice holds until the page is left.
    }
  },
};
