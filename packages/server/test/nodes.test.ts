import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, test } from 'node:test';
import type { Banner, DocumentPage, QuestionForm, QuestionInput, QuestionReceipt } from '@pbgdpl/contract';
import pg from 'pg';
import { type ApiNode, sampleQuestion, startApiNode, stopApiNode, stopApiNodes } from './api-nodes.ts';
import { CONTENT_CHECK_MS } from '../src/http/response-cache.ts';
import { demoDocuments } from './demo-content.ts';
import { bannerInput, testDatabaseUrl, testDialect } from './helpers.ts';

/**
 * Real API processes (`pnpm start`'s entry) on one database (a SQLite file or PostgreSQL):
 * two nodes must behave as one (rate limits, idempotency keys and form tokens live in the database), and a node
 * killed with SIGKILL in the middle of a burst must not lose a question it answered 201 for.
 */
after(stopApiNodes);

const startNode = (database: string, env: Record<string, string> = {}) =>
  startApiNode({
    DATABASE_URL: database,
    PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100000',
    ...env,
  });

async function form(node: ApiNode): Promise<QuestionForm> {
  return (await (await fetch(`${node.url}/api/v1/questions/form`)).json()) as QuestionForm;
}

function post(node: ApiNode, body: QuestionInput, key: string): Promise<Response> {
  return fetch(`${node.url}/api/v1/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

test('two nodes on one database share the per-client limit and form tokens', async () => {
  const database = await testDatabaseUrl();
  const a = await startNode(database, { PBGDPL_QUESTIONS_PER_HOUR: '3' });
  const b = await startNode(database, { PBGDPL_QUESTIONS_PER_HOUR: '3' });
  try {
    const statuses: number[] = [];
    for (const [n, [from, to]] of [
      [a, b],
      [b, a],
      [a, b],
      [b, a],
    ].entries()) {
      // A form from one node is honoured by the other: the signing secret is shared.
      statuses.push((await post(to!, sampleQuestion(await form(from!), n), `two-nodes-${n}`)).status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  } finally {
    await stopApiNode(a);
    await stopApiNode(b);
  }
});

test('an Idempotency-Key sent to two nodes creates one question', async () => {
  const database = await testDatabaseUrl();
  const a = await startNode(database);
  const b = await startNode(database);
  try {
    const body = sampleQuestion(await form(a), 1);
    const first = await post(a, body, 'same-key-0001');
    const again = await post(b, body, 'same-key-0001');
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    const [one, two] = [(await first.json()) as QuestionReceipt, (await again.json()) as QuestionReceipt];
    assert.equal(two.trackingCode, one.trackingCode);
    const other = await post(b, { ...body, title: 'Một câu hỏi khác hẳn về đất đai' }, 'same-key-0001');
    assert.equal(other.status, 422, 'the same key with another body is refused');
  } finally {
    await stopApiNode(a);
    await stopApiNode(b);
  }
});

test('SIGKILL in the middle of a burst loses no question that was answered 201', async () => {
  const database = await testDatabaseUrl();
  const node = await startNode(database, { PBGDPL_QUESTIONS_PER_HOUR: '100000' });
  const forms = await Promise.all(Array.from({ length: 60 }, () => form(node)));
  const accepted: string[] = [];
  let answered = 0;
  const killed = new Promise<void>((resolve) => {
    const burst = forms.map(async (formData, n) => {
      try {
        const response = await post(node, sampleQuestion(formData, n), `burst-question-${n}`);
        if (response.status === 201) accepted.push(((await response.json()) as QuestionReceipt).trackingCode);
      } catch {
        // the connection died with the node: that question was never confirmed
      }
      if (++answered === 15) {
        node.process.kill('SIGKILL');
        resolve();
      }
    });
    void Promise.all(burst).then(() => resolve());
  });
  await killed;
  await once(node.process, 'exit').catch(() => undefined);
  assert.ok(accepted.length >= 10, `${accepted.length} accepted before the kill`);

  const restarted = await startNode(database);
  try {
    for (const code of accepted) {
      const response = await fetch(`${restarted.url}/api/v1/questions/status/${code}`);
      assert.equal(response.status, 200, `${code} was answered 201 but is gone`);
    }
  } finally {
    await stopApiNode(restarted);
  }
});

test('two nodes starting together on an empty database migrate and seed it once', async () => {
  const database = await testDatabaseUrl();
  const [a, b] = await Promise.all([startNode(database), startNode(database)]);
  try {
    const published = demoDocuments().filter((document) => document.published).length;
    for (const node of [a, b]) {
      const page = (await (await fetch(`${node.url}/api/v1/documents?pageSize=1`)).json()) as DocumentPage;
      assert.equal(page.total, published);
    }
  } finally {
    await stopApiNode(a);
    await stopApiNode(b);
  }
});

test('a write through the admin API of one node shows through the other within a second, cached or not', async () => {
  const database = await testDatabaseUrl();
  const token = 'nodes-admin-token-0123456789abcdef';
  const [a, b] = await Promise.all([
    startNode(database, { PBGDPL_ADMIN_TOKEN: token }),
    startNode(database, { PBGDPL_ADMIN_TOKEN: token }),
  ]);
  const first = async (node: ApiNode, path: string) =>
    ((await (await fetch(`${node.url}${path}`)).json()) as { items: Banner[] }).items[0]?.title;
  const asked = '/api/v1/banners?placement=leaderboard';
  const notAsked = '/api/v1/banners?placement=leaderboard&unit=so-tu-phap';
  try {
    const before = await first(b, asked);
    assert.equal(await first(b, asked), before, 'kept by node B');
    const created = await fetch(`${a.url}/api/v1/admin/banners`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...bannerInput, title: 'Ghi qua nút A', priority: 999 }),
    });
    assert.equal(created.status, 201, await created.text());
    assert.equal(await first(a, asked), 'Ghi qua nút A', 'at once on the node that wrote');
    // Node B reads the content version at most this long after it last did, before answering.
    await new Promise((resolve) => setTimeout(resolve, CONTENT_CHECK_MS));
    assert.equal(await first(b, asked), 'Ghi qua nút A', 'an answer node B had kept');
    assert.equal(await first(b, notAsked), 'Ghi qua nút A', 'an answer node B had not made yet');
  } finally {
    await stopApiNode(a);
    await stopApiNode(b);
  }
});

test(
  'on PostgreSQL, a node outlives its connections being dropped mid-burst and answers afterwards',
  { skip: testDialect !== 'postgres' },
  async () => {
    const database = await testDatabaseUrl();
    const node = await startNode(database, { PBGDPL_QUESTIONS_PER_HOUR: '100000' });
    const admin = new pg.Client({ connectionString: process.env.PBGDPL_TEST_POSTGRES });
    await admin.connect();
    try {
      const forms = await Promise.all(Array.from({ length: 150 }, () => form(node)));
      let done = false;
      const burst = Promise.all(
        forms.map((formData, n) =>
          post(node, sampleQuestion(formData, n), `dropped-${n}`).then((response) => response.status),
        ),
      ).finally(() => (done = true));
      // What a failover or an operator's pg_terminate_backend does to the node's open connections.
      for (let drops = 0; !done || drops === 0; drops++) {
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [new URL(database).pathname.slice(1)],
        );
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const statuses = await burst;
      assert.ok(
        statuses.every((status) => status === 201 || status === 500),
        statuses.join(),
      );
      assert.equal(node.process.exitCode, null, 'the node is still running');
      const after = await post(node, sampleQuestion(await form(node), 99), 'dropped-after');
      assert.equal(after.status, 201);
    } finally {
      await admin.end();
      await stopApiNode(node);
    }
  },
);

test('20 copies of one question with one key, spread over two nodes, store it once and all get its receipt', async () => {
  const database = await testDatabaseUrl();
  // Copies that counted as posts would trip the proof of work (after 1) and the limit (2).
  const env = { PBGDPL_QUESTION_CHALLENGE_AFTER: '1', PBGDPL_QUESTIONS_PER_HOUR: '2' };
  const [a, b] = await Promise.all([startNode(database, env), startNode(database, env)]);
  try {
    const body = sampleQuestion(await form(a), 2000);
    const receipts = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const response = await post(n % 2 ? b : a, body, 'twenty-copies-two-nodes');
          if (response.status === 201) return ((await response.json()) as QuestionReceipt).trackingCode;
          // A copy still running elsewhere: the client sends again after Retry-After.
          assert.equal(response.status, 409, await response.text());
          await new Promise((resolve) =>
            setTimeout(resolve, Number(response.headers.get('Retry-After')) * 1000),
          );
        }
        throw new Error(`copy ${n} got no receipt`);
      }),
    );
    assert.equal(new Set(receipts).size, 1, receipts.join());
    const next = await form(b);
    assert.ok(next.challenge, 'one question counted: the proof of work starts, no 429');
  } finally {
    await stopApiNode(a);
    await stopApiNode(b);
  }
});
