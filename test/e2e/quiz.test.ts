import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import type { Attempt, ContestPage, ContestQuestion } from '@pbgdpl/contract';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';

/**
 * Issue 24 from end to end in Chromium, on the demo's contest page: a citizen registers, answers,
 * reloads half-way and finds the same attempt with its answers and the server's clock running,
 * submits and reads the score; no response the browser received before submitting carried the
 * answer key or an explanation; an attempt beyond the round's limit is refused in Vietnamese.
 * Built bundle required.
 */
const TOKEN = 'quiz-e2e-admin-token-0123456789abcdef';
const hosted = useHostedApi({ PBGDPL_ADMIN_TOKEN: TOKEN, PBGDPL_QUESTION_MIN_FILL_SECONDS: '0' });

/** Every response body the page received, in order, with the moment it arrived. */
function recordResponses(page: Page): Array<{ url: string; body: string; at: number }> {
  const seen: Array<{ url: string; body: string; at: number }> = [];
  page.on('response', (response: Response) => {
    const at = Date.now();
    void response.text().then(
      (body) => seen.push({ url: response.url(), body, at }),
      () => undefined, // redirects and aborted requests have no body
    );
  });
  return seen;
}

const clock = async (page: Page) => {
  const [minutes = 0, seconds = 0] = (await page.locator('pbgdpl-quiz .time').innerText())
    .split(':')
    .map(Number);
  return minutes * 60 + seconds;
};

test('a citizen registers, answers, reloads and keeps answers and timer, submits; no key before; a third attempt is refused', async () => {
  const base = hosted.api.url;
  const contests = (await (await fetch(new URL('api/v1/contests', base))).json()) as ContestPage;
  const open = contests.items.find((contest) => contest.state === 'open');
  assert.ok(open, 'the demo has an open contest');

  const page = await hosted.browser.newPage();
  const problems = collectProblems(page, { refusals: [409] });
  const responses = recordResponses(page);
  await page.goto(new URL(`contests.html?ct-id=${open.id}&ct-tab=take`, base).href);
  const quiz = page.locator('pbgdpl-quiz');

  await quiz.locator('#name').fill('Nguyễn Văn Bình');
  await quiz.locator('#phone').fill('0987 654 321');
  await quiz.locator('#birthYear').fill('1979');
  await quiz.locator('#commune').fill('Xã Hòa Thạnh');
  await quiz.locator('#take-part').check();
  await quiz.locator('#publish-result').check();
  await quiz.getByRole('button', { name: 'Đăng ký' }).click();
  await quiz.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await quiz.getByText('Câu 1/10').waitFor();

  // Three answers, one per screen, each saved on the server as it is chosen.
  const chosen: string[] = [];
  for (let n = 0; n < 3; n++) {
    const option = quiz.locator('.question input').first();
    chosen.push((await option.getAttribute('id')) ?? '');
    await option.check();
    await quiz.locator('.save[data-save="saved"]').waitFor();
    await quiz.getByRole('button', { name: 'Câu sau' }).click();
  }
  // The key this browser keeps for the contest (under the API's address, whatever form it takes).
  const key = await page.evaluate((id) => {
    const name = Object.keys(localStorage).find((k) => k.startsWith('pbgdpl-quiz:') && k.endsWith(`:${id}`));
    return (JSON.parse(localStorage.getItem(name ?? '') ?? '{}') as { attemptKey?: string }).attemptKey;
  }, open.id);
  assert.match(key ?? '', /^[\w-]{32,64}$/);
  const before = await clock(page);
  assert.ok(before > 0 && before <= 15 * 60, `a running clock (${before} s)`);

  await page.waitForTimeout(2_000);
  await page.reload();
  await quiz.getByText('Đã trả lời 3/10 câu').waitFor();
  for (const id of chosen.slice(0, 1)) assert.equal(await quiz.locator(`#${id}`).isChecked(), true);
  const after = await clock(page);
  const server = (await (await fetch(new URL(`api/v1/attempts/${key ?? ''}`, base))).json()) as Attempt;
  assert.ok(after < before, `the clock kept running through the reload (${before} → ${after} s)`);
  assert.ok(
    Math.abs(after - server.remainingSeconds) <= 3,
    `the server's clock (${server.remainingSeconds} s), not a new one (${after} s)`,
  );
  assert.equal(
    server.questions.filter((q) => q.choices.length > 0).length,
    3,
    'three answers saved on the server',
  );

  // Walk to the other saved answers: still checked after the reload.
  for (const [index, id] of chosen.entries()) {
    await quiz.getByRole('button', { name: `Câu ${index + 1}, đã trả lời` }).click();
    assert.equal(await quiz.locator(`#${id}`).isChecked(), true, `answer ${index + 1} kept`);
  }

  await quiz.getByRole('button', { name: 'Nộp bài', exact: true }).click();
  const submittedAt = Date.now();
  await quiz.getByRole('button', { name: 'Nộp bài ngay' }).click();
  await quiz.getByText(/Bạn trả lời đúng \d+\/10 câu/).waitFor();

  // The key: every question of the bank with its right options and explanation, as editors see it.
  const bank = (await (
    await fetch(new URL(`api/v1/admin/contest-questions?contest=${open.id}&pageSize=100`, base), {
      headers: { Authorization: `Bearer ${TOKEN}` },
    })
  ).json()) as { items: ContestQuestion[] };
  assert.ok(bank.items.length >= 10);
  // What the API answered before the submission (the code and the page itself are not data).
  const earlier = responses.filter(
    (response) => response.at < submittedAt && response.url.includes('/api/v1/'),
  );
  assert.ok(
    earlier.some((response) => response.url.includes('/attempts/')),
    'the attempt’s responses were seen',
  );
  for (const response of earlier) {
    assert.doesNotMatch(response.body, /"correct"|"explanation"|"review":\{/, `no key in ${response.url}`);
    for (const question of bank.items)
      assert.ok(
        !response.body.includes(question.explanation.slice(0, 60)),
        `no explanation in ${response.url}`,
      );
  }

  // The round allows two attempts: a second, then a third is refused with the server's words.
  await quiz.getByRole('button', { name: 'Về trang dự thi' }).click();
  await quiz.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await quiz.getByText('Câu 1/10').waitFor();
  await quiz.getByRole('button', { name: 'Nộp bài', exact: true }).click();
  await quiz.getByRole('button', { name: 'Nộp bài ngay' }).click();
  await quiz.getByText('Bạn trả lời đúng 0/10 câu', { exact: false }).waitFor();
  await quiz.getByRole('button', { name: 'Về trang dự thi' }).click();
  await quiz.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  const refusal = quiz.getByRole('alert');
  await refusal.waitFor();
  assert.equal((await refusal.innerText()).trim(), 'Bạn đã dùng hết 2 lượt thi của vòng này.');
  assert.deepEqual(problems, []);
});
