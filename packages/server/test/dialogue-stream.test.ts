import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type {
  AdminDialogueQuestion,
  AdminDialogueQuestionPage,
  DialoguePage,
  DialogueQuestion,
  QuestionForm,
} from '@pbgdpl/contract';
import { type ApiNode, startApiNode, stopApiNode, stopApiNodes } from './api-nodes.ts';
import { testConfig } from './helpers.ts';
import { openSse, type SseClient, type SseEvent } from './sse-client.ts';

/**
 * The live stream of a dialogue session, against API processes as `pnpm start` runs them
 * (on SQLite, and on PostgreSQL under `pnpm test:server:postgres`): what a moderator does in the
 * admin API arrives on open streams, a restarted node replays what a client missed, idle
 * streams get their heartbeat, and a change on one node reaches a stream on another.
 */
after(stopApiNodes);

const ADMIN = 'stream-test-admin-token-0123456789abcdef';
const ASKER = { name: 'Phạm Thị Riêng Tư', phone: '0987 654 321', email: 'rieng.tu@example.vn' };

/** Env for nodes on one seeded database (a copy of the seeded SQLite file, or a PostgreSQL database). */
async function databaseEnv(): Promise<Record<string, string>> {
  const config = await testConfig({}, true);
  const url = config.database.dialect === 'sqlite' ? `file:${config.database.path}` : config.database.url;
  return {
    DATABASE_URL: url,
    PBGDPL_MEDIA_DIR: config.media.dir,
    PBGDPL_ADMIN_TOKEN: ADMIN,
    PBGDPL_STREAM_POLL_MS: '200',
    PBGDPL_STREAM_HEARTBEAT_SECONDS: '1',
    PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
    PBGDPL_QUESTION_CHALLENGE_AFTER: '1000',
    PBGDPL_QUESTIONS_PER_HOUR: '1000',
  };
}

async function admin<T>(node: ApiNode, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${node.url}/api/v1/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
  return (await response.json()) as T;
}

async function liveSession(node: ApiNode): Promise<number> {
  const page = (await (await fetch(`${node.url}/api/v1/dialogues?state=live`)).json()) as DialoguePage;
  const live = page.items[0];
  assert.ok(live, 'the demo has a live session');
  return live.id;
}

