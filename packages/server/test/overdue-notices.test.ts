import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminQuestionPage } from '@pbgdpl/contract';
import { overdueNoticeJob } from '../src/questions/overdue-notices.ts';
import { usersRepository } from '../src/repositories/users.ts';
import { json } from './helpers.ts';
import { ask, type QuestionsApp, questionsApp } from './questions-support.ts';

/**
 * Overdue questions by e-mail: once per question to its unit's contributors and to the editors,
 * when the injected clock passes its due day; one node at a time (a lease in the database), and
 * never twice whichever node runs later. Two nodes here are two jobs on one database; the same
 * with two API processes on PostgreSQL is in overdue-nodes.test.ts.
 */
const COMMUNE = 'xa-hoa-thanh';
const BASE = 'https://sotuphap.tayninh.gov.vn';

async function overdueApp() {
  const t = await questionsApp({
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100',
    PBGDPL_QUESTIONS_PER_HOUR: '100',
    PBGDPL_SMTP_URL: 'smtp://127.0.0.1:9',
    PBGDPL_MAIL_FROM: 'khong-tra-loi@stp.tayninh.gov.vn',
    PBGDPL_OVERDUE_CHECK_SECONDS: '60',
  });
  const users = usersRepository(t.database.db);
  for (const [email, role, unitId, notify] of [
    ['canbo@hoathanh.tayninh.gov.vn', 'contributor', COMMUNE, true],
    ['canbo@tanninh.tayninh.gov.vn', 'contributor', 'phuong-tan-ninh', true],
    ['bientap@stp.tayninh.gov.vn', 'editor', null, true],
    ['yenlang@stp.tayninh.gov.vn', 'editor', null, false],
  ] as const) {
    const user = await users.create(
      { email, name: email.split('@')[0]!, role, unitId, active: true },
      t.clock(),
    );
    await users.setPassword(user.id, 'scrypt:test-only-not-a-real-hash', t.clock());
    if (!notify) await users.setNotify(user.id, false, t.clock());
  }
  return t;
}

/** Overdue notices about the question with `code`: recipient, in order. */
const noticesAbout = async (t: QuestionsApp, code: string) =>
  (
    await t.database.db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'text_body'])
      .where('purpose', '=', 'staff-question-overdue')
      .orderBy('id')
      .execute()
  ).filter((mail) => mail.subject.endsWith(code));

test('a question past its due day is told once to its unit and the editors, by whichever node holds the lease', async () => {
  const t = await overdueApp();
  const own = await ask(t, false, { input: { unit: COMMUNE } });
  const unassigned = await ask(t, false, { input: { field: 'hinh-su' } });
  const answered = await ask(t, false, { input: { unit: COMMUNE } });
  await t.adminCall('PUT', `/questions/${answered.id}/answer`, t.editor, {
    html: '<p>Đã trả lời.</p>',
    answeredBy: 'Biên tập viên',
    answererTitle: 'Sở Tư pháp',
  });
  const queue = await json<AdminQuestionPage>(
    await t.adminCall('GET', `/questions?unit=${COMMUNE}`, t.editor),
  );
  const dueOn = queue.items.find((item) => item.id === own.id)!.dueOn;
  const nodeA = overdueNoticeJob(t.database.db, t.config, t.clock, BASE);
  const nodeB = overdueNoticeJob(t.database.db, t.config, t.clock, BASE);

  // The last minute of its due day in Tây Ninh: not yet.
  t.clock.set(new Date(`${dueOn}T16:59:00Z`));
  await nodeA.runDue();
  assert.deepEqual(await noticesAbout(t, own.trackingCode), []);

  // The next day: told, once per person who keeps notices on; B waits while A holds the lease.
  t.clock.set(new Date(`${dueOn}T17:00:00Z`));
  assert.ok((await nodeA.runDue()) >= 2);
  assert.equal(await nodeB.runDue(), 0, 'the other node does not run the job meanwhile');
  const told = await noticesAbout(t, own.trackingCode);
  assert.deepEqual(
    told.map((m) => m.recipient),
    ['canbo@hoathanh.tayninh.gov.vn', 'bientap@stp.tayninh.gov.vn'],
  );
  const [day, month, year] = [dueOn.slice(8), dueOn.slice(5, 7), dueOn.slice(0, 4)];
  assert.match(told[0]!.text_body!, new RegExp(`hạn trả lời là ngày ${day}/${month}/${year}`));
  assert.match(told[0]!.text_body!, new RegExp(`${BASE}/admin/#/questions/${own.id}`));
  assert.doesNotMatch(told[0]!.text_body!, /Kiểm Thử|kiemthu@example\.com/, "no sender's data");
  assert.deepEqual(
    (await noticesAbout(t, unassigned.trackingCode)).map((m) => m.recipient),
    ['bientap@stp.tayninh.gov.vn'],
    'no unit: the editors alone',
  );
  assert.deepEqual(await noticesAbout(t, answered.trackingCode), [], 'answered in time');

  // A's lease runs out (it stopped): B takes the job over and tells no one again; A is now kept out.
  t.clock.set(new Date(`${dueOn}T17:05:00Z`));
  assert.equal(await nodeB.runDue(), 0);
  assert.equal(await nodeA.runDue(), 0);
  const stillPending = await t.database.db
    .selectFrom('job_leases')
    .select('lease_until')
    .executeTakeFirstOrThrow();
  assert.equal(stillPending.lease_until, `${dueOn}T17:07:00.000Z`, 'B holds it for two intervals');
  t.clock.set(new Date(`${dueOn}T23:00:00Z`));
  await nodeA.runDue();
  await nodeB.runDue();
  assert.equal((await noticesAbout(t, own.trackingCode)).length, 2, 'never twice');
});

test('a node shutting down lets the other take the job at once', async () => {
  const t = await overdueApp();
  const nodeA = overdueNoticeJob(t.database.db, t.config, t.clock, BASE);
  const nodeB = overdueNoticeJob(t.database.db, t.config, t.clock, BASE);
  await nodeA.runDue();
  const own = await ask(t, false, { input: { unit: COMMUNE } });
  // Received a month ago, within A's lease.
  const monthAgo = new Date(t.clock().getTime() - 30 * 24 * 60 * 60 * 1000).toISOString();
  await t.database.db
    .updateTable('questions')
    .set({ received_at: monthAgo })
    .where('id', '=', own.id)
    .execute();
  assert.equal(await nodeB.runDue(), 0, 'A holds it');
  await nodeA.release();
  assert.ok((await nodeB.runDue()) >= 1);
  assert.equal((await noticesAbout(t, own.trackingCode)).length, 2);
});
