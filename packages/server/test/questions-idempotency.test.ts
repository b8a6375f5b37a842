import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuestionReceipt } from '@pbgdpl/contract';
import { json } from './helpers.ts';
import { type QuestionsApp, questionInput, questionsApp } from './questions-support.ts';

const rowsWithTitle = async (t: QuestionsApp, title: string) =>
  (await t.database.db.selectFrom('questions').select('id').where('title', '=', title).execute()).length;

test('the same Idempotency-Key with the same body answers the first receipt and stores once', async () => {
  const t = await questionsApp({ PBGDPL_QUESTIONS_PER_HOUR: '2' });
  const form = await t.form();
  t.wait(10);
  const body = questionInput(form, { title: 'Câu hỏi gửi hai lần do bấm đúp' });
  const first = await t.post(body, { key: 'key-0001-double-click' });
  assert.equal(first.status, 201);
  const receipt = await json<QuestionReceipt>(first);
  // More retries than the hourly limit: replays are not new posts.
  for (let i = 0; i < 3; i++) {
    const again = await t.post(body, { key: 'key-0001-double-click' });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await json<QuestionReceipt>(again), receipt);
  }
  assert.equal(await rowsWithTitle(t, 'Câu hỏi gửi hai lần do bấm đúp'), 1);

  const changed = await t.post({ ...body, title: 'Một câu hỏi khác hẳn' }, { key: 'key-0001-double-click' });
  assert.equal(changed.status, 422);
  const problem = await json<{ errors: Record<string, string[]> }>(changed);
  assert.ok(problem.errors['Idempotency-Key']);
  assert.equal(await rowsWithTitle(t, 'Một câu hỏi khác hẳn'), 0);
});

test('two identical posts racing with one key store one question', async () => {
  const t = await questionsApp();
  const form = await t.form();
  t.wait(10);
  const body = questionInput(form, { title: 'Hai yêu cầu cùng lúc với một khóa' });
  const responses = await Promise.all([
    t.post(body, { key: 'race-key-0001', client: '203.0.113.20' }),
    t.post(body, { key: 'race-key-0001', client: '203.0.113.21' }),
  ]);
  assert.deepEqual(
    responses.map((r) => r.status),
    [201, 201],
  );
  const [a, b] = await Promise.all(responses.map((r) => json<QuestionReceipt>(r)));
  assert.equal(a?.trackingCode, b?.trackingCode);
  assert.equal(await rowsWithTitle(t, 'Hai yêu cầu cùng lúc với một khóa'), 1);
});

test('a failed post does not use up its key; keys expire after 24 hours; malformed keys are 400', async () => {
  const t = await questionsApp();
  const form = await t.form();
  t.wait(10);
  const body = questionInput(form, { title: 'Lần đầu gửi bị lỗi, lần sau sửa lại' });
  const failed = await t.post({ ...body, body: 'ngắn' }, { key: 'retry-key-0001' });
  assert.equal(failed.status, 400);
  const fixed = await t.post(body, { key: 'retry-key-0001' });
  assert.equal(fixed.status, 201, 'the corrected draft goes through with the same key');

  t.wait(25 * 3600);
  const fresh = await t.form();
  t.wait(10);
  const later = await t.post(questionInput(fresh, { title: 'Một ngày sau, cùng khóa cũ' }), {
    key: 'retry-key-0001',
  });
  assert.equal(later.status, 201, 'after 24 hours the key is forgotten');
  assert.equal(await rowsWithTitle(t, 'Một ngày sau, cùng khóa cũ'), 1);

  const malformed = await t.post(body, { key: 'short' });
  assert.equal(malformed.status, 400);
  assert.ok((await json<{ errors: object }>(malformed)).errors);
});

test('20 copies of one question at once, from a client with no earlier posts: one question, one receipt for all', async () => {
  // The proof of work starts after one stored question and the limit is two: copies that
  // counted as posts would trip both.
  const t = await questionsApp({ PBGDPL_QUESTION_CHALLENGE_AFTER: '1', PBGDPL_QUESTIONS_PER_HOUR: '2' });
  const form = await t.form('203.0.113.40');
  t.wait(10);
  const body = questionInput(form, { title: 'Hai mươi bản sao của cùng một câu hỏi' });
  const receipts = await Promise.all(
    Array.from({ length: 20 }, () => postUntilAnswered(t, body, 'twenty-copies-0001', '203.0.113.40')),
  );
  assert.equal(
    new Set(receipts.map((receipt) => receipt.trackingCode)).size,
    1,
    'the same receipt for every copy',
  );
  assert.equal(await rowsWithTitle(t, 'Hai mươi bản sao của cùng một câu hỏi'), 1);

  // One question counted: the next one from this client needs the proof of work, not a 429.
  const next = await t.form('203.0.113.40');
  assert.ok(next.challenge, 'one stored question: the proof of work starts');
  t.wait(10);
  const without = await t.post(questionInput(next, { title: 'Câu hỏi thứ hai của người này' }), {
    client: '203.0.113.40',
  });
  assert.equal(without.status, 422);
});

/** A retrying client: a 409 (a copy still running) is answered by sending again after Retry-After. */
async function postUntilAnswered(
  t: QuestionsApp,
  body: unknown,
  key: string,
  client: string,
): Promise<QuestionReceipt> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await t.post(body, { key, client });
    if (response.status === 201) return json<QuestionReceipt>(response);
    assert.equal(response.status, 409, `copy answered ${response.status}: ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('Retry-After')) * 1000));
  }
  throw new Error('no receipt after 20 attempts');
}
