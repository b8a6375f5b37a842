import { preferredLanguage } from './language.ts';
import { API_PREFIX, isAdminPath } from './route.ts';

const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

/** The parameters in name order (stable: repeated names keep theirs), encoded one way. */
function normalQuery(query: string): string {
  if (query === '') return '';
  return `?${new URLSearchParams([...new URLSearchParams(query)].sort(byName)).toString()}`;
}

/** Live streams never end: nothing to keep, and nothing may wait for their end (compressing). */
const isStream = (path: string) => /^\/api\/v1\/dialogues\/\d+\/stream$/.test(path);

/**
 * What a public answer is kept under: the language it is for, the host (a feed links to it)
 * and the path with its query normalised, so `?b=2&a=1` and `?a=1&b=2` share one answer.
 * Undefined for what is never cached: anything outside the API, the editors' routes, and streams.
 */
export function cacheKey(
  host: string,
  target: string,
  acceptLanguage: string | undefined,
): string | undefined {
  const mark = target.indexOf('?');
  const path = mark < 0 ? target : target.slice(0, mark);
  if (!path.startsWith(`${API_PREFIX}/`) || isAdminPath(path) || isStream(path)) return undefined;
  const query = mark < 0 ? '' : normalQuery(target.slice(mark + 1));
  return `${preferredLanguage(acceptLanguage)} ${host}${path}${query}`;
}
