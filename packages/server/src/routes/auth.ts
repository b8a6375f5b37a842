import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from '../accounts/passwords.ts';
import { signInThrottle } from '../accounts/sign-in-throttle.ts';
import type { Db } from '../db/schema.ts';
import { fromDbBool } from '../db/values.ts';
import { userPrincipal } from '../http/auth.ts';
import type { AppDeps, AppEnv, Principal } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import {
  clearSessionCookie,
  SESSION_COOKIE,
  sessionLimits,
  setSessionCookie,
} from '../http/session-cookie.ts';
import { auditLogRepository, type AuditedAction } from '../repositories/audit-log.ts';
import { oneTimeLinksRepository } from '../repositories/one-time-links.ts';
import { sessionsRepository } from '../repositories/sessions.ts';
import { type UserRow, usersRepository } from '../repositories/users.ts';

/** `user`: the signed-in person's row, for what only people have (preferences). */
const toMe = (principal: Principal, user?: UserRow) => ({
  kind: principal.kind,
  name: principal.name,
  role: principal.role,
  unitId: principal.unitId,
  email: principal.email,
  notify: user ? fromDbBool(user.notify) : null,
});

const wrongCredentials = () =>
  new ProblemError(401, {
    detail: { vi: 'Email hoặc mật khẩu không đúng.', en: 'The e-mail or the password is wrong.' },
  });

/** Sign-in, sign-out, passwords from one-time links, and each person's own settings. */
export function authRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const throttle = signInThrottle(deps.db, deps.config);
  const limits = sessionLimits(deps.config);

  const audit = (db: Db, user: UserRow, action: AuditedAction, detail?: string) =>
    auditLogRepository(db).record('user', user.id, { at: deps.clock(), actor: user.email, action, detail });

  /** A new session for `user`, its cookie set; what the console learns about who signed in. */
  async function startSession(c: Context<AppEnv>, db: Db, user: UserRow) {
    const now = deps.clock();
    const { token, expiresAt } = await sessionsRepository(db).create(user.id, now, limits);
    await usersRepository(db).recordSignIn(user.id, now);
    setSessionCookie(c, deps.config, token, expiresAt);
    return toMe(userPrincipal(user), user);
  }

  function refuseWeak(c: Context, password: string, user: UserRow): void {
    const problem = passwordProblem(password, user);
    if (problem)
      throw new ProblemError(400, { detail: problem, errors: { password: [problem[requestLanguage(c)]] } });
  }

  registerRoute(app, deps, routes.signIn, async ({ body }, c) => {
    const now = deps.clock();
    const wait = await throttle.wait(c, body.email, now);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new ProblemError(429, {
        detail: {
          vi: `Đăng nhập sai quá nhiều lần: tài khoản tạm khóa. Vui lòng thử lại sau ${minutes} phút.`,
          en: `Too many failed sign-ins: the account is locked. Try again in ${minutes} minutes.`,
        },
        headers: { 'Retry-After': String(wait) },
      });
    }
    const users = usersRepository(deps.db);
    const user = await users.byEmail(body.email);
    // The same work whether or not the account exists, so timing does not tell.
    const matches = await verifyPassword(body.password, user?.password_hash ?? (await decoyHash));
    if (!user || !matches) {
      await throttle.failed(c, body.email, now);
      if (user) await audit(deps.db, user, 'sign-in-failed');
      throw wrongCredentials();
    }
    // Only someone who knows the password learns that the account is closed, and whom to ask.
    if (!user.active) {
      await audit(deps.db, user, 'sign-in-failed', 'inactive');
      throw new ProblemError(403, {
        detail: {
          vi: 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên (Sở Tư pháp) nếu cần mở lại.',
          en: 'This account has been deactivated. Contact the administrator (Department of Justice) to reopen it.',
        },
      });
    }
    return deps.db.transaction().execute(async (trx) => {
      await audit(trx, user, 'signed-in');
      return startSession(c, trx, user);
    });
  });

  registerRoute(app, deps, routes.signOut, async (_input, c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await sessionsRepository(deps.db).revoke(token, deps.clock());
    clearSessionCookie(c);
    return undefined;
  });

  registerRoute(app, deps, routes.passwordSet, async ({ body }, c) => {
    const now = deps.clock();
    const links = oneTimeLinksRepository(deps.db);
    const link = await links.peek(body.token, now);
    const user = link && (await usersRepository(deps.db).byId(link.userId));
    if (!link || !user?.active) {
      throw new ProblemError(400, {
        detail: {
          vi: 'Liên kết này đã được dùng hoặc đã hết hạn. Hãy đề nghị quản trị viên gửi liên kết mới.',
          en: 'This link was used already or has expired. Ask the administrator for a new one.',
        },
      });
    }
    // Checked before the link is spent: a refused password leaves the link usable.
    refuseWeak(c, body.password, user);
    const hash = await hashPassword(body.password);
    return deps.db.transaction().execute(async (trx) => {
      if (!(await oneTimeLinksRepository(trx).spend(body.token, now))) throw wrongCredentials();
      await usersRepository(trx).setPassword(user.id, hash, now);
      await sessionsRepository(trx).revokeAll(user.id, now);
      await audit(trx, user, 'password-set', link.purpose);
      return startSession(c, trx, user);
    });
  });

  registerRoute(app, deps, routes.me, async (_input, c) => {
    const principal = c.get('principal');
    const user =
      principal.userId === null ? undefined : await usersRepository(deps.db).byId(principal.userId);
    return toMe(principal, user);
  });

  registerRoute(app, deps, routes.mePassword, async ({ body }, c) => {
    const user = await signedInUser(c);
    if (!(await verifyPassword(body.current, user.password_hash ?? (await decoyHash)))) {
      const message = { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' };
      throw new ProblemError(400, { detail: message, errors: { current: [message[requestLanguage(c)]] } });
    }
    const problem = passwordProblem(body.next, user);
    if (problem)
      throw new ProblemError(400, { detail: problem, errors: { next: [problem[requestLanguage(c)]] } });
    const hash = await hashPassword(body.next);
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      await usersRepository(trx).setPassword(user.id, hash, now);
      // Other browsers signed in with the old password are signed out.
      await sessionsRepository(trx).revokeAll(user.id, now, getCookie(c, SESSION_COOKIE));
      await audit(trx, user, 'password-changed');
    });
    return undefined;
  });

  registerRoute(app, deps, routes.mePreferences, async ({ body }, c) => {
    const user = await signedInUser(c);
    await usersRepository(deps.db).setNotify(user.id, body.notify, deps.clock());
    return { notify: body.notify };
  });

  /** Passwords and preferences belong to people; an automation token has neither. */
  async function signedInUser(c: Context<AppEnv>): Promise<UserRow> {
    const { userId } = c.get('principal');
    const user = userId === null ? undefined : await usersRepository(deps.db).byId(userId);
    if (!user) {
      throw new ProblemError(403, {
        detail: { vi: 'Chỉ người đăng nhập mới có mật khẩu.', en: 'Only a signed-in person has a password.' },
      });
    }
    return user;
  }
}
