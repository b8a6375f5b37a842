import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '@pbgdpl/contract';
import type { MiddlewareHandler } from 'hono';
import { tokensRepository } from '../repositories/tokens.ts';
import type { AppDeps, AppEnv, Principal } from './env.ts';
import { problem } from './problem.ts';

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal-length digests make the comparison constant-time whatever the token's length. */
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Lets the request through when its bearer token has at least `role`; sets `principal`. */
export function requireRole(role: Role, deps: AppDeps): MiddlewareHandler<AppEnv> {
  const tokens = tokensRepository(deps.db);
  const adminToken = deps.config.adminToken;
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) {
      return problem(c, 401, {
        detail: { vi: 'Cần mã truy cập (Authorization: Bearer …).', en: 'A bearer token is required.' },
        headers: { 'WWW-Authenticate': 'Bearer realm="pbgdpl"' },
      });
    }
    const principal: Principal | undefined =
      adminToken !== null && sameSecret(token, adminToken)
        ? { name: 'PBGDPL_ADMIN_TOKEN', role: 'admin' }
        : await tokens.authenticate(token, deps.clock());
    if (!principal) {
      return problem(c, 401, {
        detail: {
          vi: 'Mã truy cập không đúng hoặc đã bị thu hồi.',
          en: 'The bearer token is unknown or revoked.',
        },
        headers: { 'WWW-Authenticate': 'Bearer realm="pbgdpl", error="invalid_token"' },
      });
    }
    if (RANK[principal.role] < RANK[role]) {
      return problem(c, 403, {
        detail: { vi: `Cần quyền ${role}.`, en: `The ${role} role is required.` },
      });
    }
    c.set('principal', principal);
    await next();
  };
}
