import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.ts';
import type { SessionLimits } from '../repositories/sessions.ts';

export const SESSION_COOKIE = 'pbgdpl_session';

export const sessionLimits = (config: Config): SessionLimits => ({
  idleMs: config.accounts.sessionIdleMinutes * 60_000,
  absoluteMs: config.accounts.sessionHours * 3_600_000,
});

/** HTTPS as the browser sees it: directly, or through our own proxy that says so. */
function secure(c: Context, config: Config): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return config.trustProxy && c.req.header('X-Forwarded-Proto') === 'https';
}

/** The session's cookie: never readable by scripts, never sent by another site, HTTPS-only on HTTPS. */
export function setSessionCookie(c: Context, config: Config, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(c, config),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
