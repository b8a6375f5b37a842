import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuestionForm, QuestionInput } from '@pbgdpl/contract';
import { createApp } from '../src/app.ts';
import { json } from './helpers.ts';
import { type QuestionsApp, questionInput, questionsApp, solve } from './questions-support.ts';

const count = async (t: QuestionsApp) =>
  Number(
    (
      await t.database.db
        .selectFrom('questions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

interface Problem {
  detail: string;
  errors?: Record<string, string[]>;
}

test('honeypot: a filled hidden field is a clear 400 and nothing is stored', async () => {
  const t = await questionsApp();
  const form = await t.form();
  t.wait(10);
  const before = await count(t);
  const response = await t.post({ ...questionInput(form), website: 'https://spam.example' });
  assert.equal(response.status, 400);
  const problem = await json<Problem>(response);
  assert.deepEqual(problem.errors?.website, ['trường ẩn chống thư rác, phải để trống']);
  assert.equal(await count(t), before);
});

test('minimum fill time: too fast is 422 with how long to wait; a forged or stale token is 400', async () => {
  const t = await questionsApp({ PBGDPL_QUESTION_MIN_FILL_SECONDS: '8' });
  const form = await t.form();
  assert.equal(form.minFillSeconds, 8);
  t.wait(3);
  const before = await count(t);
  const fast = await t.post(questionInput(form));
  assert.equal(fast.status, 422);
  assert.equal(fast.headers.get('Retry-After'), '5');
  assert.match((await json<Problem>(fast)).detail, /đợi 5 giây/);
  const forged = await t.post(questionInput(form, { formToken: form.formToken.replace(/^\d+/, '1') }));
  assert.equal(forged.status, 400);
  assert.ok((await json<Problem>(forged)).errors?.formToken);
  t.wait(25 * 3600);
  const stale = await t.post(questionInput(form), { client: '203.0.113.9' });
  assert.equal(stale.status, 400);
  assert.match((await json<Problem>(stale)).detail, /Biểu mẫu/);
  assert.equal(await count(t), before);
  const fresh = await t.form('203.0.113.9');
  t.wait(8);
  assert.equal((await t.post(questionInput(fresh), { client: '203.0.113.9' })).status, 201);
});

test('rate limit per client per hour: a clear 429 with Retry-After; other clients are not affected', async () => {
  const t = await questionsApp({ PBGDPL_QUESTIONS_PER_HOUR: '3', PBGDPL_QUESTION_CHALLENGE_AFTER: '100' });
  t.clock.set('2026-03-01T10:15:00Z');
  const ask = async (client: string, input: Partial<QuestionInput> = {}) => {
    const form = await t.form(client);
    t.wait(10);
    return t.post(questionInput(form, input), { client });
  };
  // Refused posts are not questions: they do not count.
  for (let i = 0; i < 5; i++) assert.equal((await ask('198.51.100.1', { body: 'ngắn' })).status, 400);
  for (let i = 0; i < 3; i++) {
    const response = await ask('198.51.100.1', { title: `Câu hỏi số ${i + 1} về đất đai` });
    assert.equal(response.status, 201);
  }
  const before = await count(t);
  const limited = await ask('198.51.100.1');
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('Retry-After'), String(45 * 60 - 9 * 10), 'nine forms waited 10 s each');
  assert.match((await json<Problem>(limited)).detail, /3 câu hỏi trong một giờ.*44 phút/);
  assert.equal(await count(t), before);
  assert.equal((await ask('198.51.100.2')).status, 201, 'another client');
  t.clock.set('2026-03-01T11:00:01Z');
  assert.equal((await ask('198.51.100.1')).status, 201, 'the next hour');
});

test('a form token sends one question: a second use is a 409 that asks for a new form', async () => {
  const t = await questionsApp();
  const form = await t.form();
  t.wait(10);
  assert.equal((await t.post(questionInput(form))).status, 201);
  const before = await count(t);
  const again = await t.post(questionInput(form, { title: 'Câu hỏi thứ hai trên cùng biểu mẫu' }));
  assert.equal(again.status, 409);
  const problem = await json<Problem>(again);
  assert.match(problem.errors?.formToken?.[0] ?? '', /tải lại biểu mẫu/);
  assert.equal(await count(t), before);
  // On another node too: the use is in the database.
  const other = createApp({ db: t.database.db, config: t.config, clock: t.clock });
  const elsewhere = await other.request('/api/v1/questions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.78' },
    body: JSON.stringify(questionInput(form, { title: 'Cùng biểu mẫu gửi qua máy chủ khác' })),
  });
  assert.equal(elsewhere.status, 409);
  const fresh = await t.form();
  t.wait(10);
  assert.equal(
    (await t.post(questionInput(fresh, { title: 'Câu hỏi thứ hai trên cùng biểu mẫu' }))).status,
    201,
  );
});

