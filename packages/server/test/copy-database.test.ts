import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DocumentPage, QuestionForm, QuestionReceipt } from '@pbgdpl/contract';
import { createApp } from '../src/app.ts';
import { runCli } from '../src/cli/run.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import type { Db } from '../src/db/schema.ts';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { COPIED_TABLES } from '../src/transfer/copy-database.ts';
import { bannerInput, json, makeApp, tempDir, testDatabaseUrl } from './helpers.ts';

/**
 * `pnpm cli copy-database`: a province's SQLite file moved whole into another database, the
 * one under test (PostgreSQL in `pnpm test:server:postgres`): the same rows, the same answers.
 */
async function rowsOf(db: Db, table: (typeof COPIED_TABLES)[number]): Promise<string[]> {
  return (await db.selectFrom(table).selectAll().execute()).map((row) => JSON.stringify(row)).sort();
}

/** A seeded SQLite site that has been used: a token, beacons and a citizen's question. */
async function usedSqliteSite() {
  const path = join(tempDir(), 'source.sqlite');
  const source = await makeApp({ config: { database: { dialect: 'sqlite', path } } });
  const { token } = await tokensRepository(source.database.db).create('Quản trị', 'admin', source.clock());
  const beacon = JSON.stringify({
    pageViewId: 'pv-copy0001',
    events: [{ type: 'impression', subject: 'banner', subjectId: '1', unit: 'so-tu-phap' }],
  });
  assert.equal((await source.app.request('/api/v1/events', { method: 'POST', body: beacon })).status, 202);
  const form = await json<QuestionForm>(await source.app.request('/api/v1/questions/form'));
  source.clock.set(new Date(source.clock().getTime() + 60_000));
  const asked = await source.app.request('/api/v1/questions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'copy-database-0001' },
    body: JSON.stringify({
      name: 'Lê Văn Chuyển',
      email: 'chuyen@example.vn',
      field: 'dat-dai',
      title: 'Chuyển nhượng quyền sử dụng đất nông nghiệp cần giấy tờ gì?',
      body: 'Tôi muốn chuyển nhượng một thửa đất trồng lúa cho người cùng xã, cần chuẩn bị những giấy tờ gì?',
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
      formToken: form.formToken,
    }),
  });
  assert.equal(asked.status, 201);
  const { trackingCode } = await json<QuestionReceipt>(asked);
  return { source, token, trackingCode, url: `file:${path}` };
}

async function cli(sourceUrl: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { DATABASE_URL: sourceUrl },
    cwd: tempDir(),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('copy-database moves every row, rebuilds the search, and the copy answers as the original', async () => {
  const { source, token, trackingCode, url } = await usedSqliteSite();
  const targetUrl = await testDatabaseUrl();
  const copied = await cli(url, 'copy-database', targetUrl);
  assert.equal(copied.code, 0, copied.err);
  assert.match(copied.out, /Đã sao chép \d+ dòng/);

  const targetConfig = loadConfig({ DATABASE_URL: targetUrl });
  const target = openDatabase(targetConfig.database);
  try {
    for (const table of COPIED_TABLES) {
      assert.deepEqual(await rowsOf(target.db, table), await rowsOf(source.database.db, table), table);
    }
    const copy = createApp({ db: target.db, config: targetConfig, clock: source.clock });
    for (const path of [
      // By date: relevance orders are each dialect's own (documents-search-agreement.test.ts).
      '/api/v1/documents?q=%C4%91%E1%BA%A5t%20%C4%91ai&sort=issued&pageSize=20',
      '/api/v1/documents?q=45%2F2019&sort=issued&pageSize=5',
      '/api/v1/questions?pageSize=50',
      `/api/v1/questions/status/${trackingCode}`,
      '/api/v1/videos?pageSize=50',
      '/api/v1/stats?year=2026',
      '/api/v1/site',
    ]) {
      const [before, after] = [await source.app.request(path), await copy.request(path)];
      assert.equal(after.status, before.status, path);
      assert.deepEqual(await after.json(), await before.json(), path);
    }
    const page = await json<DocumentPage>(await copy.request('/api/v1/documents?q=dat%20dai'));
    assert.ok(page.total > 0, 'the rebuilt index finds documents');

    // The editors' tokens came along, and new rows get new ids above the copied ones.
    const created = await copy.request('/api/v1/admin/banners', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(bannerInput),
    });
    assert.equal(created.status, 201);
    const ids = (await source.database.db.selectFrom('banners').select('id').execute()).map((b) => b.id);
    assert.ok((await json<{ id: number }>(created)).id > Math.max(...ids));
  } finally {
    await target.close();
  }
});

test('copy-database refuses a target that is not empty and writes nothing to it', async () => {
  const { url } = await usedSqliteSite();
  const target = await makeApp(); // seeded: what a node started on it would have done
  const before = await rowsOf(target.database.db, 'documents');
  const targetUrl =
    target.config.database.dialect === 'postgres'
      ? target.config.database.url
      : `file:${target.config.database.path}`;
  const refused = await cli(url, 'copy-database', targetUrl);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /CSDL đích không trống: bảng units/);
  assert.deepEqual(await rowsOf(target.database.db, 'documents'), before);

  assert.equal((await cli(url, 'copy-database')).code, 2, 'no target');
  const bad = await cli(url, 'copy-database', 'postgres://db.local');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /DATABASE_URL/);
});

test('every table the migrations create is copied, except what each database keeps for itself', async () => {
  const { database } = await makeApp({ seed: false });
  // The full-text index each dialect rebuilds, the content version its triggers move, and the
  // leases its own nodes hold on periodic jobs.
  const kept = new Set(['content_version', 'job_leases']);
  const tables = (await database.db.introspection.getTables())
    .map((table) => table.name)
    .filter(
      (name) => !name.startsWith('kysely_') && !/^documents_(fts|search)/.test(name) && !kept.has(name),
    );
  assert.deepEqual(tables.sort(), [...COPIED_TABLES].sort());
});
