import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Activity, StatsReport, TransitionList } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json, makeApp } from './helpers.ts';

/**
 * The review workflow, on the units' monthly activity reports: a commune's officer drafts and
 * submits its own unit's report; an editor returns it with a comment; the officer fixes and
 * resubmits; the editor publishes it, and only then do its figures count.
 */
const OWN = 'xa-hoa-thanh';
const OTHER = 'phuong-tan-ninh';
const report = (unitId: string) => ({
  unitId,
  month: '2026-06',
  conferences: 3,
  trainings: 2,
  contests: 1,
  participants: 240,
  copies: 1200,
});

async function workflowApp() {
  const t = await makeApp();
  const tokens = tokensRepository(t.database.db);
  const officer = (await tokens.create('Cán bộ xã Hòa Thành', 'contributor', t.clock(), OWN)).token;
  const editor = (await tokens.create('Biên tập viên Hà', 'editor', t.clock())).token;
  const call = async (token: string, method: string, path: string, body?: unknown, ifMatch?: string) =>
    t.app.request(`/api/v1/admin${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  /** A move with the version the caller last saw; answers the item. */
  const move = async (token: string, id: number, action: string, comment?: string) => {
    const current = await call(token, 'GET', `/activities/${id}`);
    return call(token, 'POST', `/activities/${id}/state`, { action, comment }, current.headers.get('ETag')!);
  };
  const participants = async (unit: string) => {
    const stats = await json<StatsReport>(
      await t.app.request(`/api/v1/stats?from=2026-06-01&to=2026-06-30&unit=${unit}`),
    );
    return stats.units.find((row) => row.unitId === unit)?.participants ?? 0;
  };
  return { t, officer, editor, call, move, participants };
}

test('draft → submitted → returned → submitted → published, each move on the record; figures count once published', async () => {
  const { officer, editor, call, move, participants } = await workflowApp();
  const before = await participants(OWN);

  const created = await call(officer, 'POST', '/activities', report(OWN));
  assert.equal(created.status, 201, await created.clone().text());
  const draft = await json<Activity>(created);
  assert.equal(draft.state, 'draft');
  assert.equal(await participants(OWN), before, 'a draft is not a figure');

  assert.equal((await move(officer, draft.id, 'publish')).status, 403, 'a unit cannot publish');
  assert.equal((await json<Activity>(await move(officer, draft.id, 'submit'))).state, 'submitted');
  const locked = await call(
    officer,
    'PUT',
    `/activities/${draft.id}`,
    { ...report(OWN), participants: 1 },
    '"2"',
  );
  assert.equal(locked.status, 409, 'submitted: no longer the unit’s to edit');

  const noReason = await move(editor, draft.id, 'return');
  assert.equal(noReason.status, 400, 'a return says why');
  const returned = await move(editor, draft.id, 'return', 'Số người tham dự chưa khớp biên bản.');
  assert.equal((await json<Activity>(returned)).state, 'returned');

  const current = await call(officer, 'GET', `/activities/${draft.id}`);
  const fixed = await call(
    officer,
    'PUT',
    `/activities/${draft.id}`,
    { ...report(OWN), participants: 260 },
    current.headers.get('ETag')!,
  );
  assert.equal(fixed.status, 200, await fixed.clone().text());
  assert.equal((await move(officer, draft.id, 'submit')).status, 200);
  assert.equal((await move(officer, draft.id, 'submit')).status, 409, 'already submitted');
  assert.equal((await json<Activity>(await move(editor, draft.id, 'publish'))).state, 'published');
  assert.equal(await participants(OWN), before + 260);

  const history = await json<TransitionList>(await call(officer, 'GET', `/activities/${draft.id}/history`));
  assert.deepEqual(
    history.items.map((step) => [step.actor, step.from, step.to, step.comment]),
    [
      ['Cán bộ xã Hòa Thành', null, 'draft', null],
      ['Cán bộ xã Hòa Thành', 'draft', 'submitted', null],
      ['Biên tập viên Hà', 'submitted', 'returned', 'Số người tham dự chưa khớp biên bản.'],
      ['Cán bộ xã Hòa Thành', 'returned', 'submitted', null],
      ['Biên tập viên Hà', 'submitted', 'published', null],
    ],
  );

  assert.equal((await json<Activity>(await move(editor, draft.id, 'unpublish'))).state, 'unpublished');
  assert.equal(await participants(OWN), before, 'unpublished: counted no more');
});

test("a unit's person cannot see, enter or change another unit's reports", async () => {
  const { officer, editor, call, move } = await workflowApp();
  const theirs = await json<Activity>(await call(editor, 'POST', '/activities', report(OTHER)));
  assert.equal(theirs.state, 'published', "an editor's report is published at once");

  assert.equal((await call(officer, 'POST', '/activities', report(OTHER))).status, 403);
  assert.equal((await call(officer, 'GET', `/activities/${theirs.id}`)).status, 404);
  assert.equal((await call(officer, 'GET', `/activities/${theirs.id}/history`)).status, 404);
  assert.equal((await call(officer, 'PUT', `/activities/${theirs.id}`, report(OWN), '"1"')).status, 404);
  assert.equal(
    (await call(officer, 'POST', `/activities/${theirs.id}/state`, { action: 'submit' }, '"1"')).status,
    404,
  );
  assert.equal((await call(officer, 'DELETE', `/activities/${theirs.id}`, undefined, '"1"')).status, 403);

  const mine = await json<Activity>(await call(officer, 'POST', '/activities', report(OWN)));
  const moved = await call(officer, 'PUT', `/activities/${mine.id}`, report(OTHER), '"1"');
  assert.equal(moved.status, 403, 'nor move its own report to another unit');
  for (const path of ['/activities?pageSize=100', `/activities?pageSize=100&unit=${OTHER}`]) {
    const page = await json<{ items: Activity[] }>(await call(officer, 'GET', path));
    assert.ok(page.items.some((item) => item.id === mine.id));
    assert.ok(
      page.items.every((item) => item.unitId === OWN),
      path,
    );
  }
  const submitted = await json<{ items: Activity[] }>(await call(editor, 'GET', '/activities?state=draft'));
  assert.deepEqual(
    submitted.items.map((item) => item.id),
    [mine.id],
    'the editors filter by state',
  );
  assert.equal((await move(officer, mine.id, 'submit')).status, 200);
});
