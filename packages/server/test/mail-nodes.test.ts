import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { QuestionForm } from '@pbgdpl/contract';
import { type ApiNode, sampleQuestion, startApiNode, stopApiNodes } from './api-nodes.ts';
import { testDatabaseUrl } from './helpers.ts';
import { startSmtpSink } from './smtp-sink.ts';

/**
 * Two API processes on one database (a SQLite file or PostgreSQL), each running its mail sender
 * every second: while the SMTP server refuses, both keep failing and retrying; once it is back,
 * every message arrives exactly once.
 */
after(stopApiNodes);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(node: ApiNode, n: number): Promise<void> {
  const form = (await (await fetch(`${node.url}/api/v1/questions/form`)).json()) as QuestionForm;
  const response = await fetch(`${node.url}/api/v1/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(sampleQuestion(form, n)),
  });
  assert.equal(response.status, 201, await response.text());
}

test('SMTP down for a while with two nodes: each receipt arrives once after it returns', async () => {
  const sink = await startSmtpSink('down');
  const database = await testDatabaseUrl();
  const env = {
    DATABASE_URL: database,
    PBGDPL_SMTP_URL: sink.url,
    PBGDPL_MAIL_FROM: 'khong-tra-loi@stp.tayninh.gov.vn',
    PBGDPL_MAIL_POLL_SECONDS: '1',
    PBGDPL_MAIL_RETRY_SECONDS: '1',
    PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100000',
    PBGDPL_QUESTIONS_PER_HOUR: '100000',
  };
  const nodes = [await startApiNode(env), await startApiNode(env)];
  const count = 8;
  for (let n = 0; n < count; n++) await ask(nodes[n % 2]!, n);
  // Both nodes try and fail a few times while the server is away.
  await settle(2500);
  assert.equal(sink.received.length, 0);

  await sink.setUp(true);
  await sink.waitFor(count, 60_000);
  // Long enough for any second copy: several rounds of both senders.
  await settle(3000);
  const recipients = sink.received.map((mail) => mail.to[0]).sort();
  assert.deepEqual(
    recipients,
    Array.from({ length: count }, (_, n) => `thu${n}@example.vn`).sort(),
    'each message once',
  );
});
