import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * The address the TCP connection came from. Behind our own reverse proxy (PBGDPL_TRUST_PROXY=1)
 * it is the last X-Forwarded-For entry: the one our proxy appended; earlier entries are
 * whatever the client wrote and cannot be trusted.
 */
export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('X-Forwarded-For')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}
