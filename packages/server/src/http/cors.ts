import type { MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import type { AppEnv } from './env.ts';
import { problem } from './problem.ts';
import { isAdminPath } from './route.ts';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Beacons come from `navigator.sendBeacon` with a text/plain body: a "simple" request that
 * browsers send without a preflight from any page embedding a widget. They are only counters
 * (deduplicated and rate-limited), so any origin may send them.
 */
const isBeacon = (method: string, path: string, contentType: string | undefined) =>
  method === 'POST' && path === '/api/v1/events' && /^text\/plain\b/i.test(contentType ?? '');

/**
 * Public reads are open to every origin (`*`: no credentials are involved). Writes and admin
 * routes only to PBGDPL_CORS_ORIGINS and our own origin: a browser is refused at the preflight,
 * and a request that skips it (or a non-browser client announcing an Origin) is refused here.
 */
export function cors(config: Config): MiddlewareHandler<AppEnv> {
  const allowed = new Set(config.corsOrigins);
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const preflightMethod =
      c.req.method === 'OPTIONS' ? c.req.header('Access-Control-Request-Method') : undefined;
    const method = (preflightMethod ?? c.req.method).toUpperCase();
    const publicRead = READ_METHODS.has(method) && !isAdminPath(c.req.path);
    const trusted = origin !== undefined && (allowed.has(origin) || origin === new URL(c.req.url).origin);
    const allowOrigin = publicRead ? '*' : trusted ? origin : undefined;

    if (preflightMethod !== undefined) {
      // Without Access-Control-Allow-Origin the browser does not send the real request.
      if (!allowOrigin) return c.body(null, 204, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': allowOrigin,
        'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
        'Access-Control-Allow-Headers':
          'Authorization, Content-Type, If-Match, If-None-Match, Accept-Language, Idempotency-Key',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (origin !== undefined && !allowOrigin && !isBeacon(method, c.req.path, c.req.header('Content-Type'))) {
      return problem(c, 403, {
        detail: {
          vi: `Nguồn ${origin} không được phép gửi yêu cầu này (PBGDPL_CORS_ORIGINS).`,
          en: `Origin ${origin} may not send this request (PBGDPL_CORS_ORIGINS).`,
        },
      });
    }
    await next();
    if (allowOrigin) {
      c.header('Access-Control-Allow-Origin', allowOrigin);
      c.header('Access-Control-Expose-Headers', 'ETag, Location, Retry-After');
      if (allowOrigin !== '*') c.header('Vary', 'Origin', { append: true });
    }
  };
}
