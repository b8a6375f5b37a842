import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminQuestion, AdminQuestionPage, QuestionRouting } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { usersRepository } from '../src/repositories/users.ts';
import { json } from './helpers.ts';
import { ask, type QuestionsApp, questionsApp } from './questions-support.ts';

/**
 * Where a question goes: the unit whose site it was asked on, else the unit the administrator
 * routes its field to, else the editors. Who publishes a unit's answers: the editors, or the
 * unit itself where the administrator allows it. Who is told by e-mail (read from the outbox).
 */
const COMMUNE = 'xa-hoa-thanh';
const WARD = 'phuong-tan-ninh';
const answer = {
  html: '<p>Hồ sơ nộp tại bộ phận một cửa của Ủy ban nhân dân xã.</p>',
  answeredBy: 'Nguyễn Văn Xã',
  answererTitle: 'Công chức Tư pháp – Hộ tịch xã Hòa Thành',
};

async function routingApp() {
  const t = await questionsApp({
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100',
    PBGDPL_QUESTIONS_PER_HOUR: '100',
    // Queued only: these tests read the outbox; mail.test.ts sends through a real server.
    PBGDPL_SMTP_URL: 'smtp://127.0.0.1:9',
    PBGDPL_MAIL_FROM: 'khong-tra-loi@stp.tayninh.gov.vn',
  });
  const tokens = tokensRepository(t.database.db);
  const officer = (await tokens.create('Cán bộ xã Hòa Thành', 'contributor', t.clock(), COMMUNE)).token;
  const wardOfficer = (await tokens.create('Cán bộ phường Tân Ninh', 'contributor', t.clock(), WARD)).token;
  return { t, officer, wardOfficer };
}

async function person(t: QuestionsApp, email: string, role: 'contributor' | 'editor', unitId: string | null) {
  const users = usersRepository(t.database.db);
  const user = await users.create(
    { email, name: email.split('@')[0]!, role, unitId, active: true },
    t.clock(),
  );
  await users.setPassword(user.id, 'scrypt:test-only-not-a-real-hash', t.clock());
  return user;
}

const outbox = (t: QuestionsApp, purpose: string) =>
  t.database.db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'text_body'])
    .where('purpose', '=', purpose)
    .orderBy('id')
    .execute();

const route = (t: QuestionsApp, token: string | null, fields: unknown) =>
  t.adminCall('PUT', '/question-routing', token, { fields });

test('the routing table: editors read it, only the administrator changes it, every change audited', async () => {
  const { t, officer } = await routingApp();
  const empty = await json<QuestionRouting>(await t.adminCall('GET', '/question-routing', t.editor));
  assert.ok(empty.fields.length >= 10 && empty.fields.every((r) => r.unit === null));
  assert.ok(empty.units.some((u) => u.unit.id === COMMUNE && !u.publishesAnswers));
  assert.ok(
    empty.units.every((u) => !u.unit.id.startsWith('huyen-')),
    'current units only',
  );
  assert.equal((await t.adminCall('GET', '/question-routing', officer)).status, 403);
  assert.equal((await t.adminCall('GET', '/question-routing', null)).status, 401);

  const table = [{ field: 'dat-dai', unit: COMMUNE }];
  assert.equal((await route(t, t.editor, table)).status, 403);
  assert.equal((await route(t, officer, table)).status, 403);

  const unknown = await route(t, t.admin, [...table, { field: 'tu-phap', unit: 'xa-khong-co' }]);
  assert.equal(unknown.status, 400);
  const problem = await json<{ errors: Record<string, string[]> }>(unknown);
  assert.deepEqual(Object.keys(problem.errors), ['fields.1.unit']);
  const twice = await route(t, t.admin, [...table, { field: 'dat-dai', unit: WARD }]);
  assert.equal(twice.status, 400);
  assert.match(JSON.stringify(await json(twice)), /Mỗi lĩnh vực chỉ được chuyển đến một đơn vị/);
  const unchanged = await json<QuestionRouting>(await t.adminCall('GET', '/question-routing', t.editor));
  assert.ok(
    unchanged.fields.every((r) => r.unit === null),
    'a refused table changes nothing',
  );

  const saved = await json<QuestionRouting>(await route(t, t.admin, table));
  assert.deepEqual(saved.fields.find((r) => r.field === 'dat-dai')?.unit, {
    id: COMMUNE,
    name: 'Xã Hòa Thạnh',
  });
  const logged = await t.database.db
    .selectFrom('audit_log')
    .select(['actor', 'detail'])
    .where('entity', '=', 'question-routing')
    .execute();
  assert.deepEqual(logged, [{ actor: 'Quản trị viên Sơn', detail: `dat-dai → ${COMMUNE}` }]);
});

