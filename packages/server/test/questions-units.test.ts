import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminQuestion, AdminQuestionPage } from '@pbgdpl/contract';
import { loadConfig } from '../src/config.ts';
import { dueDay } from '../src/questions/due-date.ts';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json } from './helpers.ts';
import { ask, questionsApp } from './questions-support.ts';

/**
 * A commune's officer (a contributor of that unit) works on the questions asked on their unit's
 * site only: the queue, the question with its sender's contacts, the trail, a drafted answer.
 * Publishing stays with the editors, and a published answer is theirs to change.
 */
const OWN = 'xa-hoa-thanh';
const OTHER = 'phuong-tan-ninh';

async function unitsApp() {
  const t = await questionsApp({ PBGDPL_QUESTION_CHALLENGE_AFTER: '100', PBGDPL_QUESTIONS_PER_HOUR: '100' });
  const officer = (
    await tokensRepository(t.database.db).create('Cán bộ xã Hòa Thành', 'contributor', t.clock(), OWN)
  ).token;
  const own = await ask(t, false, { input: { unit: OWN, title: 'Hỏi về hộ tịch ở xã Hòa Thành' } });
  const other = await ask(t, false, { input: { unit: OTHER, title: 'Hỏi về đất đai ở phường Tân Ninh' } });
  return { t, officer, own, other };
}

const answer = {
  html: '<p>Hồ sơ nộp tại bộ phận một cửa của Ủy ban nhân dân xã.</p>',
  answeredBy: 'Nguyễn Văn Xã',
  answererTitle: 'Công chức Tư pháp – Hộ tịch xã Hòa Thành',
};

test("a contributor's queue holds their unit's questions only, whatever filter they send", async () => {
  const { t, officer } = await unitsApp();
  for (const path of ['/questions?pageSize=100', `/questions?pageSize=100&unit=${OTHER}`]) {
    const page = await json<AdminQuestionPage>(await t.adminCall('GET', path, officer));
    assert.ok(page.total >= 1);
    assert.ok(
      page.items.every((item) => item.unit?.id === OWN),
      JSON.stringify(page.items.map((item) => item.unit)),
    );
    const counted = Object.values(page.counts).reduce((sum, n) => sum + n, 0);
    assert.equal(counted, page.total, 'counts over their unit only');
  }
  const everything = await json<AdminQuestionPage>(
    await t.adminCall('GET', '/questions?pageSize=100', t.editor),
  );
  assert.ok(
    everything.items.some((item) => item.unit?.id !== OWN),
    'an editor sees every unit',
  );
});

test("another unit's question is not there for a contributor: read, trail, answer are 404", async () => {
  const { t, officer, other } = await unitsApp();
  assert.equal((await t.adminCall('GET', `/questions/${other.id}`, officer)).status, 404);
  assert.equal((await t.adminCall('GET', `/questions/${other.id}/audit`, officer)).status, 404);
  assert.equal((await t.adminCall('PUT', `/questions/${other.id}/answer`, officer, answer)).status, 404);
  const untouched = await json<AdminQuestion>(await t.adminCall('GET', `/questions/${other.id}`, t.editor));
  assert.equal(untouched.status, 'pending');
});

test('a contributor drafts the answer; an editor publishes it; then only an editor changes it', async () => {
  const { t, officer, own } = await unitsApp();
  const seen = await json<AdminQuestion>(await t.adminCall('GET', `/questions/${own.id}`, officer));
  assert.equal(seen.sender.email, 'kiemthu@example.com', "their unit's sender, to answer them");

  const drafted = await t.adminCall('PUT', `/questions/${own.id}/answer`, officer, answer);
  assert.equal(drafted.status, 200, await drafted.clone().text());
  const saved = await json<AdminQuestion>(drafted);
  assert.deepEqual([saved.status, saved.published], ['answered', false]);

  for (const [method, path, body] of [
    ['PUT', `/questions/${own.id}/published`, { published: true }],
    ['PUT', `/questions/${own.id}/featured`, { featured: true }],
    ['PUT', `/questions/${own.id}/rejection`, { reason: 'Không thuộc thẩm quyền của xã.' }],
    ['PATCH', `/questions/${own.id}`, { unit: OTHER }],
    ['GET', `/questions/${own.id}/consents`, undefined],
    ['DELETE', `/questions/${own.id}`, undefined],
  ] as const)
    assert.equal((await t.adminCall(method, path, officer, body)).status, 403, `${method} ${path}`);

  const published = await t.adminCall('PUT', `/questions/${own.id}/published`, t.editor, { published: true });
  assert.equal((await json<AdminQuestion>(published)).published, true);
  const revised = await t.adminCall('PUT', `/questions/${own.id}/answer`, officer, {
    ...answer,
    html: '<p>Sửa.</p>',
  });
  assert.equal(revised.status, 403);
  const trail = await json<{ items: Array<{ actor: string; action: string }> }>(
    await t.adminCall('GET', `/questions/${own.id}/audit`, officer),
  );
  assert.deepEqual(
    trail.items.filter((entry) => entry.action !== 'received').map((entry) => [entry.actor, entry.action]),
    [
      ['Cán bộ xã Hòa Thành', 'answered'],
      ['Biên tập viên Hà', 'published'],
    ],
  );
});

