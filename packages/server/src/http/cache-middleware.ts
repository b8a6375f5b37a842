import type { MiddlewareHandler } from 'hono';
import { type AnswerRequest, CachedAnswer, type Reply } from './cached-answer.ts';
import { cacheKey } from './cache-key.ts';
import type { AppEnv } from './env.ts';
import type { ResponseCache } from './response-cache.ts';
import { apiPath } from './route.ts';

function toResponse(reply: Reply): Response {
  const headers = new Headers(reply.headers);
  headers.delete('content-length'); // Node's adapter sets it from the body
  return new Response(reply.body === null ? null : new Uint8Array(reply.body), {
    status: reply.status,
    headers,
  });
}

/**
 * Public GETs answered from `cache` when it holds them; otherwise the route runs once (however
 * many ask at the same moment) and what it answers publicly (200, `Cache-Control: public`, an
 * ETag, nobody authenticated) is kept. Either way `If-None-Match` gets its 304 here. Runs
 * outermost, so a kept answer has every header the middleware after it added (CORS, nosniff).
 * A write through this node has the cache read the content version before the next answer.
 */
export function cachePublicAnswers(cache: ResponseCache): MiddlewareHandler<AppEnv> {
  // Beacons only count: statistics show today's within their own short expiry (see stats).
  const beacons = apiPath('events');
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      if (method !== 'OPTIONS' && c.req.path !== beacons && c.res.status < 400) cache.changed();
      return;
    }
    const url = new URL(c.req.url);
    const key = cacheKey(url.host, url.pathname + url.search, c.req.header('Accept-Language'));
    if (key === undefined) return next();
    const request: AnswerRequest = {
      acceptEncoding: c.req.header('Accept-Encoding'),
      ifNoneMatch: c.req.header('If-None-Match'),
    };
    const held = await cache.get(key);
    if (held) return toResponse(held.replyTo(request));

    const { answer, made } = await cache.fill(key, async () => {
      await next();
      // Whoever signed in (a token, a session cookie) gets an answer made for them alone.
      if (c.get('principal')) return undefined;
      return CachedAnswer.of(c.res, c.get('cacheUntil')?.getTime() ?? Infinity);
    });
    if (!answer) {
      // Not a public answer (an error, a private form): the route answers each request itself.
      if (!made) await next();
      return;
    }
    // Reset first: Hono would copy the route's headers over the reply's (its ETag, length).
    c.res = undefined;
    c.res = toResponse(answer.replyTo(request));
  };
}
