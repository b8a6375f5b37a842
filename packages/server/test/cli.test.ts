import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import type { Unit } from '@pbgdpl/contract';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { cliRunner, testDialect } from './helpers.ts';

test('tokens create prints the token once and stores only its hash; list and revoke', async () => {
  const { run, databaseUrl } = await cliRunner();
  const created = await run('tokens', 'create', '--role', 'editor', '--name', 'Trần Thị B');
  assert.equal(created.code, 0);
  const token = created.out.match(/pbgdpl_[A-Za-z0-9_-]{43}/)?.[0];
  assert.ok(token, created.out);

  const database = openDatabase(loadConfig({ DATABASE_URL: databaseUrl }).database);
  const dump = JSON.stringify(await database.db.selectFrom('tokens').selectAll().execute());
  await database.close();
  assert.ok(!dump.includes(token), 'plaintext token stored');

  const listed = await run('tokens', 'list');
  assert.match(listed.out, /^1\teditor\tTrần Thị B\t/);
  assert.ok(!listed.out.includes(token), 'list never shows tokens');

  assert.equal((await run('tokens', 'revoke', '1')).code, 0);
  assert.match((await run('tokens', 'list')).out, /đã thu hồi/);
  const again = await run('tokens', 'revoke', '1');
  assert.equal(again.code, 1);
  assert.match(again.err, /Không có mã truy cập số 1/);
});

test('bad usage: clear message and a non-zero exit code', async () => {
  const { run } = await cliRunner();
  const badRole = await run('tokens', 'create', '--role', 'owner', '--name', 'X');
  assert.equal(badRole.code, 2);
  assert.match(badRole.err, /--role contributor\|editor\|admin/);
  assert.equal((await run('tokens', 'create', '--role', 'admin')).code, 2);
  assert.equal((await run('nope')).code, 2);
  assert.equal((await run('--bogus-flag')).code, 2);
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Cách dùng \/ Usage/);
});

test('export then import into another database gives the same content', async () => {
  const source = await cliRunner();
  assert.match((await source.run('seed')).out, /Đã nạp/);
  assert.match((await source.run('seed')).out, /không nạp/, 'seed only when empty');
  assert.equal((await source.run('export', 'snapshot.json')).code, 0);
  const file = join(source.dir, 'snapshot.json');

  const target = await cliRunner();
  assert.equal((await target.run('migrate')).code, 0);
  const imported = await target.run('import', file);
  assert.equal(imported.code, 0, imported.err);
  const exported = JSON.parse((await target.run('export')).out) as Record<string, unknown>;
  const original = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const key of ['settings', 'units', 'links', 'banners'])
    assert.deepEqual(exported[key], original[key], key);
});

test('a unit has several successors; a file that names one successorId still imports', async () => {
  const source = await cliRunner();
  await source.run('seed');
  const snapshot = JSON.parse((await source.run('export')).out) as { units: Array<Record<string, unknown>> };
  const district = snapshot.units.find((unit) => unit.id === 'thanh-pho-tay-ninh')!;
  Object.assign(district, { successorId: 'phuong-tan-ninh', successorIds: ['phuong-tan-ninh', 'tay-ninh'] });
  // As files exported before units had several successors say it: no successorIds.
  const ward = snapshot.units.find((unit) => unit.id === 'phuong-1-tan-an')!;
  delete ward.successorIds;
  const file = join(source.dir, 'successors.json');
  writeFileSync(file, JSON.stringify(snapshot));

  const target = await cliRunner();
  assert.equal((await target.run('import', file)).code, 0);
  const units = (JSON.parse((await target.run('export')).out) as { units: Unit[] }).units;
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  assert.deepEqual(byId.get('thanh-pho-tay-ninh')?.successorIds, ['phuong-tan-ninh', 'tay-ninh']);
  assert.deepEqual(
    [byId.get('phuong-1-tan-an')?.successorId, byId.get('phuong-1-tan-an')?.successorIds],
    ['phuong-long-an', ['phuong-long-an']],
  );

  Object.assign(district, { successorId: 'tay-ninh' });
  writeFileSync(file, JSON.stringify(snapshot));
  const disagreeing = await target.run('import', file);
  assert.equal(disagreeing.code, 1);
  assert.match(disagreeing.err, /successorId must be the first of successorIds/);
});

test('an import with a bad row writes nothing and names the row', async () => {
  const source = await cliRunner();
  await source.run('seed');
  const snapshot = JSON.parse((await source.run('export')).out) as {
    units: Array<Record<string, unknown>>;
    banners: Array<Record<string, unknown>>;
  };
  snapshot.units.push({
    id: 'xa-moi',
    name: 'Xã Mới',
    kind: 'commune',
    shortName: null,
    parentId: 'tay-ninh',
    validFrom: null,
    validTo: null,
    successorId: null,
    successorIds: [],
    website: null,
  });
  snapshot.banners[3] = { ...snapshot.banners[3], href: 'javascript:alert(1)' };
  const file = join(source.dir, 'bad.json');
  writeFileSync(file, JSON.stringify(snapshot));

  const target = await cliRunner();
  const result = await target.run('import', file);
  assert.equal(result.code, 1);
  assert.match(result.err, /banners\[3\]: href/);
  const after = JSON.parse((await target.run('export')).out) as { units: unknown[]; banners: unknown[] };
  assert.deepEqual([after.units.length, after.banners.length], [0, 0], 'nothing written');
});

test('backup writes a readable copy of the database', { skip: testDialect !== 'sqlite' }, async () => {
  const { run, dir } = await cliRunner();
  await run('seed');
  assert.equal((await run('backup', 'copy.sqlite')).code, 0);
  const copy = new SqliteDatabase(join(dir, 'copy.sqlite'), { readonly: true });
  const { n } = copy.prepare('select count(*) as n from units').get() as { n: number };
  copy.close();
  assert.ok(n > 20);
});

test(
  'on PostgreSQL, backup points to pg_dump and writes nothing',
  { skip: testDialect !== 'postgres' },
  async () => {
    const { run, dir } = await cliRunner();
    const result = await run('backup', 'copy.sqlite');
    assert.equal(result.code, 1);
    assert.match(result.err, /pg_dump/);
    assert.equal(existsSync(join(dir, 'copy.sqlite')), false);
  },
);

test('the real entry point exits non-zero on bad input', async () => {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const run = promisify(execFile);
  await assert.rejects(
    run(process.execPath, ['--import', 'tsx', 'packages/server/src/cli.ts', 'tokens', 'frobnicate'], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: ':memory:' },
    }),
    (error: { code?: number; stderr?: string }) =>
      error.code === 2 && /tokens create\|list\|revoke/.test(error.stderr ?? ''),
  );
});
