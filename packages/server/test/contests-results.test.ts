import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContestForm, ContestResults } from '@pbgdpl/contract';
import { rankAttempts } from '../src/contests/ranking.ts';
import { json } from './helpers.ts';
import { contestsApp, nextPhone, round, takePart } from './contests-support.ts';
import { solve } from './questions-support.ts';

test('ranking: correct answers, then the guess’s distance, then time; equal rows share a rank', () => {
  const a = (participantId: number, correct: number, seconds: number, guess: number | null) => ({
    participantId,
    correct,
    total: 10,
    seconds,
    guess,
  });
  const rows = rankAttempts(
    [
      a(1, 9, 100, 50), // distance 10
      a(2, 10, 300, 0), // most correct wins whatever the guess and time
      a(3, 9, 50, 58), // distance 2: before 1 and 4 despite...
      a(4, 9, 20, 70), // distance 10, faster than 1
      a(5, 9, 100, 50), // equal to 1 in every respect: same rank
      a(1, 5, 10, 60), // participant 1's worse attempt: only the best counts
      a(6, 9, 10, null), // no guess: after every guess
    ],
    60,
  );
  assert.deepEqual(
    rows.map((r) => [r.participantId, r.rank, r.guessDistance]),
    [
      [2, 1, 60],
      [3, 2, 2],
      [4, 3, 10],
      [1, 4, 10],
      [5, 4, 10],
      [6, 6, null],
    ],
  );
  // While the target is unknown (the round is open), the guess does not order: time does.
  assert.deepEqual(
    rankAttempts([a(1, 9, 100, 60), a(2, 9, 50, 0)], null).map((r) => [r.participantId, r.rank]),
    [
      [2, 1],
      [1, 2],
    ],
  );
});

test('published results rank per round and show names and communes only with consent, never contact data', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest(
    {
      rounds: [round('Tuần 1', '2026-03-01T00:00:00+07:00', 24, { questionCount: 4, maxAttempts: 2 })],
    },
    6,
  );
  const people = [
    {
      name: 'Trần Thị Bình',
      commune: 'Phường Tân Ninh',
      publishResult: true,
      right: 4,
      seconds: 90,
      guess: 2,
    },
    { name: 'Lê Văn Cường', commune: 'Xã Hòa Thạnh', publishResult: false, right: 4, seconds: 60, guess: 7 },
    {
      name: 'Phạm Minh Dũng',
      commune: 'Xã Hòa Thạnh',
      publishResult: true,
      right: 4,
      seconds: 120,
      guess: 2,
    },
    { name: 'Võ Thị Em', commune: 'Phường Tân Ninh', publishResult: true, right: 2, seconds: 30, guess: 2 },
  ];
  const phones: string[] = [];
  for (const [index, person] of people.entries()) {
    const phone = nextPhone();
    phones.push(phone);
    const submitted = await takePart(
      t,
      contest.id,
      {
        name: person.name,
        commune: person.commune,
        phone,
        email: `nguoi${index}@example.vn`,
        idNumber: `07209000${1000 + index}`,
        consents: {
          version: '2026-12-vi',
          takePart: true,
          publishResult: person.publishResult,
          prizeContact: index !== 2,
        },
      },
      `203.0.113.${10 + index}`,
      person,
    );
    assert.equal(submitted.score?.correct, person.right);
  }

  // While the round is open: by correct answers, then time (the guess's target is not known yet).
  const open = await json<ContestResults>(await t.pub('GET', `/contests/${contest.id}/results`));
  assert.equal(open.rightCount, null);
  assert.equal(open.questions, null);
  assert.deepEqual(
    open.items.map((r) => [r.rank, r.name, r.commune, r.correct]),
    [
      [1, null, null, 4], // Cường did not agree to publish
      [2, 'Trần Thị Bình', 'Phường Tân Ninh', 4],
      [3, 'Phạm Minh Dũng', 'Xã Hòa Thạnh', 4],
      [4, 'Võ Thị Em', 'Phường Tân Ninh', 2],
    ],
  );
  const text = JSON.stringify(open);
  for (const secret of [...phones, '@example.vn', '0720900', 'Lê Văn Cường', '1990'])
    assert.equal(text.includes(secret), false, `results carry ${secret}: ${text}`);

  // Once it has ended: three answered everything right, so guesses of 2 are nearest (distance 1).
  t.clock.set('2026-03-01T17:00:00Z');
  const closed = await json<ContestResults>(
    await t.pub('GET', `/contests/${contest.id}/results?round=${contest.rounds[0]!.id}`),
  );
  assert.equal(closed.rightCount, 3);
  assert.deepEqual(
    closed.items.map((r) => [r.rank, r.name, r.guessDistance]),
    [
      [1, 'Trần Thị Bình', 1], // distance 1, 90 s
      [2, 'Phạm Minh Dũng', 1], // distance 1, 120 s
      [3, null, 4], // distance 4
      [4, 'Võ Thị Em', 1],
    ],
  );
  assert.ok(closed.questions && closed.questions.length > 0);
  assert.equal((await t.pub('GET', `/contests/${contest.id}/results?round=99999`)).status, 404);
  const paged = await json<ContestResults>(
    await t.pub('GET', `/contests/${contest.id}/results?pageSize=2&page=2`),
  );
  assert.deepEqual(
    paged.items.map((r) => r.rank),
    [3, 4],
  );
  assert.equal(paged.total, 4);

  // The organisers' CSV: contact data only for editors, and only of those who agreed to be
  // contacted for prizes; a unit's person sees names, places and prizes without contact data.
  const csvLines = async (token: string) => {
    const csv = await t.call(
      token,
      'GET',
      `/admin/contests/${contest.id}/results.csv?round=${contest.rounds[0]!.id}`,
    );
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('Content-Type') ?? '', /^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]); // the BOM spreadsheets need
    return bytes.subarray(3).toString('utf8').trim().split('\r\n');
  };
  const lines = await csvLines(t.editor);
  assert.equal(lines.length, 5);
  assert.match(
    lines[1]!,
    new RegExp(
      `^1,Trần Thị Bình,Phường Tân Ninh,4,4,90,2,1,,x,x,${phones[0]},nguoi0@example.vn,072090001000,`,
    ),
  );
  assert.match(lines[2]!, /^2,Phạm Minh Dũng,Xã Hòa Thạnh,4,4,120,2,1,,x,,,,,/); // no prize contact: no contact data
  assert.match((await csvLines(t.officer))[1]!, /^1,Trần Thị Bình,Phường Tân Ninh,4,4,90,2,1,,x,x,,,,$/);
  assert.equal(
    (
      await t.call(
        t.stranger,
        'GET',
        `/admin/contests/${contest.id}/results.csv?round=${contest.rounds[0]!.id}`,
      )
    ).status,
    404,
  );
  assert.equal((await t.pub('GET', `/admin/contests/${contest.id}/results.csv`)).status, 401);
});