test('a question goes to the unit it was asked on, else by its field; that unit is told, no one else', async () => {
  const { t, officer, wardOfficer } = await routingApp();
  await person(t, 'canbo@hoathanh.tayninh.gov.vn', 'contributor', COMMUNE);
  await person(t, 'canbo@tanninh.tayninh.gov.vn', 'contributor', WARD);
  await route(t, t.admin, [{ field: 'dat-dai', unit: COMMUNE }]);

  const byField = await ask(t, false, { input: { field: 'dat-dai' } });
  const onSite = await ask(t, false, { input: { field: 'dat-dai', unit: WARD } });
  const unrouted = await ask(t, false, { input: { field: 'hinh-su' } });

  const seen = await json<AdminQuestion>(await t.adminCall('GET', `/questions/${byField.id}`, officer));
  assert.equal(seen.unit?.id, COMMUNE);
  assert.equal((await t.adminCall('GET', `/questions/${byField.id}`, wardOfficer)).status, 404);
  const trail = await json<{ items: Array<{ actor: string; action: string; detail: string | null }> }>(
    await t.adminCall('GET', `/questions/${byField.id}/audit`, officer),
  );
  assert.deepEqual(trail.items[1], {
    ...trail.items[1],
    actor: 'system',
    action: 'routed',
    detail: `dat-dai → ${COMMUNE}`,
  });
  const queue = await json<AdminQuestionPage>(await t.adminCall('GET', '/questions?pageSize=100', officer));
  assert.ok(queue.items.some((item) => item.id === byField.id));
  assert.ok(!queue.items.some((item) => item.id === onSite.id || item.id === unrouted.id));

  assert.equal(
    (await json<AdminQuestion>(await t.adminCall('GET', `/questions/${onSite.id}`, t.editor))).unit?.id,
    WARD,
  );
  assert.equal(
    (await json<AdminQuestion>(await t.adminCall('GET', `/questions/${unrouted.id}`, t.editor))).unit,
    null,
  );

  const assigned = await outbox(t, 'staff-question-assigned');
  assert.deepEqual(
    assigned.map((m) => [m.recipient, m.subject.slice(-11)]),
    [
      ['canbo@hoathanh.tayninh.gov.vn', byField.trackingCode],
      ['canbo@tanninh.tayninh.gov.vn', onSite.trackingCode],
    ],
  );
  assert.doesNotMatch(assigned[0]!.text_body ?? '', /Kiểm Thử|kiemthu@example\.com/, "no sender's data");

  // An editor moves it to the ward: the ward hears of it as of a new question.
  const moved = await t.adminCall('PATCH', `/questions/${unrouted.id}`, t.editor, { unit: WARD });
  assert.equal(moved.status, 200, await moved.clone().text());
  const after = await outbox(t, 'staff-question-assigned');
  assert.deepEqual(after.at(-1)?.recipient, 'canbo@tanninh.tayninh.gov.vn');
  assert.match(after.at(-1)!.subject, new RegExp(unrouted.trackingCode));
});

test("a unit's answers go to an editor for approval unless the administrator lets it publish them", async () => {
  const { t, officer, wardOfficer } = await routingApp();
  await person(t, 'bientap@stp.tayninh.gov.vn', 'editor', null);
  const own = await ask(t, false, { input: { unit: COMMUNE } });
  const right = (token: string | null, unit: string, publishesAnswers: boolean) =>
    t.adminCall('PUT', `/question-routing/units/${unit}`, token, { publishesAnswers });

  // Not allowed: the draft is sent to the editors, who are told; the officer cannot publish.
  const drafted = await json<AdminQuestion>(
    await t.adminCall('PUT', `/questions/${own.id}/answer`, officer, answer),
  );
  assert.deepEqual(
    [drafted.status, drafted.published, drafted.unitPublishesAnswers],
    ['answered', false, false],
  );
  const waiting = await outbox(t, 'staff-answer-submitted');
  assert.deepEqual(
    waiting.map((m) => m.recipient),
    ['bientap@stp.tayninh.gov.vn'],
  );
  assert.match(waiting[0]!.subject, new RegExp(`chờ duyệt.*${own.trackingCode}`));
  const refused = await t.adminCall('PUT', `/questions/${own.id}/published`, officer, { published: true });
  assert.equal(refused.status, 403);
  assert.match((await json<{ detail: string }>(refused)).detail, /Chỉ biên tập viên/);

  // Only the administrator changes a unit's right; unknown units are 404.
  assert.equal((await right(t.editor, COMMUNE, true)).status, 403);
  assert.equal((await right(officer, COMMUNE, true)).status, 403);
  assert.equal((await right(t.admin, 'xa-khong-co', true)).status, 404);
  const granted = await right(t.admin, COMMUNE, true);
  assert.deepEqual(await json(granted), {
    unit: { id: COMMUNE, name: 'Xã Hòa Thạnh' },
    publishesAnswers: true,
  });

  // Allowed: the officer publishes and revises their unit's answer; the other unit still cannot see it.
  assert.equal(
    (await t.adminCall('PUT', `/questions/${own.id}/published`, wardOfficer, { published: true })).status,
    404,
  );
  const published = await t.adminCall('PUT', `/questions/${own.id}/published`, officer, { published: true });
  assert.equal(published.status, 200, await published.clone().text());
  assert.equal((await json<AdminQuestion>(published)).published, true);
  const revised = await t.adminCall('PUT', `/questions/${own.id}/answer`, officer, {
    ...answer,
    html: '<p>Sửa lại.</p>',
  });
  assert.equal(revised.status, 200);
  assert.equal((await outbox(t, 'staff-answer-submitted')).length, 1, 'no approval asked for');
  assert.equal((await outbox(t, 'question-answered')).length, 1, 'the citizen is told once');
  // Still an editor's to feature or reject.
  assert.equal(
    (await t.adminCall('PUT', `/questions/${own.id}/featured`, officer, { featured: true })).status,
    403,
  );

  // Withdrawn again: back to approval by an editor.
  await right(t.admin, COMMUNE, false);
  assert.equal(
    (await t.adminCall('PUT', `/questions/${own.id}/published`, officer, { published: false })).status,
    403,
  );
  const rights = await t.database.db
    .selectFrom('audit_log')
    .select('detail')
    .where('entity', '=', 'unit-answer-right')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    rights.map((r) => r.detail),
    [`${COMMUNE}: publishes its own answers`, `${COMMUNE}: answers approved by an editor`],
  );
});
