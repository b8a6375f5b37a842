import { createReadStream, existsSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { problem } from '../http/problem.ts';
import { sendBytes } from '../http/send-bytes.ts';

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
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
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

async function regularFile(file: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : undefined;
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
    const stats = type && (await regularFile(file));
    if (!type || !stats) return problem(c, 404);
    // Streamed from disk, a range at a time: a large file never sits whole in memory.
    return sendBytes(c, {
      size: stats.size,
      // Size and modification time, as nginx does: a rebuilt file gets a new one.
      etag: `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
      lastModified: stats.mtime,
      headers: { 'Content-Type': type, 'Cache-Control': cachePolicy(urlPath), ...extraHeaders },
      read: ({ start, end }) => createReadStream(file, { start, end, highWaterMark: 64 * 1024 }),
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

/**
 * The embed configurator's policy: the console's, except that the page runs two copies of Lit
 * (its own and the widgets' runtime, loaded by the real loader for the preview), and each
 * creates the `lit-html` Trusted Types policy.
 */
export const CONFIGURE_CSP = ADMIN_CSP.replace(
  'trusted-types lit-html dompurify',
  "trusted-types lit-html dompurify 'allow-duplicates'",
);

/**
 * The embed configurator (`dist/embed/configure`, built after the bundle): its page at
 * `/embed/configure/`, never cached; hashed assets immutable; the manifest and the guide beside
 * it revalidated. Same headers as the console: never framed, no referrer.
 */
function configureRoutes(app: Hono<AppEnv>, root: string): void {
  const headers = { ...ADMIN_HEADERS, 'Content-Security-Policy': CONFIGURE_CSP };
  const page = serveFrom(
    root,
    () => '/index.html',
    () => 'no-store',
    headers,
  );
  app.get('/embed/configure', (c) => c.redirect('/embed/configure/', 301));
  app.get('/embed/configure/', page);
  app.get('/embed/configure/index.html', page);
  app.get(
    '/embed/configure/*',
    serveFrom(
      root,
      (pathname) => pathname.slice('/embed/configure'.length),
      (path) =>
        path.startsWith('/assets/') && HASHED_NAME.test(path)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      headers,
    ),
  );
}

const RELEASED_PATH = /^\/embed\/(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)(\/.*)$/;

/**
 * Pinned releases at `/embed/<version>/…`: from `dist/release/embed/<version>/` (made by
 * `pnpm release`) when it exists, immutable; otherwise, for the running version only, the
 * current build with the usual `/embed/` caching, since a rebuild without a new version may
 * change it. Other versions are 404. See docs/versioning.md.
 */
function releaseRoutes(app: Hono<AppEnv>, embed: string, current: string): void {
  const releases = resolve(embed, '..', 'release', 'embed');
  const immutable = () => 'public, max-age=31536000, immutable';
  app.get('/embed/:version/*', async (c, next) => {
    const match = RELEASED_PATH.exec(new URL(c.req.url).pathname);
    if (!match) return next();
    const [, version = '', rest = ''] = match;
    const folder = resolve(releases, version);
    if (existsSync(folder)) return serveFrom(folder, () => rest, immutable, CROSS_ORIGIN)(c);
    // The configurator is a page with its own policy, never part of a release.
    if (version === current && !rest.startsWith('/configure/'))
      return serveFrom(embed, () => rest, embedCache, CROSS_ORIGIN)(c);
    return problem(c, 404);
  });
}

/** Embed bundle, the editor console, the configurator, the demo host pages and their files. */
export function staticRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { embed, demo, demoMedia } = deps.config.paths;
  const under = (prefix: string) => (pathname: string) => pathname.slice(prefix.length);
  adminRoutes(app, resolve(embed, '..', 'admin'));
  configureRoutes(app, resolve(embed, 'configure'));
  releaseRoutes(app, embed, deps.config.version);
  app.get('/embed/*', serveFrom(embed, under('/embed'), embedCache, CROSS_ORIGIN));
  // The demo's own files under their folder names (`/media/banners/…`), as the demo pages and
  // the embedding guide's fallback images name them; the library's files are `/media/<id>/<hash>`.
  app.get(
    '/media/*',
    serveFrom(demoMedia, under('/media'), () => 'public, max-age=86400', CROSS_ORIGIN),
  );
  // Demo pages change while developing: always revalidate.
  const withIndex = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  app.get(
    '*',
    serveFrom(demo, withIndex, () => 'no-cache', {}),
  );
}
