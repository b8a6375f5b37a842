import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

/** Weak comparison, as RFC 9110 asks for If-None-Match: `W/"x"` matches `"x"`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * A public, cacheable JSON answer: a strong ETag from the body's hash, so every API node gives
 * the same tag for the same data. The response cache keeps it and answers `If-None-Match`.
 */
export function publicJson(c: Context, data: unknown): Response {
  return publicBody(c, JSON.stringify(data), 'application/json; charset=utf-8');
}

/** Any public, cacheable text answer (a feed), with the same ETag and caching as JSON. */
export function publicBody(c: Context, body: string, contentType: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', PUBLIC_CACHE);
  return c.body(body, 200, { 'Content-Type': contentType });
}

/**
 * The answer being made depends on the time as well as on the data (a banner's schedule,
 * today's beacons): the response cache keeps it until `until` at most. The earliest call wins.
 */
export function cacheUntil(c: Context<AppEnv>, until: Date): void {
  const before = c.get('cacheUntil');
  if (!before || until < before) c.set('cacheUntil', until);
}

/** Private answers (admin, writes) must never sit in a shared cache. */
export function privateJson(c: Context, data: unknown, status: 200 | 201 | 202): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(data, status);
}
