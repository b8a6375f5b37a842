/**
 * Contest benchmark: `pnpm bench:contest`. One API node (`src/main.ts`, its own process) on a
 * SQLite file; an organiser's contest with a 20-question round open now; BENCH_PARTICIPANTS
 * (default 200) people register, start an attempt and answer at once, each saving one answer
 * every BENCH_THINK_MS (default 2000, ±50 %) as a person reading the questions would. When
 * BENCH_KILL_AT (default 40 %) of the answers are saved, the node is killed with SIGKILL and
 * started again on the same file and port; participants whose saves fail try again every
 * 500 ms, as the widget does. Then everyone submits. It checks that every answer the server
 * acknowledged is there after the restart and that every attempt is scored as the key says,
 * and prints throughput and latencies. Exits non-zero when anything saved was lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminContest, Attempt, ContestForm } from '@pbgdpl/contract';
import { type ApiNode, startApiNode, stopApiNode } from './api-bench.ts';

const PARTICIPANTS = Number(process.env['BENCH_PARTICIPANTS'] ?? 200);
const THINK_MS = Number(process.env['BENCH_THINK_MS'] ?? 2000);
const KILL_AT = Number(process.env['BENCH_KILL_AT'] ?? 0.4);
const QUESTIONS = 20;
const BANK = 40;
const RETRY_MS = 500;
const TOKEN = `bench-contest-admin-${Date.now().toString(36)}-0123456789abcdef`;

const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-contest-'));
const env: Record<string, string> = {
  DATABASE_URL: join(dir, 'contest.sqlite'),
  PBGDPL_ADMIN_TOKEN: TOKEN,
  PBGDPL_FORM_SECRET: `bench-contest-form-secret-${Date.now().toString(36)}-0123456789`,
  PBGDPL_QUESTION_CHALLENGE_AFTER: '100000',
  PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
  // Each participant from an address of their own, as behind the site's reverse proxy.
  PBGDPL_TRUST_PROXY: '1',
};

let node: ApiNode = await startApiNode(env);
let base = node.url;
let down = false;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => sleep(THINK_MS * (0.5 + Math.random()));

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; data: T; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await response.json().catch(() => undefined)) as T;
  return { status: response.status, data, ms: performance.now() - started };
}

/** Until it answers 2xx: while the node is down, or restarting, the participant waits and sends again. */
async function persist<T>(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
  retried: { count: number },
): Promise<{ data: T; ms: number }> {
  for (;;) {
    try {
      const answer = await call<T>(method, path, body, headers);
      if (answer.status >= 200 && answer.status < 300) return answer;
      if (answer.status < 500)
        throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.data)}`);
    } catch (cause) {
      if (!(cause instanceof TypeError)) throw cause; // only network failures are worth another try
    }
    retried.count++;
    await sleep(RETRY_MS);
  }
}

// ---- the contest ----
const admin = { Authorization: `Bearer ${TOKEN}` };
const now = Date.now();
const created = await call<AdminContest>(
  'POST',
  '/admin/contests',
  {
    title: 'Cuộc thi thử tải: tìm hiểu pháp luật về hòa giải ở cơ sở',
    description: 'Cuộc thi dùng để đo tải.',
    rules: '<p>Mỗi lượt thi có 20 câu hỏi.</p>',
    unitId: 'so-tu-phap',
    targetGroups: ['nhan-dan'],
    rounds: [
      {
        title: 'Vòng đo tải',
        startsAt: new Date(now - 3600_000).toISOString(),
        endsAt: new Date(now + 86_400_000).toISOString(),
        questionCount: QUESTIONS,
        timeLimitSeconds: 3600,
        maxAttempts: 1,
        tieBreak: true,
      },
    ],
  },
  admin,
);
if (created.status !== 201) throw new Error(`contest: ${created.status} ${JSON.stringify(created.data)}`);
const contestId = created.data.id;
for (let n = 0; n < BANK; n++) {
  const added = await call(
    'POST',
    '/admin/contest-questions',
    {
      contestId,
      text: `Câu hỏi đo tải số ${n} về hòa giải ở cơ sở?`,
      options: ['A', 'B', 'C', 'D'].map((o) => `Phương án ${o} của câu ${n}`),
      correct: [n % 4],
      explanation: `Giải thích của câu ${n}: Luật Hòa giải ở cơ sở năm 2013.`,
    },
    admin,
  );
  if (added.status !== 201) throw new Error(`question ${n}: ${added.status}`);
}
/** The right option's text of a drawn question, from the bank's rule (option n % 4). */
const rightText = (text: string) => {
  const n = Number(/số (\d+)/.exec(text)?.[1]);
  return `Phương án ${'ABCD'[n % 4]} của câu ${n}`;
};

// ---- registration and start, everyone at once ----
const client = (i: number) => ({ 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
const registerMs: number[] = [];
const startMs: number[] = [];
const people = await Promise.all(
  Array.from({ length: PARTICIPANTS }, async (_, i) => {
    const form = await call<ContestForm>('GET', `/contests/${contestId}/form`, undefined, client(i));
    const registered = await call<{ participantToken: string }>(
      'POST',
      `/contests/${contestId}/participants`,
      {
        name: `Người dự thi ${i}`,
        phone: `09${String(10_000_000 + i).slice(-8)}`,
        birthYear: 1960 + (i % 45),
        commune: 'Xã Hòa Thạnh',
        consents: {
          version: form.data.consentVersion,
          takePart: true,
          publishResult: i % 2 === 0,
          prizeContact: true,
        },
        formToken: form.data.formToken,
      },
      { ...client(i), 'Idempotency-Key': `bench-register-${i}` },
    );
    if (registered.status !== 201)
      throw new Error(`register ${i}: ${registered.status} ${JSON.stringify(registered.data)}`);
    registerMs.push(registered.ms);
    const started = await call<Attempt>(
      'POST',
      `/contests/${contestId}/attempts`,
      { participantToken: registered.data.participantToken },
      client(i),
    );
    if (started.status !== 201)
      throw new Error(`start ${i}: ${started.status} ${JSON.stringify(started.data)}`);
    startMs.push(started.ms);
    return { i, attempt: started.data };
  }),
);

// ---- answering, with the node killed part-way ----
const total = PARTICIPANTS * QUESTIONS;
const saveMs: number[] = [];
const retried = { count: 0 };
/** What the server acknowledged (2xx): attempt key → question id → choices. */
const acknowledged = new Map<string, Map<number, number[]>>();
let saved = 0;
let killedAt = 0;
let outageMs = 0;

async function killAndRestart(): Promise<void> {
  down = true;
  const port = new URL(node.url).port;
  const started = performance.now();
  killedAt = saved;
  node.process.kill('SIGKILL');
  await new Promise((resolve) => node.process.once('exit', resolve));
  node = await startApiNode({ ...env, PORT: port });
  base = node.url;
  outageMs = performance.now() - started;
  down = false;
}

let restart: Promise<void> | undefined;
const answeringStarted = performance.now();
await Promise.all(
  people.map(async ({ i, attempt }) => {
    const mine = new Map<number, number[]>();
    acknowledged.set(attempt.key, mine);
    for (const question of attempt.questions) {
      await think();
      const right = question.options.indexOf(rightText(question.text));
      // Most get most right: the participant's own mix of right and wrong answers.
      const choice = (i + question.id) % 5 === 0 ? (right + 1) % question.options.length : right;
      const answer = await persist<unknown>(
        'PUT',
        `/attempts/${attempt.key}/answers/${question.id}`,
        { choices: [choice] },
        client(i),
        retried,
      );
      if (!down) saveMs.push(answer.ms);
      mine.set(question.id, [choice]);
      saved++;
      if (!restart && saved >= total * KILL_AT) restart = killAndRestart();
    }
  }),
);
await restart;
const answeringSeconds = (performance.now() - answeringStarted) / 1000;

// ---- submitting, everyone at once ----
const submitMs: number[] = [];
const submitStarted = performance.now();
const scored = await Promise.all(
  people.map(async ({ i, attempt }) => {
    const answer = await persist<Attempt>(
      'POST',
      `/attempts/${attempt.key}/submit`,
      { guess: 100 + i },
      client(i),
      retried,
    );
    submitMs.push(answer.ms);
    return answer.data;
  }),
);
const submitSeconds = (performance.now() - submitStarted) / 1000;

// ---- nothing lost, every attempt scored as the key says ----
let lost = 0;
let misScored = 0;
for (const attempt of scored) {
  const read = await call<Attempt>('GET', `/attempts/${attempt.key}`);
  const mine = acknowledged.get(attempt.key) ?? new Map<number, number[]>();
  let right = 0;
  for (const question of read.data.questions) {
    const expected = mine.get(question.id);
    if (!expected || JSON.stringify(question.choices) !== JSON.stringify(expected)) lost++;
    if (expected && question.options[expected[0] ?? -1] === rightText(question.text)) right++;
  }
  if (read.data.submittedAt === null || read.data.score?.correct !== right) misScored++;
}

await stopApiNode(node);
rmSync(dir, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `pnpm bench:contest — ${new Date().toISOString()}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${PARTICIPANTS} participants × ${QUESTIONS} questions on one SQLite node, think ${THINK_MS} ms ±50 %`,
);
console.log(`register: p50 ${ms(percentile(registerMs, 50))}, p95 ${ms(percentile(registerMs, 95))}`);
console.log(`start (draw + shuffle): p50 ${ms(percentile(startMs, 50))}, p95 ${ms(percentile(startMs, 95))}`);
console.log(
  `answers: ${saved} saved in ${answeringSeconds.toFixed(1)} s (${(saved / answeringSeconds).toFixed(1)}/s over the round); ` +
    `p50 ${ms(percentile(saveMs, 50))}, p95 ${ms(percentile(saveMs, 95))}, p99 ${ms(percentile(saveMs, 99))} (node up)`,
);
console.log(
  `kill -9 after ${killedAt} answers; node back in ${ms(outageMs)}; ${retried.count} requests sent again meanwhile`,
);
console.log(
  `submit (scoring): ${scored.length} in ${submitSeconds.toFixed(1)} s (${(scored.length / submitSeconds).toFixed(1)}/s); ` +
    `p50 ${ms(percentile(submitMs, 50))}, p95 ${ms(percentile(submitMs, 95))}`,
);
console.log(
  `after restart: ${lost} acknowledged answers missing, ${misScored} attempts unscored or scored wrong`,
);
if (lost > 0 || misScored > 0) process.exitCode = 1;
