import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Me, TokenCreated, UserInvited, UserPage } from '@pbgdpl/contract';
import { createApp } from '../src/app.ts';
import { createFirstAdmin } from '../src/accounts/first-admin.ts';
import { cliRunner, json, makeApp, type TestApp } from './helpers.ts';

/**
 * Named accounts in the console: sign-in with a session cookie, sign-out on the server, one-time
 * links for invitations and resets, password rules, lock-out shared by every node, CSRF refusal
 * of changes from another origin, and every account event in the audit log.
 */
const ORIGIN = 'http://localhost';
const ADMIN = { email: 'quantri@sotuphap.tayninh.gov.vn', password: 'ruộng lúa mùa nước nổi 2026' };
const STRONG = 'cây cầu tre bắc qua sông Vàm Cỏ';

async function accountsApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await makeApp({
    env: { PBGDPL_ADMIN_EMAIL: ADMIN.email, PBGDPL_ADMIN_PASSWORD: ADMIN.password, ...env },
  });
  await createFirstAdmin(t.database.db, t.config, t.clock());
  return t;
}

/** A browser of our own console: it keeps the session cookie and sends our Origin with changes. */
function browser(t: TestApp, app = t.app) {
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(`${ORIGIN}/api/v1${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(method === 'GET' ? {} : { Origin: ORIGIN }),
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = response.headers.get('Set-Cookie');
    if (set)
      cookie = /pbgdpl_session=([^;]*)/.exec(set)?.[1]
        ? `pbgdpl_session=${/pbgdpl_session=([^;]*)/.exec(set)![1]}`
        : '';
    return response;
  };
  return {
    call,
    signIn: (email: string, password: string) => call('POST', '/auth/session', { email, password }),
    get cookie() {
      return cookie;
    },
  };
}

const auditActions = async (t: TestApp, id: number) =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'user')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute()
  ).map((row) => row.action);

test('sign in with e-mail and password: an HttpOnly, SameSite=Strict session cookie; sign-out ends it on the server', async () => {
  const t = await accountsApp();
  const b = browser(t);
  const signedIn = await b.signIn(ADMIN.email.toUpperCase(), ADMIN.password);
  assert.equal(signedIn.status, 200);
  const cookie = signedIn.headers.get('Set-Cookie') ?? '';
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.doesNotMatch(cookie, /Secure/, 'plain HTTP here; Secure behind HTTPS');
  const me = await json<Me>(await b.call('GET', '/admin/me'));
  assert.deepEqual(me, {
    kind: 'user',
    name: 'Quản trị viên',
    role: 'admin',
    unitId: null,
    email: ADMIN.email,
    notify: true,
  });
  const stolen = b.cookie;

  assert.equal((await b.call('DELETE', '/auth/session')).status, 204);
  const replay = await t.app.request(`${ORIGIN}/api/v1/admin/me`, { headers: { Cookie: stolen } });
  assert.equal(replay.status, 401, 'the old cookie is dead on the server, not only in this browser');
});

test('behind HTTPS the cookie is Secure', async () => {
  const t = await accountsApp({ PBGDPL_TRUST_PROXY: '1' });
  const response = await t.app.request(`${ORIGIN}/api/v1/auth/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Forwarded-Proto': 'https' },
    body: JSON.stringify(ADMIN),
  });
  assert.match(response.headers.get('Set-Cookie') ?? '', /Secure/);
});

test('a wrong password and an unknown e-mail get the same answer; five failures lock the account on every node', async () => {
  const t = await accountsApp();
  const b = browser(t);
  const wrong = await b.signIn(ADMIN.email, 'not the password at all');
  const unknown = await b.signIn('ai-do@example.vn', 'not the password at all');
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  assert.deepEqual(await json(wrong), await json(unknown));
  for (let i = 0; i < 4; i++) await b.signIn(ADMIN.email, `sai ${i}`);
  const locked = await b.signIn(ADMIN.email, ADMIN.password);
  assert.equal(locked.status, 429, 'locked: even the right password waits');
  assert.ok(Number(locked.headers.get('Retry-After')) > 0);
  assert.match((await json<{ detail: string }>(locked)).detail, /tạm khóa/);

  // Another node on the same database.
  const other = createApp({ db: t.database.db, config: t.config, clock: t.clock });
  assert.equal((await browser(t, other).signIn(ADMIN.email, ADMIN.password)).status, 429);

  t.clock.set(new Date(t.clock().getTime() + t.config.accounts.lockMinutes * 60_000));
  assert.equal((await b.signIn(ADMIN.email, ADMIN.password)).status, 200, 'unlocked when the window ends');
  const admin = await t.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', ADMIN.email)
    .executeTakeFirstOrThrow();
  const actions = await auditActions(t, admin.id);
  assert.equal(actions.filter((a) => a === 'sign-in-failed').length, 5);
  assert.equal(actions.at(-1), 'signed-in');
});

