import assert from 'node:assert/strict';
import type {
  AdminContest,
  Attempt,
  ContestForm,
  ContestInput,
  ContestQuestionInput,
  ParticipantInput,
} from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json, makeApp, type TestApp } from './helpers.ts';
import { solve } from './questions-support.ts';

export const OWN_UNIT = 'xa-hoa-thanh';
export const OTHER_UNIT = 'phuong-tan-ninh';

/** A round from `start` (ISO, with its offset) lasting `hours`. */
export const round = (
  title: string,
  start: string,
  hours: number,
  extra: Partial<ContestInput['rounds'][number]> = {},
) => ({
  title,
  startsAt: start,
  endsAt: new Date(Date.parse(start) + hours * 3600_000).toISOString(),
  questionCount: 3,
  timeLimitSeconds: 600,
  maxAttempts: 2,
  tieBreak: true,
  ...extra,
});

export const contestInput = (input: Partial<ContestInput> = {}): ContestInput => ({
  title: 'Cuộc thi tìm hiểu pháp luật về hòa giải ở cơ sở',
  description: 'Cuộc thi trực tuyến dành cho mọi người dân trong tỉnh.',
  rules: '<p>Mỗi vòng thi có <strong>3 câu hỏi</strong>.</p><script>alert(1)</script>',
  unitId: OWN_UNIT,
  targetGroups: ['nhan-dan'],
  prizes: [{ name: 'Giải Nhất', count: 1, value: '2.000.000 đồng' }],
  rounds: [round('Vòng 1', '2026-03-01T00:00:00+07:00', 24 * 7)],
  ...input,
});

/** Question `n` of a test bank: option `n % 4` (as entered) is right. */
export const questionInput = (contestId: number, n: number, input: Partial<ContestQuestionInput> = {}) => ({
  contestId,
  text: `Câu hỏi thử số ${n} về hòa giải ở cơ sở?`,
  options: ['Phương án A', 'Phương án B', 'Phương án C', 'Phương án D'].map((o) => `${o} của câu ${n}`),
  correct: [n % 4],
  explanation: `Giải thích căn cứ pháp lý của câu ${n}: Luật Hòa giải ở cơ sở năm 2013.`,
  ...input,
});

