import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { QuestionForm } from '@pbgdpl/contract';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { usersRepository } from '../src/repositories/users.ts';
import { type ApiNode, sampleQuestion, startApiNode, stopApiNode, stopApiNodes } from './api-nodes.ts';
import { testDatabaseUrl } from './helpers.ts';
import { startSmtpSink } from './smtp-sink.ts';

/**
 * Two API processes on one database (PostgreSQL under `with-postgres.ts`), each running the
 * overdue job every second: questions a month old reach their unit's officer and the
 * administrator once, while both nodes run and after one of them stops and the other takes over.
 */
after(stopApiNodes);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const COMMUNE = 'xa-hoa-thanh';
const OFFICER = 'canbo@hoathanh.tayninh.gov.vn';
const ADMIN = 'quantri@sotuphap.tayninh.gov.vn';

async function ask(node: ApiNode, n: number): Promise<string> {
  const form = (await (await fetch(`${node.url}/api/v1/questions/form`)).json()) as QuestionForm;
  const response = await fetch(`${node.url}/api/v1/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...sampleQuestion(form, n), unit: COMMUNE }),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return (JSON.parse(text) as { trackingCode: string }).trackingCode;
}

test('two nodes: each overdue question is told once to each person, also when one node stops', async () => {
  const sink = await startSmtpSink();
  const url = await testDatabaseUrl();
  const env = {
    DATABASE_URL: url,
    PBGDPL_SMTP_URL: sink.url,
    PBGDPL_MAIL_FROM: 'khong-tra-loi@stp.tayninh.gov.vn',
    PBGDPL_MAIL_POLL_SECONDS: '1',
    PBGDPL_OVERDUE_CHECK_SECONDS: '1',
    PBGDPL_ADMIN_EMAIL: ADMIN,
    PBGDPL_ADMIN_PASSWORD: 'ruộng lúa mùa nước nổi 2026',
    PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100000',
    PBGDPL_QUESTIONS_PER_HOUR: '100000',
  };
  const nodes = [await startApiNode(env), await startApiNode(env)];
  const database = openDatabase(loadConfig({ DATABASE_URL: url }).database);
  after(() => database.close());
  const db = database.db;
  const users = usersRepository(db);
  const officer = await users.create(
    { email: OFFICER, name: 'Cán bộ xã', role: 'contributor', unitId: COMMUNE, active: true },
    new Date(),
  );
  await users.setPassword(officer.id, 'scrypt:test-only-not-a-real-hash', new Date());

  /** Questions asked through either node, then made a month old (the nodes run on the real clock). */
  const askOld = async (from: number, count: number, through: ApiNode[]) => {
    const codes: string[] = [];
    for (let n = from; n < from + count; n++) codes.push(await ask(through[n % through.length]!, n));
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString();
    await db
      .updateTable('questions')
      .set({ received_at: monthAgo })
      .where('tracking_code', 'in', codes)
      .execute();
    return codes;
  };
  const overdueTo = (codes: string[]) =>
    sink.received.filter(
      (mail) => /quá hạn/.test(mail.subject) && codes.some((c) => mail.subject.endsWith(c)),
    );
  const waitForOverdue = async (codes: string[]) => {
    for (let i = 0; i < 300 && overdueTo(codes).length < codes.length * 2; i++) await settle(100);
  };

  const first = await askOld(0, 4, nodes);
  await waitForOverdue(first);
  // One node stops; once its lease runs out (two seconds) the other does the work.
  await stopApiNode(nodes[0]!);
  const second = await askOld(4, 2, [nodes[1]!]);
  await waitForOverdue(second);
  // Several more rounds, for any second copy.
  await settle(3000);

  for (const code of [...first, ...second]) {
    const to = overdueTo([code])
      .map((mail) => mail.to[0])
      .sort();
    assert.deepEqual(to, [OFFICER, ADMIN].sort(), `${code}: each person once`);
  }
  const everyOverdue = sink.received.filter((mail) => /quá hạn/.test(mail.subject));
  const pairs = everyOverdue.map((mail) => `${mail.to[0]} ${mail.subject}`);
  assert.equal(new Set(pairs).size, pairs.length, 'no notice twice, the demo questions included');
  const noticed = await db.selectFrom('question_overdue_notices').select('question_id').execute();
  assert.ok(noticed.length >= 6);
});
