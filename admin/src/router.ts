/**
 * Views live in the URL fragment (`#/documents/12`), so the server needs only one page and a
 * reload or a shared link opens the same view.
 */
export interface Route {
  section: string;
  path: string[];
}

export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  return { section: parts[0] ?? '', path: parts.slice(1) };
}

export const href = (...parts: Array<string | number>): string =>
  `#/${parts.map((part) => encodeURIComponent(String(part))).join('/')}`;
