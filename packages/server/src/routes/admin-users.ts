import { routes, type User } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { versionedWrites } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { sendVersion } from '../http/versions.ts';
import { accountLink } from '../mail/messages.ts';
import { outboxRepository } from '../mail/outbox.ts';
import { type AuditedAction, auditLogRepository } from '../repositories/audit-log.ts';
import { type LinkPurpose, oneTimeLinksRepository } from '../repositories/one-time-links.ts';
import { sessionsRepository } from '../repositories/sessions.ts';
import { tokensRepository } from '../repositories/tokens.ts';
import { unitsRepository } from '../repositories/units.ts';
import { type UserData, usersRepository } from '../repositories/users.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An invitation waits a week for its person; a reset link a day. */
const LINK_TTL: Record<LinkPurpose, number> = { invite: 7 * DAY_MS, reset: DAY_MS };

const notFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có tài khoản số ${id}.`, en: `There is no account ${id}.` } });

/** Where a person opens a one-time link: the console's page for choosing a password. */
export function passwordLink(c: Context, config: Config, token: string): string {
  const base = config.publicUrl ?? new URL(c.req.url).origin;
  return `${base}/admin/#/password/${token}`;
}

async function checkUser(data: UserData, c: Context, db: Db, id?: number): Promise<void> {
  const lang = requestLanguage(c);
  if (data.unitId !== null && !(await unitsRepository(db).exists(data.unitId)))
    throw unknownUnitProblem('unitId', data.unitId, lang);
  if (await usersRepository(db).emailTaken(data.email, id)) {
    const message = { vi: 'Đã có tài khoản dùng email này.', en: 'An account already uses this e-mail.' };
    throw new ProblemError(409, { detail: message, errors: { email: [message[lang]] } });
  }
}

/**
 * The administrator's side of accounts (invite, change role or unit, deactivate, send a new
 * password link: accounts are never deleted, so the audit trail keeps its people) and of the
 * automation tokens.
 */
export function adminUserRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const audit = (db: Db, c: Context<AppEnv>, id: number, action: AuditedAction, detail: string) =>
    auditLogRepository(db).record('user', id, {
      at: deps.clock(),
      actor: c.get('principal').name,
      action,
      detail,
    });

  /** A new one-time link for the account; earlier ones stop working. */
  async function sendLink(c: Context<AppEnv>, db: Db, user: User) {
    const purpose: LinkPurpose = user.passwordSet ? 'reset' : 'invite';
    const { token, expiresAt } = await oneTimeLinksRepository(db).create(
      user.id,
      purpose,
      deps.clock(),
      LINK_TTL[purpose],
    );
    await audit(db, c, user.id, 'link-sent', purpose);
    const url = passwordLink(c, deps.config, token);
    // Without e-mail the administrator hands the link over; with it, only its owner ever sees it.
    if (!deps.config.mail) return { sent: false, url, expiresAt: expiresAt.toISOString() };
    await outboxRepository(db).enqueue(accountLink(purpose, user, url, expiresAt), deps.clock());
    return { sent: true, url: null, expiresAt: expiresAt.toISOString() };
  }

  const write = versionedWrites<User>(deps, {
    load: (db, id) => usersRepository(db).get(id),
    notFound,
    afterWrite: (db, c, user, action) =>
      audit(db, c, user.id, action, `${user.email} ${user.role} ${user.unitId ?? ''}`),
  });

  registerRoute(app, deps, routes.adminUserList, async ({ query }) => usersRepository(deps.db).page(query));

  registerRoute(app, deps, routes.adminUserGet, async ({ params }, c) => {
    const user = await usersRepository(deps.db).get(params.id);
    if (!user) throw notFound(params.id);
    sendVersion(c, user);
    return user;
  });

  registerRoute(app, deps, routes.adminUserCreate, async ({ body }, c) =>
    deps.db.transaction().execute(async (trx) => {
      await checkUser(body, c, trx);
      const user = await usersRepository(trx).create(body, deps.clock());
      await audit(trx, c, user.id, 'created', `${user.email} ${user.role} ${user.unitId ?? ''}`);
      c.header('Location', apiPath('adminUserGet', { id: user.id }));
      sendVersion(c, user);
      return { ...user, invitation: await sendLink(c, trx, user) };
    }),
  );

  registerRoute(app, deps, routes.adminUserUpdate, async ({ params, body }, c) =>
    write(c, params.id, async (trx) => {
      await checkUser(body, c, trx, params.id);
      const user = await usersRepository(trx).update(params.id, body, deps.clock());
      // A deactivated person is signed out everywhere at once.
      if (user && !user.active) await sessionsRepository(trx).revokeAll(user.id, deps.clock());
      return user;
    }),
  );

  registerRoute(app, deps, routes.adminUserReset, async ({ params }, c) =>
    deps.db.transaction().execute(async (trx) => {
      const user = await usersRepository(trx).get(params.id);
      if (!user) throw notFound(params.id);
      return sendLink(c, trx, user);
    }),
  );

  registerRoute(app, deps, routes.adminTokenList, async () => ({
    items: await tokensRepository(deps.db).list(),
  }));

  registerRoute(app, deps, routes.adminTokenCreate, async ({ body }, c) => {
    if (body.unitId !== null && !(await unitsRepository(deps.db).exists(body.unitId)))
      throw unknownUnitProblem('unitId', body.unitId, requestLanguage(c));
    return tokensRepository(deps.db).create(body.name, body.role, deps.clock(), body.unitId);
  });

  registerRoute(app, deps, routes.adminTokenRevoke, async ({ params }) => {
    if (!(await tokensRepository(deps.db).revoke(params.id, deps.clock())))
      throw new ProblemError(404, {
        detail: {
          vi: `Không có mã truy cập số ${params.id} còn hiệu lực.`,
          en: `There is no live token ${params.id}.`,
        },
      });
    return undefined;
  });
}
