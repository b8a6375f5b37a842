import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Source } from '@pbgdpl/contract';
import { sql } from 'kysely';
import { sourcesRepository } from '../src/repositories/sources.ts';
import { addressGuard } from '../src/sources/address-guard.ts';
import { sourceSync } from '../src/sources/sync.ts';
import { json, testDialect } from './helpers.ts';
import { counts, sourcesApp, startFakeVbpl, UPSTREAM_FAILURES } from './sources-upstreams.ts';

async function vbplSetup(env: Record<string, string> = {}) {
  const t = await sourcesApp({ PBGDPL_SOURCES_TIMEOUT_SECONDS: '1', ...env });
  const vbpl = await startFakeVbpl();
  const source = await t.addSource({
    name: 'CSDL quốc gia',
    kind: 'vbpl-json',
    url: vbpl.listUrl,
    mapping: { detailUrl: vbpl.detailUrl },
  });
  return { ...t, vbpl, source };
}

for (const [behaviour, reason] of UPSTREAM_FAILURES) {
  test(`an upstream that answers ${behaviour}: the run fails with the reason logged, nothing is written`, async () => {
    const t = await vbplSetup();
    t.vbpl.state.list = behaviour;
    const run = await t.run(t.source.id);
    assert.equal(run.outcome, 'failed');
    assert.match(run.error ?? '', reason);
    assert.deepEqual(
      run.log.map((line) => [line.upstreamId, line.outcome]),
      [[null, null]],
    );
    assert.match(run.log[0]!.message, reason);
    assert.deepEqual(counts(run), [0, 0, 0, 0, 0]);
    assert.equal(await t.documentCount(), 0);
    const items = await t.database.db.selectFrom('source_items').selectAll().execute();
    assert.deepEqual(items, []);
    const stored = (await sourcesRepository(t.database.db).getStored(t.source.id))!;
    assert.equal(stored.failures, 1);
    assert.equal(stored.etag, null);
  });
}

test('429/5xx back off: the next scheduled run waits at least Retry-After, and doubles with each failure', async () => {
  const t = await vbplSetup();
  const put = await t.call(
    'PUT',
    `/admin/sources/${t.source.id}`,
    {
      name: t.source.name,
      kind: t.source.kind,
      url: t.source.url,
      mapping: t.source.mapping,
      intervalMinutes: 30,
    },
    t.admin,
    { 'If-Match': `"${t.source.version}"` },
  );
  assert.equal(put.status, 200, await put.clone().text());
  t.vbpl.state.list = 'error-500';
  const sync = sourceSync(t.database.db, t.config, t.clock);
  assert.equal(await sync.runDue(), 1);
  const afterFirst = (await sourcesRepository(t.database.db).get(t.source.id))!;
  // Retry-After: 7200 s beats the 30-minute interval.
  assert.equal(afterFirst.nextRunAt, new Date(t.clock().getTime() + 7_200_000).toISOString());
  assert.equal(await sync.runDue(), 0, 'not due before then');
  t.clock.set(afterFirst.nextRunAt!);
  t.vbpl.state.list = 'hang';
  assert.equal(await sync.runDue(), 1);
  const afterSecond = (await sourcesRepository(t.database.db).get(t.source.id))!;
  assert.equal(afterSecond.failures, 2);
  assert.equal(
    afterSecond.nextRunAt,
    new Date(t.clock().getTime() + 60 * 60_000).toISOString(),
    'twice the interval',
  );
  t.clock.set(afterSecond.nextRunAt!);
  t.vbpl.state.list = 'ok';
  assert.equal(await sync.runDue(), 1);
  const recovered = (await sourcesRepository(t.database.db).get(t.source.id))!;
  assert.equal(recovered.failures, 0);
  assert.equal(recovered.nextRunAt, new Date(t.clock().getTime() + 30 * 60_000).toISOString());
  assert.equal(await t.documentCount(), 3);

  const manualOnly = await t.call(
    'PUT',
    `/admin/sources/${t.source.id}`,
    {
      name: t.source.name,
      kind: t.source.kind,
      url: t.source.url,
      mapping: t.source.mapping,
      intervalMinutes: null,
    },
    t.admin,
    { 'If-Match': `"${recovered.version}"` },
  );
  assert.equal((await json<Source>(manualOnly)).nextRunAt, null, 'without a schedule it only runs on demand');
  t.clock.set(new Date(t.clock().getTime() + 7 * 24 * 60 * 60_000));
  assert.equal(await sync.runDue(), 0);
});

