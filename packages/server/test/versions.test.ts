import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { bannerInput, documentInput, json } from './helpers.ts';
import { questionsApp, type QuestionsApp } from './questions-support.ts';

/**
 * Two editors on one item: each read carries the item's version (ETag), each write the version
 * its editor saw (If-Match). A change made meanwhile by the other editor is refused with 412 and
 * nothing is overwritten or deleted; every change is in the audit log with its editor's name.
 */
type Json = Record<string, unknown>;

interface Kind {
  name: string;
  path: string;
  create: Json;
  /** A full replacement (PUT) or a partial change (PATCH for questions). */
  change: (n: number) => Json;
  method: 'PUT' | 'PATCH';
  /** Where the changed text shows in the item. */
  field: string;
}

const KINDS: Kind[] = [
  {
    name: 'banner',
    path: '/banners',
    create: bannerInput,
    change: (n) => ({ ...bannerInput, title: `Banner sửa lần ${n}` }),
    method: 'PUT',
    field: 'title',
  },
  {
    name: 'document',
    path: '/documents',
    create: documentInput({ number: '77/2026/QĐ-UBND' }),
    change: (n) => documentInput({ number: '77/2026/QĐ-UBND', title: `Quyết định sửa lần ${n}` }),
    method: 'PUT',
    field: 'title',
  },
  {
    name: 'reporter',
    path: '/reporters',
    create: {
      name: 'Lê Văn Cường',
      unitId: 'so-tu-phap',
      role: 'bao-cao-vien',
      fields: ['dat-dai'],
      termStart: '2025-01-01',
    },
    change: (n) => ({
      name: `Lê Văn Cường ${n}`,
      unitId: 'so-tu-phap',
      role: 'bao-cao-vien',
      fields: ['dat-dai'],
      termStart: '2025-01-01',
    }),
    method: 'PUT',
    field: 'name',
  },
];

async function editors(t: QuestionsApp) {
  const second = (await tokensRepository(t.database.db).create('Biên tập viên Minh', 'editor', t.clock()))
    .token;
  const call = (token: string) => async (method: string, path: string, body?: unknown, ifMatch?: string) =>
    t.app.request(`/api/v1/admin${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { ha: call(t.admin), minh: call(second) };
}

for (const kind of KINDS) {
  test(`${kind.name}: a change made meanwhile by another editor is a 412, and nothing is overwritten or deleted`, async () => {
    const t = await questionsApp();
    const { ha, minh } = await editors(t);
    const created = await ha('POST', kind.path, kind.create);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('ETag'), '"1"');
    const { id } = await json<{ id: number }>(created);

    // Both open it at version 1.
    const seen = (await ha('GET', `${kind.path}/${id}`)).headers.get('ETag') ?? '';
    assert.equal((await minh('GET', `${kind.path}/${id}`)).headers.get('ETag'), seen);

    const first = await minh(kind.method, `${kind.path}/${id}`, kind.change(1), seen);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('ETag'), '"2"');

    const late = await ha(kind.method, `${kind.path}/${id}`, kind.change(2), seen);
    assert.equal(late.status, 412);
    assert.match((await json<{ detail: string }>(late)).detail, /người khác thay đổi/);
    const kept = await json<Json>(await ha('GET', `${kind.path}/${id}`));
    assert.equal(kept[kind.field], (kind.change(1) as Json)[kind.field], 'the first change stands');

    assert.equal(
      (await ha('DELETE', `${kind.path}/${id}`, undefined, seen)).status,
      412,
      'no delete of a newer version',
    );
    assert.equal((await ha('GET', `${kind.path}/${id}`)).status, 200);
    assert.equal((await ha('DELETE', `${kind.path}/${id}`, undefined, '"2"')).status, 204);

    const log = await t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('entity', '=', kind.name)
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    assert.deepEqual(log, [
      { actor: 'Quản trị viên Sơn', action: 'created' },
      { actor: 'Biên tập viên Minh', action: 'updated' },
      { actor: 'Quản trị viên Sơn', action: 'deleted' },
    ]);
  });
}

test('a question: answering, publishing and deleting check the version the editor saw', async () => {
  const t = await questionsApp();
  const { ha, minh } = await editors(t);
  const { id } = await t.database.db
    .selectFrom('questions')
    .select('id')
    .where('status', '=', 'pending')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const seen = (await ha('GET', `/questions/${id}`)).headers.get('ETag') ?? '';
  const answer = { html: '<p>Trả lời.</p>', answeredBy: 'Sở Tư pháp', answererTitle: 'Phòng PBGDPL' };
  assert.equal((await minh('PUT', `/questions/${id}/answer`, answer, seen)).status, 200);
  const stale = await ha('PUT', `/questions/${id}/rejection`, { reason: 'Không thuộc phạm vi.' }, seen);
  assert.equal(stale.status, 412);
  const question = await json<{ status: string; version: number }>(await ha('GET', `/questions/${id}`));
  assert.equal(question.status, 'answered', 'the rejection based on the old version did not happen');
  assert.equal((await ha('DELETE', `/questions/${id}`, undefined, seen)).status, 412);
  assert.equal(
    (await ha('PUT', `/questions/${id}/published`, { published: true }, `"${question.version}"`)).status,
    200,
  );
});

test('two saves of the same version at the same moment: one lands, the other is a 412', async () => {
  const t = await questionsApp();
  const { ha, minh } = await editors(t);
  const created = await ha('POST', '/banners', bannerInput);
  const { id } = await json<{ id: number }>(created);
  const results = await Promise.all([
    ha('PUT', `/banners/${id}`, { ...bannerInput, title: 'Hà sửa' }, '"1"'),
    minh('PUT', `/banners/${id}`, { ...bannerInput, title: 'Minh sửa' }, '"1"'),
  ]);
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 412]);
  const stored = await json<{ title: string; version: number }>(await ha('GET', `/banners/${id}`));
  assert.equal(stored.version, 2);
});

test('writes without If-Match (automation, imports) go ahead; a new item says where it lives', async () => {
  const t = await questionsApp();
  const { ha } = await editors(t);
  const created = await ha('POST', '/banners', bannerInput);
  const { id } = await json<{ id: number }>(created);
  assert.equal(created.headers.get('Location'), `/api/v1/admin/banners/${id}`);
  const saved = await ha('PUT', `/banners/${id}`, { ...bannerInput, title: 'Không kèm phiên bản' });
  assert.equal(saved.status, 200);
  assert.equal(saved.headers.get('ETag'), '"2"');
});
