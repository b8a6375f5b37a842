import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attempt, Contest } from '@pbgdpl/contract';
import { json } from './helpers.ts';
import { answerAll, contestsApp, round } from './contests-support.ts';

/** Any trace of the key (a list of right options) or of the explanations in a body. */
function leaksKey(body: string): string | null {
  if (/"correct":\[|"review":\{|"explanation"|Giải thích căn cứ/.test(body)) return body.slice(0, 200);
  return null;
}

test('a round opens and closes on the Asia/Ho_Chi_Minh day boundaries, by the injected clock', async () => {
  const t = await contestsApp();
  // 01/04/2026 00:00 to 02/04/2026 00:00 in Vietnam: 31/03 17:00 UTC to 01/04 17:00 UTC.
  const contest = await t.publishedContest({
    rounds: [round('Ngày 1/4', '2026-04-01T00:00:00+07:00', 24)],
  });
  const participant = await t.register(contest.id);
  const stateAt = async (iso: string) => {
    t.clock.set(iso);
    return (await json<Contest>(await t.pub('GET', `/contests/${contest.id}`))).state;
  };
  assert.equal(await stateAt('2026-03-31T16:59:59.999Z'), 'upcoming'); // 23:59:59 on 31/03 in Vietnam
  const early = await t.start(contest.id, participant);
  assert.equal(early.status, 409);
  assert.match(
    (await json<{ detail: string }>(early)).detail,
    /Chưa đến giờ thi\. Ngày 1\/4 bắt đầu lúc 00:00 01\/04\/2026/,
  );

  assert.equal(await stateAt('2026-03-31T17:00:00.000Z'), 'open'); // 00:00 on 01/04
  assert.equal((await t.start(contest.id, participant)).status, 201);

  assert.equal(await stateAt('2026-04-01T17:00:00.000Z'), 'closed'); // 00:00 on 02/04: the end is exclusive
  const late = await t.start(contest.id, participant);
  assert.equal(late.status, 409);
  const english = await t.pub(
    'POST',
    `/contests/${contest.id}/attempts`,
    { participantToken: participant },
    { 'Accept-Language': 'en' },
  );
  assert.match((await json<{ detail: string }>(english)).detail, /The contest has ended/);
});

test('the attempt limit per participant and round is enforced, with a clear message', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({
    rounds: [round('Vòng 1', '2026-03-01T00:00:00+07:00', 48, { maxAttempts: 2 })],
  });
  const participant = await t.register(contest.id);
  for (let i = 0; i < 2; i++) {
    const started = await t.start(contest.id, participant);
    assert.equal(started.status, 201);
    const attempt = await json<Attempt>(started);
    // A second start while one is running is refused: finish it first.
    if (i === 0) assert.equal((await t.start(contest.id, participant)).status, 409);
    assert.equal((await t.pub('POST', `/attempts/${attempt.key}/submit`, {})).status, 200);
  }
  const third = await t.start(contest.id, participant);
  assert.equal(third.status, 409);
  assert.equal((await json<{ detail: string }>(third)).detail, 'Bạn đã dùng hết 2 lượt thi của vòng này.');
  const inEnglish = await t.pub(
    'POST',
    `/contests/${contest.id}/attempts`,
    { participantToken: participant },
    { 'Accept-Language': 'en' },
  );
  assert.equal(
    (await json<{ detail: string }>(inEnglish)).detail,
    'You have used all 2 attempts of this round.',
  );
  const wrongToken = await t.start(contest.id, 'x'.repeat(32));
  assert.equal(wrongToken.status, 403);
});

test('answers are saved as one goes, resumed after a reload, refused after the server-side deadline', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({
    rounds: [round('Vòng 1', '2026-03-01T00:00:00+07:00', 48, { timeLimitSeconds: 300 })],
  });
  const participant = await t.register(contest.id);
  const attempt = await json<Attempt>(await t.start(contest.id, participant));
  assert.equal(attempt.questions.length, 3);
  assert.equal(attempt.remainingSeconds, 300);
  const [first, second] = attempt.questions;
  assert.equal(
    (await t.pub('PUT', `/attempts/${attempt.key}/answers/${first!.id}`, { choices: [2] })).status,
    200,
  );
  assert.equal(
    (await t.pub('PUT', `/attempts/${attempt.key}/answers/${first!.id}`, { choices: [1] })).status,
    200,
  ); // replaced
  t.wait(100);
  assert.equal(
    (await t.pub('PUT', `/attempts/${attempt.key}/answers/${second!.id}`, { choices: [0] })).status,
    200,
  );

  // A reload: the same questions in the same order, the answers so far, the time left by the server.
  const resumed = await json<Attempt>(await t.pub('GET', `/attempts/${attempt.key}`));
  assert.deepEqual(
    resumed.questions.map((q) => [q.id, q.options]),
    attempt.questions.map((q) => [q.id, q.options]),
  );
  assert.deepEqual(
    resumed.questions.map((q) => q.choices),
    [[1], [0], []],
  );
  assert.equal(resumed.remainingSeconds, 200);
  assert.equal(resumed.submittedAt, null);

  const bad = await t.pub('PUT', `/attempts/${attempt.key}/answers/${first!.id}`, { choices: [7] });
  assert.equal(bad.status, 400);
  const foreign = await t.pub('PUT', `/attempts/${attempt.key}/answers/999999`, { choices: [0] });
  assert.equal(foreign.status, 404);

  t.wait(200); // the deadline
  const tooLate = await t.pub('PUT', `/attempts/${attempt.key}/answers/${second!.id}`, { choices: [3] });
  assert.equal(tooLate.status, 409);
  assert.match((await json<{ detail: string }>(tooLate)).detail, /Đã hết thời gian làm bài/);
  const tooLateEnglish = await t.pub(
    'PUT',
    `/attempts/${attempt.key}/answers/${second!.id}`,
    { choices: [3] },
    { 'Accept-Language': 'en' },
  );
  assert.match(
    (await json<{ detail: string }>(tooLateEnglish)).detail,
    /^Time is up or the attempt was submitted/,
  );
  const closed = await json<Attempt>(await t.pub('GET', `/attempts/${attempt.key}`));
  assert.equal(closed.autoClosed, true);
  assert.equal(closed.submittedAt, attempt.deadline);
  assert.deepEqual(
    closed.questions.map((q) => q.choices),
    [[1], [0], []],
  ); // what was saved, nothing after
  assert.equal(closed.score?.total, 3);
  assert.equal(closed.score?.seconds, 300);
  // Submitting afterwards answers the closed attempt unchanged.
  const submitted = await json<Attempt>(await t.pub('POST', `/attempts/${attempt.key}/submit`, { guess: 4 }));
  assert.equal(submitted.guess, null);
  assert.equal(submitted.autoClosed, true);
  assert.equal((await t.pub('GET', '/attempts/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status, 404);
});

test('the deadline is the round’s end when that comes before the time limit', async () => {
  const t = await contestsApp();
  t.clock.set('2026-03-01T16:55:00Z'); // 23:55 in Vietnam, five minutes before the round ends
  const contest = await t.publishedContest({
    rounds: [round('Ngày 1/3', '2026-03-01T00:00:00+07:00', 24, { timeLimitSeconds: 1200 })],
  });
  const attempt = await json<Attempt>(await t.start(contest.id, await t.register(contest.id)));
  assert.equal(attempt.deadline, '2026-03-01T17:00:00.000Z');
  assert.ok(attempt.remainingSeconds <= 300);
});

test('no response carries the answer key or an explanation before the round ends', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({ rounds: [round('Vòng 1', '2026-03-01T00:00:00+07:00', 24)] });
  const bodies: string[] = [];
  const keep = async (response: Response) => {
    bodies.push(await response.clone().text());
    return response;
  };
  bodies.push(await (await t.pub('GET', '/contests')).text());
  bodies.push(await (await t.pub('GET', `/contests/${contest.id}`)).text());
  const participant = await t.register(contest.id);
  const attempt = await json<Attempt>(await keep(await t.start(contest.id, participant)));
  for (const question of attempt.questions) {
    assert.equal(question.review, null);
    await keep(await t.pub('PUT', `/attempts/${attempt.key}/answers/${question.id}`, { choices: [0] }));
  }
  await keep(await t.pub('PUT', `/attempts/${attempt.key}/guess`, { guess: 3 }));
  await keep(await t.pub('GET', `/attempts/${attempt.key}`));
  const submitted = await json<Attempt>(
    await keep(await t.pub('POST', `/attempts/${attempt.key}/submit`, {})),
  );
  assert.ok(submitted.score);
  await keep(await t.pub('GET', `/attempts/${attempt.key}`));
  await keep(await t.pub('GET', `/contests/${contest.id}/results`));
  for (const body of bodies) assert.equal(leaksKey(body), null);

  // Once the round has ended: the review and the key, to the participant and in the results.
  t.clock.set('2026-03-01T17:00:00Z');
  const reviewed = await json<Attempt>(await t.pub('GET', `/attempts/${attempt.key}`));
  for (const question of reviewed.questions) {
    assert.ok(question.review);
    const n = Number(/số (\d+)/.exec(question.text)![1]);
    assert.equal(question.options[question.review.correct[0]!], `Phương án ${'ABCD'[n % 4]} của câu ${n}`);
  }
  const results = await json<{ questions: unknown[] }>(await t.pub('GET', `/contests/${contest.id}/results`));
  assert.equal(results.questions.length, 3);
});

test('submitting scores on the server; options are shuffled per attempt but scored as entered', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest(
    { rounds: [round('Vòng 1', '2026-03-01T00:00:00+07:00', 24, { questionCount: 4, maxAttempts: 3 })] },
    8,
  );
  const participant = await t.register(contest.id);
  const attempt = await json<Attempt>(await t.start(contest.id, participant));
  await answerAll(t, attempt, 3);
  t.wait(40);
  const submitted = await json<Attempt>(
    await t.pub('POST', `/attempts/${attempt.key}/submit`, { guess: 12 }),
  );
  assert.deepEqual(submitted.score, { correct: 3, total: 4, seconds: 40 });
  assert.equal(submitted.guess, 12);
  assert.equal(submitted.autoClosed, false);
  // Saving after submitting is refused.
  const after = await t.pub('PUT', `/attempts/${attempt.key}/answers/${attempt.questions[0]!.id}`, {
    choices: [0],
  });
  assert.equal(after.status, 409);
});

test('a start sent twice with one Idempotency-Key starts one attempt and answers its key both times', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({
    rounds: [round('Vòng 1', '2026-03-01T00:00:00+07:00', 24, { maxAttempts: 1 })],
  });
  const participant = await t.register(contest.id);
  const send = () =>
    t.pub(
      'POST',
      `/contests/${contest.id}/attempts`,
      { participantToken: participant },
      { 'Idempotency-Key': 'start-0123456789' },
    );
  const first = await send();
  const again = await send();
  assert.equal(first.status, 201);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
  assert.equal((await json<Attempt>(again)).key, (await json<Attempt>(first)).key);
  const another = await t.start(contest.id, participant); // a new request: the limit of one applies
  assert.equal(another.status, 409);
});
