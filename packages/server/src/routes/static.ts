import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { problem } from '../http/problem.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Vite names chunks `name-<8 char hash>.js`: their content never changes under that name. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.(js|mjs|css)$/;

/**
 * The file under `root` that a URL path names, or undefined when it names nothing servable:
 * undecodable, a dot-segment or backslash after decoding (`..%2f`, `%5c`), a dotfile, a
 * workspace manifest, or anything resolving outside `root`.
 */
function safeFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const segments = decoded.split('/').filter(Boolean);
  const unsafe = (segment: string) =>
    segment.startsWith('.') || segment.includes('\\') || segment.includes('\0') || segment === 'package.json';
  if (segments.length === 0 || segments.some(unsafe)) return undefined;
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) ? file : undefined;
}

async function readRegularFile(file: string): Promise<Buffer | undefined> {
  try {
    return (await stat(file)).isFile() ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

type CachePolicy = (urlPath: string) => string;

/** Serves files under `root`; `toFilePath` maps the URL path to a path inside it. */
function serveFrom(
  root: string,
  toFilePath: (pathname: string) => string,
  cachePolicy: CachePolicy,
  extraHeaders: Record<string, string>,
) {
  const base = resolve(root);
  return async (c: Context<AppEnv>) => {
    // The raw path, not Hono's decoded one: safeFile decodes once and checks what it decoded.
    const urlPath = toFilePath(new URL(c.req.url).pathname);
    const file = safeFile(base, urlPath);
    // Only types we can name are served: no guessing, no sniffing.
    const type = file && CONTENT_TYPES[extname(file).toLowerCase()];
    const content = type && (await readRegularFile(file));
    if (!type || !content) return problem(c, 404);
    return c.body(new Uint8Array(content), 200, {
      'Content-Type': type,
      'Cache-Control': cachePolicy(urlPath),
      ...extraHeaders,
    });
  };
}

/** Loaded by other sites' pages: readable from any origin, embeddable cross-origin. */
const CROSS_ORIGIN = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

const embedCache: CachePolicy = (path) =>
  path.startsWith('/chunks/') || HASHED_NAME.test(path)
    ? 'public, max-age=31536000, immutable'
    : // The loader keeps its name across releases: a short lifetime lets new releases reach hosts.
      'public, max-age=300';

/**
 * The editor console's page runs with the strictest policy we can give it: its own scripts,
 * styles and API only, no framing, and Trusted Types for every HTML sink (Lit's and DOMPurify's
 * policies only).
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

const ADMIN_HEADERS = {
  'Content-Security-Policy': ADMIN_CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The editor console (`dist/admin`, built beside `dist/embed`): `/admin` and `/admin/` answer
 * with its page, never cached so a release reaches editors at once; hashed assets under
 * `/admin/assets/` are immutable. Views live in the URL fragment, so no other path falls back
 * to the page: anything else under `/admin/` is a 404, never a demo page.
 */
function adminRoutes(app: Hono<AppEnv>, root: string): void {
  const page = serveFrom(
    root,
    () => '/index.html',
    () => 'no-store',
    ADMIN_HEADERS,
  );
  app.get('/admin', page);
  app.get('/admin/', page);
  app.get('/admin/index.html', page);
  const assets = serveFrom(
    root,
    (pathname) => pathname.slice('/admin'.length),
    (path) =>
      path.startsWith('/assets/') && HASHED_NAME.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    ADMIN_HEADERS,
  );
  app.get('/admin/assets/*', assets);
  app.get('/admin/*', (c) => problem(c, 404));
}

/** Embed bundle, seed media, the editor console, and the demo host pages. */
export function staticRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { embed, media, demo } = deps.config.paths;
  const under = (prefix: string) => (pathname: string) => pathname.slice(prefix.length);
  adminRoutes(app, resolve(embed, '..', 'admin'));
  app.get('/embed/*', serveFrom(embed, under('/embed'), embedCache, CROSS_ORIGIN));
  app.get(
    '/media/*',
    serveFrom(media, under('/media'), () => 'public, max-age=86400', CROSS_ORIGIN),
  );
  // Demo pages change while developing: always revalidate.
  const withIndex = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  app.get(
    '*',
    serveFrom(demo, withIndex, () => 'no-cache', {}),
  );
}