test('a change with the session cookie from another origin, or without one, is refused (CSRF); a token needs no Origin', async () => {
  const t = await accountsApp({ PBGDPL_CORS_ORIGINS: 'https://sotuphap.tayninh.gov.vn' });
  const b = browser(t);
  await b.signIn(ADMIN.email, ADMIN.password);
  const body = { name: 'Mã nhập liệu', role: 'editor' };
  const noOrigin = await t.app.request(`${ORIGIN}/api/v1/admin/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: b.cookie },
    body: JSON.stringify(body),
  });
  assert.equal(noOrigin.status, 403);
  // A department's site on the same domain is listed for CORS, yet it may not use the console's session.
  const sibling = await b.call('POST', '/admin/tokens', body, { Origin: 'https://sotuphap.tayninh.gov.vn' });
  assert.equal(sibling.status, 403);
  const own = await b.call('POST', '/admin/tokens', body);
  assert.equal(own.status, 201);
  const { token } = await json<TokenCreated>(own);
  const automation = await t.app.request(`${ORIGIN}/api/v1/admin/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(automation.status, 200);
  assert.equal((await json<Me>(automation)).notify, null, 'a token has no e-mail preferences');
});

test('invite: a one-time link to choose a password; weak passwords refused, the link then still works once', async () => {
  const t = await accountsApp();
  const admin = browser(t);
  await admin.signIn(ADMIN.email, ADMIN.password);
  const invited = await admin.call('POST', '/admin/users', {
    email: 'canbo@xa-hoa-thanh.tayninh.gov.vn',
    name: 'Lê Thị Hoa',
    role: 'contributor',
    unitId: 'xa-hoa-thanh',
  });
  assert.equal(invited.status, 201, await invited.clone().text());
  const user = await json<UserInvited>(invited);
  assert.equal(user.passwordSet, false);
  const token = /#\/password\/([\w-]{43})$/.exec(user.invitation.url ?? '')?.[1] ?? '';
  assert.ok(token, user.invitation.url ?? 'no url');

  const person = browser(t);
  assert.equal((await person.signIn(user.email, STRONG)).status, 401, 'no password before the link is used');
  for (const weak of ['ngắn', 'password1234', 'lethihoa2026', 'tayninh-pbgdpl']) {
    const refused = await person.call('POST', '/auth/password', { token, password: weak });
    assert.equal(refused.status, 400, weak);
    assert.ok((await json<{ errors: object }>(refused)).errors, weak);
  }
  const chosen = await person.call('POST', '/auth/password', { token, password: STRONG });
  assert.equal(chosen.status, 200);
  assert.deepEqual(await json<Me>(chosen), {
    kind: 'user',
    name: 'Lê Thị Hoa',
    role: 'contributor',
    unitId: 'xa-hoa-thanh',
    email: 'canbo@xa-hoa-thanh.tayninh.gov.vn',
    notify: true,
  });
  assert.equal(
    (await person.call('POST', '/auth/password', { token, password: STRONG })).status,
    400,
    'used once',
  );
  assert.equal((await browser(t).signIn(user.email, STRONG)).status, 200);
  assert.deepEqual(await auditActions(t, user.id), [
    'created',
    'link-sent',
    'sign-in-failed',
    'password-set',
    'signed-in',
  ]);
});

test('an expired link is refused; a reset link replaces the password; deactivation signs the person out everywhere', async () => {
  const t = await accountsApp();
  const admin = browser(t);
  await admin.signIn(ADMIN.email, ADMIN.password);
  const user = await json<UserInvited>(
    await admin.call('POST', '/admin/users', {
      email: 'bientap@sotuphap.vn',
      name: 'Trần Văn Bình',
      role: 'editor',
      unitId: null,
    }),
  );
  const first = /password\/([\w-]+)$/.exec(user.invitation.url ?? '')![1]!;
  t.clock.set(new Date(t.clock().getTime() + 8 * 24 * 3_600_000));
  assert.equal(
    (await browser(t).call('POST', '/auth/password', { token: first, password: STRONG })).status,
    400,
    'a week passed',
  );

  await admin.signIn(ADMIN.email, ADMIN.password);
  const link = await json<{ url: string }>(await admin.call('POST', `/admin/users/${user.id}/reset`));
  const token = /password\/([\w-]+)$/.exec(link.url)![1]!;
  const person = browser(t);
  assert.equal((await person.call('POST', '/auth/password', { token, password: STRONG })).status, 200);
  assert.equal((await person.call('GET', '/admin/me')).status, 200);

  const version = (await admin.call('GET', `/admin/users/${user.id}`)).headers.get('ETag') ?? '';
  const off = await admin.call(
    'PUT',
    `/admin/users/${user.id}`,
    { email: user.email, name: user.name, role: 'editor', unitId: null, active: false },
    { 'If-Match': version },
  );
  assert.equal(off.status, 200);
  assert.equal((await person.call('GET', '/admin/me')).status, 401, 'signed out at once');
  const closed = await browser(t).signIn(user.email, STRONG);
  assert.equal(closed.status, 403, 'and cannot sign in: told so, having given the right password');
  assert.match((await json<{ detail: string }>(closed)).detail, /đã bị khóa/);
  assert.equal(
    (await browser(t).signIn(user.email, 'sai-mat-khau-nhe')).status,
    401,
    'a wrong one learns nothing',
  );
  const listed = async (active: string) =>
    (await json<UserPage>(await admin.call('GET', `/admin/users?active=${active}`))).items.map(
      (u) => u.email,
    );
  assert.deepEqual(await listed('false'), [user.email], 'the list filters deactivated accounts');
  assert.ok(!(await listed('true')).includes(user.email));
});

test('a person changes their own password: the current one is asked, other browsers are signed out', async () => {
  const t = await accountsApp();
  const here = browser(t);
  const there = browser(t);
  await here.signIn(ADMIN.email, ADMIN.password);
  await there.signIn(ADMIN.email, ADMIN.password);
  assert.equal((await here.call('PUT', '/admin/me/password', { current: 'sai', next: STRONG })).status, 400);
  assert.equal(
    (await here.call('PUT', '/admin/me/password', { current: ADMIN.password, next: 'quantri12345' })).status,
    400,
  );
  assert.equal(
    (await here.call('PUT', '/admin/me/password', { current: ADMIN.password, next: STRONG })).status,
    204,
  );
  assert.equal((await here.call('GET', '/admin/me')).status, 200, 'this browser stays signed in');
  assert.equal((await there.call('GET', '/admin/me')).status, 401, 'the other one is signed out');
  assert.equal((await browser(t).signIn(ADMIN.email, STRONG)).status, 200);
});

test('sessions end after the idle time and after the absolute lifetime', async () => {
  const t = await accountsApp({ PBGDPL_SESSION_IDLE_MINUTES: '30', PBGDPL_SESSION_HOURS: '2' });
  const b = browser(t);
  await b.signIn(ADMIN.email, ADMIN.password);
  const step = (minutes: number) => t.clock.set(new Date(t.clock().getTime() + minutes * 60_000));
  for (let i = 0; i < 3; i++) {
    step(25);
    assert.equal((await b.call('GET', '/admin/me')).status, 200, 'active within the idle time');
  }
  step(50);
  assert.equal((await b.call('GET', '/admin/me')).status, 401, 'idle for 50 minutes');
  await b.signIn(ADMIN.email, ADMIN.password);
  for (let i = 0; i < 4; i++) step(25);
  step(25);
  assert.equal((await b.call('GET', '/admin/me')).status, 401, 'past two hours, however active');
});

test('the first administrator: from PBGDPL_ADMIN_* once, never with a weak password; or from the CLI with a link', async () => {
  const t = await accountsApp();
  assert.equal(await createFirstAdmin(t.database.db, t.config, t.clock()), false, 'only into an empty table');
  await assert.rejects(
    makeApp({ env: { PBGDPL_ADMIN_EMAIL: 'a@b.vn', PBGDPL_ADMIN_PASSWORD: 'password123' } }).then((w) =>
      createFirstAdmin(w.database.db, w.config, w.clock()),
    ),
    /PBGDPL_ADMIN_PASSWORD/,
  );

  const { run } = await cliRunner();
  const made = await run(
    'users',
    'create',
    '--email',
    'quantri@example.vn',
    '--name',
    'Quản trị',
    '--role',
    'admin',
  );
  assert.equal(made.code, 0, made.err);
  assert.match(made.out, /\/admin\/#\/password\/[\w-]{43}$/m);
  const missingUnit = await run(
    'users',
    'create',
    '--email',
    'x@example.vn',
    '--name',
    'Người X',
    '--role',
    'contributor',
  );
  assert.equal(missingUnit.code, 2);
  assert.match(missingUnit.err, /unitId/);
});
