import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';

test('DATABASE_URL picks the dialect: a file or path is SQLite, postgres:// is PostgreSQL', () => {
  assert.equal(loadConfig({ DATABASE_URL: 'file:/var/lib/pbgdpl/a.sqlite' }).database.dialect, 'sqlite');
  assert.deepEqual(loadConfig({ DATABASE_URL: ':memory:' }).database, {
    dialect: 'sqlite',
    path: ':memory:',
  });
  assert.deepEqual(
    loadConfig({ DATABASE_URL: 'postgres://pbgdpl:bí-mật@db.local:5432/pbgdpl', PBGDPL_DB_POOL_SIZE: '25' })
      .database,
    { dialect: 'postgres', url: 'postgres://pbgdpl:bí-mật@db.local:5432/pbgdpl', poolSize: 25 },
  );
  assert.equal(
    loadConfig({ DATABASE_URL: 'postgresql://db.local/pbgdpl' }).database.dialect,
    'postgres',
    'both URL schemes',
  );
});

test('a PostgreSQL URL without a database, or a pool size out of range, is refused by name', () => {
  assert.throws(
    () => loadConfig({ DATABASE_URL: 'postgres://db.local:5432' }),
    (error: Error) => {
      return error instanceof ConfigError && /DATABASE_URL: cần dạng postgres:\/\//.test(error.message);
    },
  );
  assert.throws(
    () => loadConfig({ DATABASE_URL: 'postgres://db.local/pbgdpl', PBGDPL_DB_POOL_SIZE: '0' }),
    (error: Error) => error instanceof ConfigError && /PBGDPL_DB_POOL_SIZE/.test(error.message),
  );
});

test('PBGDPL_DEMO_CONTENT: off unless set to on; any other value is refused by name', () => {
  assert.equal(loadConfig({}).demoContent, false);
  assert.equal(loadConfig({ PBGDPL_DEMO_CONTENT: '' }).demoContent, false);
  assert.equal(loadConfig({ PBGDPL_DEMO_CONTENT: 'on' }).demoContent, true);
  assert.equal(loadConfig({ PBGDPL_DEMO_CONTENT: 'off' }).demoContent, false);
  assert.throws(
    () => loadConfig({ PBGDPL_DEMO_CONTENT: 'yes' }),
    (error: Error) => error instanceof ConfigError && /PBGDPL_DEMO_CONTENT: .*"on"/.test(error.message),
  );
});

test('main.ts exits 1 with a clear message when PostgreSQL cannot be reached, never printing the password', async () => {
  // A port nobody listens on: taken, then released.
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  await assert.rejects(
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
      cwd: repo,
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: `postgres://pbgdpl:s3cret-pw@127.0.0.1:${port}/pbgdpl`,
      },
    }),
    (error: { code?: number; stderr?: string }) =>
      error.code === 1 &&
      /Không khởi động được máy chủ \(cannot start\): .*ECONNREFUSED/.test(error.stderr ?? '') &&
      !(error.stderr ?? '').includes('s3cret-pw'),
  );
});