/** A citizen asks `dialogueId` with their name, phone and e-mail, not consenting to show the name. */
async function ask(node: ApiNode, dialogueId: number, body: string): Promise<number> {
  const form = (await (
    await fetch(`${node.url}/api/v1/dialogues/${dialogueId}/form`)
  ).json()) as QuestionForm;
  const response = await fetch(`${node.url}/api/v1/dialogues/${dialogueId}/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ...ASKER,
      organisation: 'Công ty Riêng Tư',
      body,
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
      formToken: form.formToken,
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return ((await response.json()) as { id: number }).id;
}

const moderate = (node: ApiNode, id: number, body: Record<string, unknown>) =>
  admin<AdminDialogueQuestion>(node, 'POST', `/dialogue-questions/${id}/moderation`, body);

async function answerAndPublish(node: ApiNode, id: number, html: string) {
  await admin(node, 'PUT', `/dialogue-questions/${id}/answer`, {
    html,
    answeredBy: 'Huỳnh Văn Tài',
    answererTitle: 'Chủ tịch Ủy ban nhân dân xã',
  });
  return admin<AdminDialogueQuestion>(node, 'PUT', `/dialogue-questions/${id}/published`, {
    published: true,
  });
}

const streamUrl = (node: ApiNode, id: number) => `${node.url}/api/v1/dialogues/${id}/stream`;
const isQuestion = (id: number, test: (q: DialogueQuestion) => boolean) => (event: SseEvent) =>
  event.event === 'question' &&
  test(JSON.parse(event.data ?? '{}') as DialogueQuestion) &&
  (JSON.parse(event.data ?? '{}') as DialogueQuestion).id === id;

/** No e-mail, phone, organisation or unconsented name of any asker of the session in `raw`. */
async function assertNoAskerData(node: ApiNode, dialogueId: number, raw: string) {
  const queue = await admin<AdminDialogueQuestionPage>(
    node,
    'GET',
    `/dialogue-questions?dialogue=${dialogueId}&pageSize=100`,
  );
  const secrets = [ASKER.email, ASKER.phone, ASKER.name, 'Công ty Riêng Tư'];
  for (const question of queue.items) {
    const { sender } = question;
    secrets.push(...[sender.email, sender.phone].filter((value): value is string => Boolean(value)));
  }
  for (const secret of secrets) assert.ok(!raw.includes(secret), `the stream leaks "${secret}"`);
}

// At the file's level: the database's folder lives as long as the file's tests.
const env = await databaseEnv();
let node: ApiNode;
before(async () => {
  node = await startApiNode(env);
});

test('a moderator accepts, answers and publishes: each change reaches an open stream, without personal data', async () => {
  const dialogueId = await liveSession(node);
  const stream = await openSse(streamUrl(node, dialogueId), { 'Accept-Encoding': 'gzip, br' });
  try {
    const { headers } = stream.response;
    assert.equal(stream.response.status, 200);
    assert.equal(headers.get('Content-Type'), 'text/event-stream; charset=utf-8');
    assert.equal(headers.get('Cache-Control'), 'no-cache');
    assert.equal(headers.get('X-Accel-Buffering'), 'no');
    assert.equal(headers.get('Content-Encoding'), null, 'never compressed');
    assert.equal(headers.get('ETag'), null, 'never cached');
    const ready = await stream.next((event) => event.event === 'ready');
    assert.equal(stream.events[0]?.retry, '3000');
    assert.match(ready.id ?? '', /^\d+$/);

    const asked = await ask(node, dialogueId, 'Xin hỏi mức chi hỗ trợ cho tổ hòa giải năm nay là bao nhiêu?');
    await moderate(node, asked, { action: 'accept' });
    const accepted = await stream.next(
      isQuestion(asked, (q) => q.status === 'accepted' && q.answer === null),
    );
    assert.ok(Number(accepted.id) > Number(ready.id));
    const body = JSON.parse(accepted.data ?? '{}') as DialogueQuestion;
    assert.equal(body.askerName, null);
    assert.equal(body.organisation, null);

    await answerAndPublish(node, asked, '<p>Mức chi theo Nghị quyết của Hội đồng nhân dân tỉnh.</p>');
    const published = await stream.next(isQuestion(asked, (q) => q.answer !== null));
    assert.match(JSON.parse(published.data ?? '{}').answer.html, /Nghị quyết/);
    assert.ok(Number(published.id) > Number(accepted.id));

    await moderate(node, asked, { action: 'reject', reason: 'Câu hỏi đã được trả lời trong văn bản.' });
    const withdrawn = await stream.next((event) => event.event === 'withdrawn');
    assert.deepEqual(JSON.parse(withdrawn.data ?? '{}'), { id: asked });

    // A question asked and still pending is not public: nothing of it on the stream.
    await ask(node, dialogueId, 'Câu hỏi chưa duyệt, không được hiện trên trang.');
    await stream.next((event) => event.comment === 'ping', 10_000, stream.events.length);
    assert.doesNotMatch(stream.raw, /chưa duyệt/);
    await assertNoAskerData(node, dialogueId, stream.raw);
  } finally {
    await stream.close();
  }
  // A session that is not public has no stream.
  const missing = await fetch(streamUrl(node, 999999));
  assert.equal(missing.status, 404);
  assert.match(missing.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
});

test('the session moves on: its streams get the session as the public sees it', async () => {
  const page = (await (await fetch(`${node.url}/api/v1/dialogues?state=collecting`)).json()) as DialoguePage;
  const dialogueId = page.items[0]?.id ?? 0;
  const stream = await openSse(streamUrl(node, dialogueId));
  try {
    await stream.next((event) => event.event === 'ready');
    await admin(node, 'PUT', `/dialogues/${dialogueId}/session-state`, { state: 'live' });
    const session = await stream.next((event) => event.event === 'session');
    assert.equal(JSON.parse(session.data ?? '{}').state, 'live');
    assert.equal(JSON.parse(session.data ?? '{}').id, dialogueId);
  } finally {
    await stream.close();
  }
});

test('an idle stream gets its heartbeat (PBGDPL_STREAM_HEARTBEAT_SECONDS)', async () => {
  const page = (await (await fetch(`${node.url}/api/v1/dialogues?state=upcoming`)).json()) as DialoguePage;
  const stream = await openSse(streamUrl(node, page.items[0]?.id ?? 0));
  try {
    const ready = stream.events.length;
    await stream.next((event) => event.comment === 'ping', 10_000, ready);
    const first = stream.events.findIndex((event, i) => i >= ready && event.comment === 'ping');
    await stream.next((event) => event.comment === 'ping', 10_000, first + 1);
  } finally {
    await stream.close();
  }
});

test('the node is killed and started again: the client resumes with Last-Event-ID and misses nothing', async () => {
  const dialogueId = await liveSession(node);
  const first = await ask(node, dialogueId, 'Câu hỏi thứ nhất trong lúc máy chủ khởi động lại?');
  const second = await ask(node, dialogueId, 'Câu hỏi thứ hai trong lúc máy chủ khởi động lại?');
  let stream: SseClient = await openSse(streamUrl(node, dialogueId));
  const ready = await stream.next((event) => event.event === 'ready');
  node.process.kill('SIGKILL');
  await stream.waitEnd();
  await stream.close();
  await stopApiNode(node);

  node = await startApiNode(env);
  // Changes made while the client was away, before it reconnects.
  await moderate(node, first, { action: 'accept' });
  await moderate(node, second, { action: 'accept' });
  await answerAndPublish(node, first, '<p>Trả lời câu hỏi thứ nhất.</p>');
  stream = await openSse(streamUrl(node, dialogueId), { 'Last-Event-ID': ready.id ?? '' });
  try {
    await stream.next(isQuestion(first, (q) => q.answer !== null));
    await stream.next(isQuestion(second, (q) => q.status === 'accepted'));
    assert.ok(!stream.events.some((event) => event.event === 'ready'), 'a replay, not a reload');
    // Replayed in id order, each item once at its latest state.
    const ids = stream.events.filter((event) => event.id).map((event) => Number(event.id));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a - b),
    );
    // Then live again.
    await answerAndPublish(node, second, '<p>Trả lời câu hỏi thứ hai.</p>');
    await stream.next(isQuestion(second, (q) => q.answer !== null));
  } finally {
    await stream.close();
  }
  // An id this database never gave: the client is told to reload.
  const stranger = await openSse(streamUrl(node, dialogueId), { 'Last-Event-ID': '999999999' });
  try {
    await stranger.next((event) => event.event === 'ready');
  } finally {
    await stranger.close();
  }
});

test('two nodes on one database: a change on node A reaches a stream on node B; B holds its most streams', async () => {
  const nodeB = await startApiNode({ ...env, PBGDPL_STREAM_MAX: '1' });
  const dialogueId = await liveSession(node);
  const stream = await openSse(streamUrl(nodeB, dialogueId));
  try {
    await stream.next((event) => event.event === 'ready');
    const full = await fetch(streamUrl(nodeB, dialogueId), { headers: { 'Accept-Language': 'vi' } });
    assert.equal(full.status, 503);
    assert.equal(full.headers.get('Retry-After'), '30');
    assert.match(((await full.json()) as { detail: string }).detail, /quá nhiều người theo dõi/);

    const asked = await ask(node, dialogueId, 'Câu hỏi gửi ở máy A, xem ở máy B có thấy không?');
    await moderate(node, asked, { action: 'accept' });
    await stream.next(isQuestion(asked, (q) => q.status === 'accepted'));
  } finally {
    await stream.close();
  }
  // The client hung up: its place on node B is free again.
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
    const again = await fetch(streamUrl(nodeB, dialogueId));
    status = again.status;
    await again.body?.cancel();
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(status, 200);
});
