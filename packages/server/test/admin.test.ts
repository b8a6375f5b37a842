import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Banner } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { bannerInput as input, json, makeApp } from './helpers.ts';

const ENV_ADMIN = 'env-admin-token-0123456789abcdef';

async function setup() {
  const t = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ENV_ADMIN } });
  const tokens = tokensRepository(t.database.db);
  const editor = await tokens.create('Biên tập viên', 'editor', t.clock());
  const admin = await tokens.create('Quản trị viên', 'admin', t.clock());
  const call = (path: string, token?: string, init: RequestInit = {}) =>
    t.app.request(`/api/v1/admin${path}`, {
      ...init,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    });
  return { ...t, tokens, editor: editor.token, editorId: editor.id, admin: admin.token, call };
}

test('without a token: 401 with WWW-Authenticate', async () => {
  const { call } = await setup();
  const response = await call('/me');
  assert.equal(response.status, 401);
  assert.match(response.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
});

test('an unknown token and a revoked token: 401', async () => {
  const { call, tokens, editor, editorId, clock } = await setup();
  assert.equal((await call('/me', 'pbgdpl_not-a-real-token')).status, 401);
  assert.equal((await call('/me', editor)).status, 200);
  await tokens.revoke(editorId, clock());
  const revoked = await call('/me', editor);
  assert.equal(revoked.status, 401);
  assert.match(revoked.headers.get('WWW-Authenticate') ?? '', /invalid_token/);
});

test('GET /admin/me names the token owner and role; admin responses are not cached', async () => {
  const { call, editor } = await setup();
  const response = await call('/me', editor);
  assert.deepEqual(await json(response), {
    kind: 'token',
    name: 'Biên tập viên',
    role: 'editor',
    unitId: null,
    email: null,
    notify: null,
  });
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
});

test('PBGDPL_ADMIN_TOKEN is an admin without being stored', async () => {
  const { call } = await setup();
  assert.deepEqual(await json(await call('/me', ENV_ADMIN)), {
    kind: 'token',
    name: 'PBGDPL_ADMIN_TOKEN',
    role: 'admin',
    unitId: null,
    email: null,
    notify: null,
  });
  assert.equal((await call('/me', `${ENV_ADMIN}x`)).status, 401);
});

test('an editor creates and updates banners but may not delete; an admin may', async () => {
  const { call, editor, admin } = await setup();
  const created = await call('/banners', editor, { method: 'POST', body: JSON.stringify(input) });
  assert.equal(created.status, 201);
  const banner = await json<Banner>(created);
  assert.equal(created.headers.get('Location'), `/api/v1/admin/banners/${banner.id}`);
  assert.deepEqual([banner.active, banner.priority, banner.unitId], [true, 0, null], 'defaults applied');

  const updated = await call(`/banners/${banner.id}`, editor, {
    method: 'PUT',
    body: JSON.stringify({ ...input, priority: 7, unitId: 'so-tu-phap' }),
  });
  assert.equal(updated.status, 200);
  assert.equal((await json<Banner>(updated)).priority, 7);

  const forbidden = await call(`/banners/${banner.id}`, editor, { method: 'DELETE' });
  assert.equal(forbidden.status, 403);
  assert.equal((await json(forbidden)).title, 'Không có quyền');

  assert.equal((await call(`/banners/${banner.id}`, admin, { method: 'DELETE' })).status, 204);
  assert.equal((await call(`/banners/${banner.id}`, admin)).status, 404);
});

test('admin banner list pages through every banner, inactive and scheduled included', async () => {
  const { call, editor } = await setup();
  const page = await json<{ items: Banner[]; total: number; page: number; pageSize: number }>(
    await call('/banners?pageSize=4&page=1', editor),
  );
  assert.equal(page.items.length, 4);
  assert.ok(page.total >= 9);
  const all = await json<{ items: Banner[] }>(await call('/banners?pageSize=100', editor));
  assert.ok(all.items.some((b) => !b.active));
  const squares = await json<{ items: Banner[] }>(await call('/banners?placement=square', editor));
  assert.ok(squares.items.every((b) => b.placement === 'square'));
});

test('a banner for an unknown unit is a 400 on unitId, not a database error', async () => {
  const { call, editor } = await setup();
  const response = await call('/banners', editor, {
    method: 'POST',
    body: JSON.stringify({ ...input, unitId: 'khong-ton-tai' }),
  });
  assert.equal(response.status, 400);
  assert.ok((await json<{ errors: Record<string, string[]> }>(response)).errors['unitId']);
});

test('text is stored NFC with canonical tone placement', async () => {
  const { call, editor } = await setup();
  const nfdTitle = 'Hoà giải'.normalize('NFD');
  const banner = await json<Banner>(
    await call('/banners', editor, { method: 'POST', body: JSON.stringify({ ...input, title: nfdTitle }) }),
  );
  assert.equal(banner.title, 'Hòa giải'.normalize('NFC'));
});

test('tokens are stored only as sha256 digests', async () => {
  const { database, editor, admin } = await setup();
  const rows = await database.db.selectFrom('tokens').selectAll().execute();
  const stored = JSON.stringify(rows);
  assert.ok(!stored.includes(editor) && !stored.includes(admin), 'plaintext token in the database');
  assert.ok(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash)));
});
