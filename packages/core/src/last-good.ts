/**
 * The last good response per URL, in memory and in sessionStorage, so a widget still shows
 * content (marked stale) while the API is down, even after a page reload.
 */
const PREFIX = 'pbgdpl:v1:';
/** Large responses are not worth crowding a host page's 5 MB session storage. */
const MAX_STORED_CHARS = 200_000;

const memory = new Map<string, unknown>();

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked by privacy settings or a sandboxed iframe
  }
}

export function rememberGood(url: string, data: unknown): void {
  memory.set(url, data);
  try {
    const text = JSON.stringify(data);
    if (text.length <= MAX_STORED_CHARS) storage()?.setItem(PREFIX + url, text);
  } catch {
    // Quota exceeded or storage disabled: the in-memory copy still serves this page.
  }
}

export function recallGood(url: string): { data: unknown } | undefined {
  if (memory.has(url)) return { data: memory.get(url) };
  try {
    const text = storage()?.getItem(PREFIX + url);
    if (text) return { data: JSON.parse(text) as unknown };
  } catch {
    // Unreadable or corrupt entries are treated as absent.
  }
  return undefined;
}

/** For tests: forget everything. */
export function forgetAllGood(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