test('proof of work once a client posts a lot: the form carries a challenge; a solution is spent once', async () => {
  const t = await questionsApp({ PBGDPL_QUESTION_CHALLENGE_AFTER: '1' });
  const first = await t.form();
  assert.equal(first.challenge, null, 'no work for the first question');
  t.wait(10);
  assert.equal((await t.post(questionInput(first))).status, 201);

  const second = await t.form();
  assert.ok(second.challenge, 'a challenge after the first post');
  assert.equal(second.challenge.algorithm, 'SHA-256');
  assert.ok(second.challenge.maxNumber >= 1000);
  t.wait(10);
  const without = await t.post(questionInput(second, { title: 'Câu hỏi thứ hai về đất đai' }));
  assert.equal(without.status, 422);
  assert.ok((await json<Problem>(without)).errors?.proofOfWork);
  const wrong = await t.post(
    questionInput(second, {
      proofOfWork: Buffer.from(JSON.stringify({ ...second.challenge, number: -1 })).toString('base64'),
    }),
  );
  assert.equal(wrong.status, 422);
  const proofOfWork = await solve(second.challenge);
  const solved = await t.post(questionInput(second, { proofOfWork }));
  assert.equal(solved.status, 201);
  const third = await t.form();
  t.wait(10);
  const replayed = await t.post(questionInput(third, { proofOfWork, title: 'Một câu hỏi khác về đất đai' }));
  assert.equal(replayed.status, 422, 'a solution works once');
  assert.ok((await json<Problem>(replayed)).errors?.proofOfWork);

  const always = await questionsApp({ PBGDPL_QUESTION_CHALLENGE_AFTER: '0' });
  assert.ok((await always.form()).challenge, '0 = always');
});

test('the signing secret is kept in the database: a token from one node works on another', async () => {
  const t = await questionsApp();
  const form = await t.form();
  const secret = await t.database.db
    .selectFrom('site_settings')
    .select('value')
    .where('key', '=', 'questions.formSecret')
    .executeTakeFirstOrThrow();
  assert.ok(secret.value.length >= 40);
  // A second app over the same database, as after a restart or on another node.
  const other = createApp({ db: t.database.db, config: t.config, clock: t.clock });
  t.wait(10);
  const response = await other.request('/api/v1/questions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
    body: JSON.stringify(questionInput(form)),
  });
  assert.equal(response.status, 201);
  const again = await t.database.db
    .selectFrom('site_settings')
    .select('value')
    .where('key', '=', 'questions.formSecret')
    .execute();
  assert.deepEqual(again, [secret], 'one secret, not replaced');
});

test('PBGDPL_FORM_SECRET, when set, signs instead of the stored secret', async () => {
  const secret = 'a-configured-secret-of-at-least-32-chars';
  const a = await questionsApp({ PBGDPL_FORM_SECRET: secret });
  const b = await questionsApp({ PBGDPL_FORM_SECRET: secret });
  const form: QuestionForm = await a.form();
  b.clock.set(new Date(a.clock().getTime() + 10_000));
  assert.equal((await b.post(questionInput(form))).status, 201, 'separate databases, same secret');
  const stored = await a.database.db
    .selectFrom('site_settings')
    .select('key')
    .where('key', '=', 'questions.formSecret')
    .execute();
  assert.equal(stored.length, 0);
});