test('a detail failing halfway: the items before it are written whole, the rest wait for the next run', async () => {
  const t = await vbplSetup();
  t.vbpl.state.failing.add(170002);
  const run = await t.run(t.source.id);
  assert.equal(run.outcome, 'failed');
  assert.deepEqual(counts(run), [1, 0, 0, 0, 0]);
  assert.equal(await t.documentCount(), 1);
  const resolution = (await t.publicDocument('15/2026/NQ-HĐND'))!;
  assert.equal(resolution.attachments.length, 1);
  const stored = (await sourcesRepository(t.database.db).getStored(t.source.id))!;
  assert.equal(stored.etag, null, 'a failed run keeps no validators: the next one reads the list again');

  t.vbpl.state.failing.clear();
  const next = await t.run(t.source.id);
  assert.deepEqual(counts(next), [2, 0, 1, 1, 0]);
});

test('a listed item whose detail is gone is rejected with the reason; the run goes on', async () => {
  const t = await vbplSetup();
  t.vbpl.state.ghosts.push(170999);
  const run = await t.run(t.source.id);
  assert.equal(run.outcome, 'finished');
  assert.deepEqual(counts(run), [3, 0, 0, 2, 0]);
  assert.match(run.log.find((line) => line.upstreamId === '170999')!.message, /trả lời 404/);
});

test('without the loopback allowance (production), a source on 127.0.0.1 is refused', async () => {
  const t = await vbplSetup({ PBGDPL_SOURCES_ALLOW_LOOPBACK: 'off' });
  const run = await t.run(t.source.id);
  assert.equal(run.outcome, 'failed');
  assert.match(run.error ?? '', /127\.0\.0\.1: địa chỉ nội bộ/);
  assert.deepEqual(t.vbpl.state.requests, [], 'no request left the server');
});

test('one node at a time: a source leased elsewhere is busy (409); of two nodes polling at once, one runs it', async () => {
  const t = await vbplSetup();
  const other = sourcesRepository(t.database.db);
  assert.equal(await other.claim(t.source.id, 'another-node', t.clock(), 60_000), true);
  const busy = await t.call('POST', `/admin/sources/${t.source.id}/run`);
  assert.equal(busy.status, 409);
  assert.match((await json<{ detail: string }>(busy)).detail, /đang được đồng bộ/);
  // The other node died: its lease runs out.
  t.clock.set(new Date(t.clock().getTime() + 61_000));
  await t.call(
    'PUT',
    `/admin/sources/${t.source.id}`,
    {
      name: t.source.name,
      kind: t.source.kind,
      url: t.source.url,
      mapping: t.source.mapping,
      intervalMinutes: 60,
    },
    t.admin,
    { 'If-Match': `"${t.source.version}"` },
  );
  const nodes = [sourceSync(t.database.db, t.config, t.clock), sourceSync(t.database.db, t.config, t.clock)];
  const ran = await Promise.all(nodes.map((node) => node.runDue()));
  assert.deepEqual(ran.sort(), [0, 1]);
  const runs = await t.database.db.selectFrom('source_runs').select(['trigger', 'outcome']).execute();
  assert.deepEqual(runs, [{ trigger: 'schedule', outcome: 'finished' }]);
});

