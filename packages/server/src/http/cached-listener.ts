import type { IncomingMessage, ServerResponse } from 'node:http';
import { cacheKey } from './cache-key.ts';
import type { ResponseCache } from './response-cache.ts';

/**
 * Sends an answer the cache holds straight from Node's request, before Hono, its Request and
 * Response objects and the database: the path most public GETs take. False when it holds none
 * (or must read the content version first); the app then answers, through the same cache.
 */
export function answerFromCache(cache: ResponseCache, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const key = cacheKey(req.headers.host ?? '', req.url ?? '/', req.headers['accept-language']);
  const answer = key === undefined ? undefined : cache.peek(key);
  if (!answer) return false;
  const reply = answer.replyTo({
    acceptEncoding: req.headers['accept-encoding'],
    ifNoneMatch: req.headers['if-none-match'],
  });
  res.writeHead(reply.status, reply.headers);
  res.end(req.method === 'GET' ? (reply.body ?? undefined) : undefined);
  return true;
}
