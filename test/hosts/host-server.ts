import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type HostPage, hostPages, LAYOUT_CSS, OLD_VERSION, THEME_CSS } from './pages.ts';

const require = createRequire(import.meta.url);
const vendor: Record<string, { file: string; type: string }> = {
  '/vendor/bootstrap.min.css': {
    file: require.resolve('bootstrap/dist/css/bootstrap.min.css'),
    type: 'text/css',
  },
  '/vendor/jquery.min.js': { file: require.resolve('jquery/dist/jquery.min.js'), type: 'text/javascript' },
};

const stylesheets: Record<string, string> = {
  '/vendor/theme.css': THEME_CSS,
  '/vendor/layout.css': LAYOUT_CSS,
};

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** The strict policy of issue 7, verbatim: everything from the page's own origin, Trusted Types on. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

/** How the API fails, as seen from the host page (`null`: it works). */
export type Outage = 'down' | '500' | 'malformed' | 'slow' | null;

export interface HostServer {
  url: string;
  /** From now on, API requests fail this way. */
  setOutage(outage: Outage): void;
  /** Serves one more page (or replaces one). */
  setPage(path: string, page: HostPage): void;
  close(): Promise<void>;
}

/** Answers an API request the way a broken API would; false when the API works. */
function fail(outage: Outage, req: IncomingMessage, res: ServerResponse): boolean {
  if (outage === 'down') req.socket.destroy();
  else if (outage === '500') res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom');
  else if (outage === 'malformed')
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items": [');
  else if (outage === 'slow') {
    // Never answers in time: the widget's own timeout must end the wait.
    const timer = setTimeout(() => res.writeHead(504).end(), 60_000);
    res.on('close', () => clearTimeout(timer));
  }
  return outage !== null;
}

/**
 * A site that embeds the widgets, on its own origin. It serves the host pages and passes
 * `/api/`, `/embed/` and `/media/` through to the real API, so a CSP of only `'self'` covers
 * them. `/old/embed/` is the same bundle under another version number: a second, different
 * copy of the loader and the widgets, as when two CMS blocks pin two releases.
 */
export async function startHostServer(apiUrl: string): Promise<HostServer> {
  const api = new URL(apiUrl);
  const pages = hostPages();
  let outage: Outage = null;

  async function pass(req: IncomingMessage, res: ServerResponse, path: string, rewrite: boolean) {
    // A reverse proxy on the site's own origin: the API sees a same-site request, no Origin.
    const headers = Object.entries(req.headers).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' &&
        !['host', 'origin', 'connection', 'content-length'].includes(entry[0]),
    );
    const upstream = await fetch(new URL(path, api), {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : (req as unknown as BodyInit),
      duplex: 'half',
    } as RequestInit);
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
    let body = Buffer.from(await upstream.arrayBuffer());
    if (rewrite && type.includes('javascript')) {
      body = Buffer.from(body.toString('utf8').replaceAll(`\`${version}\``, `\`${OLD_VERSION}\``));
    }
    res.writeHead(upstream.status, { 'Content-Type': type });
    res.end(body);
  }

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const served = (async () => {
      if (path.startsWith('/api/') && fail(outage, req, res)) return;
      if (/^\/(api|embed|media)\//.test(path)) return pass(req, res, path, false);
      if (path.startsWith('/old/embed/')) return pass(req, res, path.slice('/old'.length), true);
      const file = vendor[path];
      if (file) return void res.writeHead(200, { 'Content-Type': file.type }).end(readFileSync(file.file));
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const css = stylesheets[path];
      if (css !== undefined) return void res.writeHead(200, { 'Content-Type': 'text/css' }).end(css);
      const page = pages[path.replace(/\?.*$/, '')];
      if (!page) return void res.writeHead(404).end();
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(page.strict || page.csp ? { 'Content-Security-Policy': page.csp ?? STRICT_CSP } : {}),
      });
      res.end(page.html);
    })();
    served.catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  server.listen(0, 'localhost');
  await once(server, 'listening');
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    setOutage: (next) => {
      outage = next;
    },
    setPage: (path, page) => {
      pages[path] = page;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
