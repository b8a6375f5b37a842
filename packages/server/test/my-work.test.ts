import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MyWork } from '@pbgdpl/contract';
import { sessionLimits, SESSION_COOKIE } from '../src/http/session-cookie.ts';
import { sessionsRepository } from '../src/repositories/sessions.ts';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { usersRepository } from '../src/repositories/users.ts';
import { bannerInput, documentInput, json, makeApp } from './helpers.ts';

/** "Việc của tôi" for each role, over the seeded demo (its questions) and items made here. */
const OWN = 'xa-hau-nghia';
const OTHER = 'phuong-tan-ninh';

async function setup() {
  const t = await makeApp();
  const tokens = tokensRepository(t.database.db);
  const officer = (await tokens.create('Cán bộ xã Hậu Nghĩa', 'contributor', t.clock(), OWN)).token;
  const outsider = (await tokens.create('Cán bộ phường Tân Ninh', 'contributor', t.clock(), OTHER)).token;
  const editor = (await tokens.create('Biên tập viên Hà', 'editor', t.clock())).token;
  const admin = (await tokens.create('Quản trị viên', 'admin', t.clock())).token;
  const call = async (token: string | null, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (method !== 'GET' && method !== 'POST' && token) {
      const current = await t.app.request(`/api/v1/admin${path.replace(/\/state$/, '')}`, { headers });
      headers['If-Match'] = current.headers.get('ETag') ?? '';
    }
    return t.app.request(`/api/v1/admin${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };
  const create = async (token: string, path: string, body: unknown) => {
    const response = await call(token, 'POST', path, body);
    assert.equal(response.status, 201, await response.clone().text());
    return (await json<{ id: number }>(response)).id;
  };
  const work = async (token: string) => {
    const response = await call(token, 'GET', '/my-work');
    assert.equal(response.status, 200, await response.clone().text());
    return json<MyWork>(response);
  };
  /** Pending questions of a unit (every unit: null), counted in the database itself. */
  const pending = async (unit: string | null) => {
    let query = t.database.db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending');
    if (unit) query = query.where('unit_id', '=', unit);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };
  return { t, officer, outsider, editor, admin, call, create, work, pending };
}

test("a unit's person: their unit's drafts, returned items with the reviewer's words, their unit's questions", async () => {
  const { officer, outsider, editor, call, create, work, pending } = await setup();
  const draft = await create(
    officer,
    '/documents',
    documentInput({ issuerId: OWN, title: 'Quy chế phối hợp' }),
  );
  const banner = await create(officer, '/banners', { ...bannerInput, unitId: OWN });
  assert.equal((await call(officer, 'POST', `/banners/${banner}/state`, { action: 'submit' })).status, 200);
  const comment = 'Ảnh chưa đúng kích thước 728×90.';
  assert.equal(
    (await call(editor, 'POST', `/banners/${banner}/state`, { action: 'return', comment })).status,
    200,
  );
  await create(outsider, '/documents', documentInput({ issuerId: OTHER, title: 'Của phường khác' }));

  const mine = await work(officer);
  assert.deepEqual(mine.mine.map((item) => [item.kind, item.id, item.state]).sort(), [
    ['banner', banner, 'returned'],
    ['document', draft, 'draft'],
  ]);
  assert.equal(mine.mine.find((item) => item.kind === 'banner')?.comment, comment);
  assert.equal(mine.mine.find((item) => item.kind === 'document')?.title, '01/2024/QĐ-UBND Quy chế phối hợp');
  assert.equal(mine.review, null, 'the review queue is the editors’');

  assert.equal(mine.questions.total, await pending(OWN));
  assert.ok(mine.questions.total > 0, 'the demo has questions waiting on this unit');
  for (const question of mine.questions.items) {
    assert.equal(question.unit?.id, OWN);
    assert.equal(question.status, 'pending');
    // The test clock stands still at 2026-03-01: due days before it are overdue.
    assert.equal(question.overdue, question.dueOn < '2026-03-01');
  }
  assert.equal(mine.questions.overdue, mine.questions.items.filter((q) => q.overdue).length);
});

test('an editor: the review queue with counts per kind, the drafts they made, every unit’s questions', async () => {
  const { officer, editor, admin, call, create, work, pending } = await setup();
  const before = await work(editor);
  assert.ok(before.review);
  const banner = await create(officer, '/banners', { ...bannerInput, unitId: OWN });
  const activity = await create(officer, '/activities', {
    unitId: OWN,
    month: '2099-05',
    conferences: 1,
    trainings: 0,
    contests: 0,
    participants: 40,
    copies: 100,
  });
  for (const [path, id] of [
    ['/banners', banner],
    ['/activities', activity],
  ] as const)
    assert.equal((await call(officer, 'POST', `${path}/${id}/state`, { action: 'submit' })).status, 200);
  const held = await create(editor, '/documents', {
    ...documentInput({ title: 'Dự thảo chờ ký' }),
    published: false,
  });
  await create(officer, '/documents', documentInput({ issuerId: OWN, title: 'Bản nháp của xã' }));

  const after = await work(editor);
  assert.ok(after.review);
  assert.equal(after.review.counts.banner, before.review.counts.banner + 1);
  assert.equal(after.review.counts.activity, before.review.counts.activity + 1);
  assert.equal(after.review.counts.document, before.review.counts.document);
  assert.equal(after.review.total, before.review.total + 2);
  assert.ok(after.review.items.some((item) => item.kind === 'banner' && item.id === banner));
  assert.ok(after.review.items.every((item) => item.state === 'submitted'));
  assert.deepEqual(
    after.mine.map((item) => [item.kind, item.id, item.state]),
    [['document', held, 'draft']],
    "their own draft only, not the unit's",
  );
  assert.equal(after.questions.total, await pending(null));

  // Reviewed, it leaves the queue.
  assert.equal((await call(editor, 'POST', `/banners/${banner}/state`, { action: 'publish' })).status, 200);
  const published = await work(admin);
  assert.equal(published.review?.counts.banner, before.review.counts.banner);
  assert.deepEqual(published.mine, [], 'the administrator made nothing here');
});

test('two editors of the same name each find their own drafts, also after one is renamed', async () => {
  const { t } = await setup();
  const users = usersRepository(t.database.db);
  const editor = async (email: string) => {
    const user = await users.create(
      { email, name: 'Nguyễn Văn An', role: 'editor', unitId: null, active: true },
      t.clock(),
    );
    const { token } = await sessionsRepository(t.database.db).create(
      user.id,
      t.clock(),
      sessionLimits(t.config),
    );
    const call = (method: string, path: string, body?: unknown) =>
      t.app.request(`http://localhost/api/v1/admin${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          Cookie: `${SESSION_COOKIE}=${token}`,
          ...(method === 'GET' ? {} : { Origin: 'http://localhost' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    return { user, call };
  };
  const draft = async (author: Awaited<ReturnType<typeof editor>>, title: string) => {
    const response = await author.call('POST', '/documents', {
      ...documentInput({ title }),
      published: false,
    });
    assert.equal(response.status, 201, await response.clone().text());
    return (await json<{ id: number }>(response)).id;
  };
  const mine = async (author: Awaited<ReturnType<typeof editor>>) => {
    const response = await author.call('GET', '/my-work');
    assert.equal(response.status, 200, await response.clone().text());
    return (await json<MyWork>(response)).mine.map((item) => item.id);
  };
  const an = await editor('an.nguyen@sotuphap.tayninh.gov.vn');
  const namesake = await editor('an.nguyenvan@sotuphap.tayninh.gov.vn');
  const first = await draft(an, 'Dự thảo của biên tập viên thứ nhất');
  const second = await draft(namesake, 'Dự thảo của biên tập viên thứ hai');

  assert.deepEqual(await mine(an), [first]);
  assert.deepEqual(await mine(namesake), [second]);
  await users.update(
    an.user.id,
    { email: an.user.email, name: 'Nguyễn Văn Ân', role: 'editor', unitId: null, active: true },
    t.clock(),
  );
  assert.deepEqual(await mine(an), [first], 'a new name keeps their items');
});

test('no session: 401', async () => {
  const { call } = await setup();
  assert.equal((await call(null, 'GET', '/my-work')).status, 401);
});