export interface ContestsApp extends TestApp {
  editor: string;
  admin: string;
  /** A contributor of OWN_UNIT. */
  officer: string;
  /** A contributor of OTHER_UNIT. */
  stranger: string;
  call(token: string | null, method: string, path: string, body?: unknown): Promise<Response>;
  /** A public call from a client address (behind the trusted proxy). */
  pub(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** A contest an editor entered (so published) with a bank of `bank` questions; answers its admin view. */
  publishedContest(input?: Partial<ContestInput>, bank?: number): Promise<AdminContest>;
  /** Registers a participant (form, fill time, proof of work); answers the participant token. */
  register(contestId: number, input?: Partial<ParticipantInput>, client?: string): Promise<string>;
  start(contestId: number, participantToken: string): Promise<Response>;
  wait(seconds: number): void;
}

let phones = 0;
/** A new valid mobile number for each participant. */
export const nextPhone = () => `09${String(10_000_000 + ++phones).slice(-8)}`;

/** `env`: e.g. PBGDPL_QUESTION_CHALLENGE_AFTER, after how many registrations a client must solve a proof of work. */
export async function contestsApp(env: Record<string, string> = {}): Promise<ContestsApp> {
  const t = await makeApp({
    env: { PBGDPL_TRUST_PROXY: '1', PBGDPL_QUESTION_MIN_FILL_SECONDS: '3', ...env },
  });
  const tokens = tokensRepository(t.database.db);
  const make = async (name: string, role: 'contributor' | 'editor' | 'admin', unit: string | null = null) =>
    (await tokens.create(name, role, t.clock(), unit)).token;
  const editor = await make('Biên tập viên Hà', 'editor');
  const admin = await make('Quản trị viên Sơn', 'admin');
  const officer = await make('Cán bộ xã Hòa Thạnh', 'contributor', OWN_UNIT);
  const stranger = await make('Cán bộ phường Tân Ninh', 'contributor', OTHER_UNIT);
  const call = async (token: string | null, method: string, path: string, body?: unknown) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(typeof body === 'string'
          ? { 'Content-Type': 'text/csv' }
          : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const pub = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const wait = (seconds: number) => t.clock.set(new Date(t.clock().getTime() + seconds * 1000));

  async function publishedContest(input: Partial<ContestInput> = {}, bank = 6): Promise<AdminContest> {
    const created = await call(editor, 'POST', '/admin/contests', contestInput(input));
    assert.equal(created.status, 201, await created.clone().text());
    const contest = await json<AdminContest>(created);
    for (let n = 0; n < bank; n++) {
      const added = await call(editor, 'POST', '/admin/contest-questions', questionInput(contest.id, n));
      assert.equal(added.status, 201, await added.clone().text());
    }
    // An editor's contest is published at once.
    const published = await json<AdminContest>(await call(editor, 'GET', `/admin/contests/${contest.id}`));
    assert.equal(published.reviewState, 'published');
    return published;
  }

  async function register(contestId: number, input: Partial<ParticipantInput> = {}, client = '203.0.113.7') {
    const form = await json<ContestForm>(
      await pub('GET', `/contests/${contestId}/form`, undefined, { 'X-Forwarded-For': client }),
    );
    wait(form.minFillSeconds);
    const response = await pub(
      'POST',
      `/contests/${contestId}/participants`,
      {
        name: 'Nguyễn Văn An',
        phone: nextPhone(),
        birthYear: 1990,
        commune: 'Xã Hòa Thạnh',
        consents: { version: form.consentVersion, takePart: true, publishResult: true, prizeContact: true },
        formToken: form.formToken,
        ...(form.challenge ? { proofOfWork: await solve(form.challenge) } : {}),
        ...input,
      },
      { 'X-Forwarded-For': client },
    );
    assert.equal(response.status, 201, await response.clone().text());
    return (await json<{ participantToken: string }>(response)).participantToken;
  }

  const start = (contestId: number, participantToken: string) =>
    pub('POST', `/contests/${contestId}/attempts`, { participantToken });

  return { ...t, editor, admin, officer, stranger, call, pub, publishedContest, register, start, wait };
}

/** Answers every question of `attempt` right (`right` of them) from the bank's key (option n % 4). */
export async function answerAll(t: ContestsApp, attempt: Attempt, right = attempt.questions.length) {
  for (const [index, question] of attempt.questions.entries()) {
    const n = Number(/số (\d+)/.exec(question.text)![1]);
    const correctText = `Phương án ${'ABCD'[n % 4]} của câu ${n}`;
    const rightPosition = question.options.indexOf(correctText);
    const choice = index < right ? rightPosition : (rightPosition + 1) % question.options.length;
    const saved = await t.pub('PUT', `/attempts/${attempt.key}/answers/${question.id}`, {
      choices: [choice],
    });
    assert.equal(saved.status, 200, await saved.clone().text());
  }
}

/**
 * Someone registers from `client` with `input` (a phone of their own unless given), answers
 * `right` questions right in `seconds` and submits with `guess`; the clock then goes back, so
 * every participant's time counts from the same moment. Answers the submitted attempt.
 */
export async function takePart(
  t: ContestsApp,
  contestId: number,
  input: Partial<ParticipantInput> & { phone: string },
  client: string,
  how: { right: number; seconds: number; guess?: number },
): Promise<Attempt> {
  const token = await t.register(contestId, input, client);
  const attempt = await json<Attempt>(await t.start(contestId, token));
  await answerAll(t, attempt, how.right);
  t.wait(how.seconds);
  const submitted = await t.pub('POST', `/attempts/${attempt.key}/submit`, { guess: how.guess });
  assert.equal(submitted.status, 200, await submitted.clone().text());
  t.wait(-how.seconds);
  return json<Attempt>(submitted);
}