test('the same phone number or e-mail is one participant; many registrations from one client need a proof of work', async () => {
  const t = await contestsApp({ PBGDPL_QUESTION_CHALLENGE_AFTER: '1' });
  const contest = await t.publishedContest();
  const phone = nextPhone();
  await t.register(contest.id, { phone, email: 'an@example.vn' }); // the first: no challenge
  const form = await json<ContestForm>(await t.pub('GET', `/contests/${contest.id}/form`));
  assert.ok(form.challenge);
  t.wait(3);
  const entry = {
    name: 'Nguyễn Văn Bảo',
    phone: nextPhone(),
    birthYear: 1990,
    commune: 'Xã Hòa Thạnh',
    consents: { version: form.consentVersion, takePart: true, publishResult: false, prizeContact: false },
    formToken: form.formToken,
  };
  for (const proofOfWork of [undefined, 'bm90IGEgc29sdXRpb24=']) {
    const refused = await t.pub('POST', `/contests/${contest.id}/participants`, { ...entry, proofOfWork });
    assert.equal(refused.status, 422);
    assert.ok((await json<{ errors: Record<string, string[]> }>(refused)).errors.proofOfWork);
  }
  const solved = await t.pub('POST', `/contests/${contest.id}/participants`, {
    ...entry,
    proofOfWork: await solve(form.challenge),
  });
  assert.equal(solved.status, 201);
  const replayed = await t.pub('POST', `/contests/${contest.id}/participants`, {
    ...entry,
    phone: nextPhone(),
    proofOfWork: 'x',
  });
  assert.equal(replayed.status, 422);

  // Another client address: no challenge; the same e-mail (any case) or phone is refused.
  await assert.rejects(t.register(contest.id, { email: 'AN@example.vn' }, '198.51.100.1'), /409/);
  await assert.rejects(t.register(contest.id, { phone }, '198.51.100.2'), /409/);
  const tooFast = await t.pub('GET', `/contests/${contest.id}/form`, undefined, {
    'X-Forwarded-For': '198.51.100.3',
  });
  const fresh = await json<ContestForm>(tooFast);
  const hurried = await t.pub(
    'POST',
    `/contests/${contest.id}/participants`,
    { ...entry, phone: nextPhone(), formToken: fresh.formToken },
    { 'X-Forwarded-For': '198.51.100.3' },
  );
  assert.equal(hurried.status, 422);
  assert.match((await json<{ detail: string }>(hurried)).detail, /Bạn gửi quá nhanh/);
  assert.equal((await t.pub('POST', `/contests/${contest.id}/participants`, { name: 'A' })).status, 400);
});
