import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '@pbgdpl/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sessionsRepository } from '../repositories/sessions.ts';
import { tokensRepository } from '../repositories/tokens.ts';
import type { UserRow } from '../repositories/users.ts';
import type { AppDeps, AppEnv, Principal } from './env.ts';
import { problem } from './problem.ts';
import { SESSION_COOKIE, sessionLimits } from './session-cookie.ts';

const RANK: Record<Role, number> = { contributor: 0, editor: 1, admin: 2 };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const atLeast = (principal: Principal, role: Role): boolean => RANK[principal.role] >= RANK[role];

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal-length digests make the comparison constant-time whatever the token's length. */
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export const userPrincipal = (user: UserRow): Principal => ({
  kind: 'user',
  name: user.name,
  role: user.role as Role,
  unitId: user.unit_id,
  userId: user.id,
  email: user.email,
});

/**
 * A browser sends the session cookie with every request to us, including one a page on another
 * site makes it send. Changes therefore come only from our own pages: the Origin header must be
 * ours (SameSite=Strict alone would let a department's site on the same domain through).
 */
function crossSiteWrite(c: Context): boolean {
  if (SAFE_METHODS.has(c.req.method)) return false;
  return c.req.header('Origin') !== new URL(c.req.url).origin;
}

/**
 * Who is calling: a bearer token (automation; PBGDPL_ADMIN_TOKEN too) or a session cookie (a
 * person in the console). Lets the request through with at least `role` and sets `principal`.
 */
export function requireRole(role: Role, deps: AppDeps): MiddlewareHandler<AppEnv> {
  const tokens = tokensRepository(deps.db);
  const sessions = sessionsRepository(deps.db);
  const { adminToken } = deps.config;
  const limits = sessionLimits(deps.config);
  return async (c, next) => {
    const now = deps.clock();
    const token = bearerToken(c.req.header('Authorization'));
    const cookie = token ? undefined : getCookie(c, SESSION_COOKIE);
    let principal: Principal | undefined;
    if (token) {
      const owner =
        adminToken !== null && sameSecret(token, adminToken)
          ? { name: 'PBGDPL_ADMIN_TOKEN', role: 'admin' as const, unitId: null }
          : await tokens.authenticate(token, now);
      principal = owner && { kind: 'token', ...owner, userId: null, email: null };
    } else if (cookie) {
      const user = await sessions.user(cookie, now, limits);
      principal = user && userPrincipal(user);
    }
    if (!principal) {
      return problem(c, 401, {
        detail: token
          ? {
              vi: 'Mã truy cập không đúng hoặc đã bị thu hồi.',
              en: 'The bearer token is unknown or revoked.',
            }
          : { vi: 'Cần đăng nhập.', en: 'Sign in first.' },
        headers: {
          'WWW-Authenticate': token
            ? 'Bearer realm="pbgdpl", error="invalid_token"'
            : 'Bearer realm="pbgdpl"',
        },
      });
    }
    if (cookie && crossSiteWrite(c)) {
      return problem(c, 403, {
        detail: {
          vi: 'Yêu cầu thay đổi phải đến từ chính trang quản trị.',
          en: 'Changes must come from the console itself.',
        },
      });
    }
    if (!atLeast(principal, role)) {
      return problem(c, 403, { detail: { vi: `Cần quyền ${role}.`, en: `The ${role} role is required.` } });
    }
    c.set('principal', principal);
    await next();
  };
}