test('sources are for administrators, checked like every input', async () => {
  const t = await sourcesApp();
  const input = { name: 'CSDL', kind: 'vbpl-json', url: 'https://vbpl.vn/api/danh-sach' };
  assert.equal((await t.call('GET', '/admin/sources', undefined, t.editor)).status, 403);
  assert.equal((await t.call('POST', '/admin/sources', input, t.editor)).status, 403);
  const missing = await t.call('POST', '/admin/sources', input);
  assert.equal(missing.status, 400);
  const problem = await json<{ errors: Record<string, string[]> }>(missing);
  assert.match(problem.errors['mapping.detailUrl']?.[0] ?? '', /\{itemId\}/);
  const bad = await t.call('POST', '/admin/sources', { ...input, url: 'file:///etc/passwd', kind: 'ftp' });
  assert.deepEqual(Object.keys((await json<{ errors: object }>(bad)).errors).sort(), ['kind', 'url']);
  assert.equal((await t.call('POST', '/admin/sources/999/run')).status, 404);
  const created = await t.addSource({
    ...input,
    mapping: { detailUrl: 'https://vbpl.vn/api/chi-tiet/{itemId}' },
  });
  const list = await json<{ items: Source[] }>(await t.call('GET', '/admin/sources'));
  assert.deepEqual(
    list.items.map((s) => [s.id, s.intervalMinutes, s.nextRunAt]),
    [[created.id, null, null]],
  );
  assert.equal((await t.call('DELETE', `/admin/sources/${created.id}`)).status, 204);
});

test('the address guard refuses private, link-local and mapped addresses, also behind a name', async () => {
  const strict = addressGuard(false);
  for (const address of [
    '169.254.169.254',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '127.0.0.1',
    '0.0.0.0',
    '100.64.0.1',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
  ])
    assert.equal(strict.allows(address), false, address);
  for (const address of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888'])
    assert.equal(strict.allows(address), true, address);
  assert.equal(addressGuard(true).allows('127.0.0.1'), true);
  assert.equal(addressGuard(true).allows('::1'), true);
  assert.equal(addressGuard(true).allows('169.254.169.254'), false);

  // A name that resolves to a refused address is refused after DNS, before any connection.
  const t = await sourcesApp({ PBGDPL_SOURCES_ALLOW_LOOPBACK: 'off' });
  const vbpl = await startFakeVbpl();
  const source = await t.addSource({
    name: 'Máy nội bộ',
    kind: 'vbpl-json',
    url: vbpl.listUrl.replace('127.0.0.1', 'localhost'),
    mapping: { detailUrl: vbpl.detailUrl },
  });
  const run = await t.run(source.id);
  assert.match(run.error ?? '', /localhost → (127\.0\.0\.1|::1): địa chỉ nội bộ/);
  assert.deepEqual(vbpl.state.requests, []);
});

test('an item whose write fails is rolled back whole: no document without its sync record', async () => {
  const t = await vbplSetup();
  // The database refuses the sync record of one item, after its document was inserted.
  if (testDialect === 'postgres') {
    await sql`create function refuse_item() returns trigger language plpgsql as $$
      begin if new.upstream_id = '170003' then raise exception 'refused by the test'; end if; return new; end $$`.execute(
      t.database.db,
    );
    await sql`create trigger refuse_item before insert on source_items for each row execute function refuse_item()`.execute(
      t.database.db,
    );
  } else {
    await sql`create trigger refuse_item before insert on source_items when new.upstream_id = '170003'
      begin select raise(abort, 'refused by the test'); end`.execute(t.database.db);
  }
  const run = await t.run(t.source.id);
  assert.deepEqual(counts(run), [2, 0, 0, 2, 0]);
  assert.match(run.log.find((line) => line.upstreamId === '170003')!.message, /refused by the test/);
  assert.equal(await t.publicDocument('02/VBHN-UBND'), undefined, 'its document was rolled back');
  assert.equal(await t.documentCount(), 2);
});