const days = (workingDays: number, daysOff: string[] = []) => ({ workingDays, daysOff: new Set(daysOff) });

test('due days count Monday to Friday from the day it arrived in Tây Ninh', () => {
  // Thursday 18:00 UTC is Friday 01:00 in Tây Ninh: ten working days from Friday.
  assert.equal(dueDay('2026-03-05T18:00:00Z', days(10)), '2026-03-20');
  assert.equal(dueDay('2026-03-07T03:00:00Z', days(1)), '2026-03-09', 'Saturday: Monday is the first');
  assert.equal(dueDay('2026-03-09T03:00:00Z', days(5)), '2026-03-16');
});

test('due days skip the solar public holidays, their compensating days and the announced days off', () => {
  // 30/4 and 1/5/2026 are Thursday and Friday.
  assert.equal(dueDay('2026-04-28T03:00:00Z', days(5)), '2026-05-07');
  // 1/1/2028 is a Saturday: Monday 3/1 is off in its place.
  assert.equal(dueDay('2027-12-31T03:00:00Z', days(1)), '2028-01-04');
  // 2/9/2029 is a Sunday: Monday 3/9 is off.
  assert.equal(dueDay('2029-08-31T03:00:00Z', days(1)), '2029-09-04');
  const { daysOff } = loadConfig({ PBGDPL_DAYS_OFF: '2027-02-04..2027-02-10, 2027-04-16' }).questions
    .answerTime;
  const tet = { workingDays: 1, daysOff };
  assert.equal(daysOff.size, 8);
  assert.equal(dueDay('2027-02-03T03:00:00Z', tet), '2027-02-11', 'Tết: Thursday 4/2 to Wednesday 10/2 off');
  assert.equal(dueDay('2027-04-15T03:00:00Z', tet), '2027-04-19', 'one announced day off, Friday 16/4');
  for (const wrong of ['2027-02-30', '2027-02-10..2027-02-04', '2027-01-01..2027-03-01', '4/2/2027']) {
    assert.throws(() => loadConfig({ PBGDPL_DAYS_OFF: wrong }), /PBGDPL_DAYS_OFF/, wrong);
  }
});

test('pending questions past their due day are flagged, counted and can be listed alone', async () => {
  const { t, own } = await unitsApp();
  const before = await json<AdminQuestionPage>(await t.adminCall('GET', `/questions?unit=${OWN}`, t.editor));
  const mine = before.items.find((item) => item.id === own.id);
  assert.ok(mine);
  assert.equal(mine.overdue, false);
  t.clock.set(new Date(`${mine.dueOn}T16:59:00Z`));
  const lastDay = await json<AdminQuestionPage>(
    await t.adminCall('GET', `/questions?overdue=true`, t.editor),
  );
  assert.ok(!lastDay.items.some((item) => item.id === own.id), 'still its last day in Tây Ninh');
  t.clock.set(new Date(`${mine.dueOn}T17:00:00Z`));
  const late = await json<AdminQuestionPage>(
    await t.adminCall('GET', `/questions?overdue=true&pageSize=100`, t.editor),
  );
  assert.ok(late.items.some((item) => item.id === own.id && item.overdue));
  assert.ok(late.items.every((item) => item.overdue && item.status === 'pending'));
  assert.equal(late.overdue, late.total);

  await t.adminCall('PUT', `/questions/${own.id}/answer`, t.editor, answer);
  const answered = await json<AdminQuestionPage>(
    await t.adminCall('GET', `/questions?overdue=true&pageSize=100`, t.editor),
  );
  assert.ok(!answered.items.some((item) => item.id === own.id), 'answered: no longer overdue');
});
