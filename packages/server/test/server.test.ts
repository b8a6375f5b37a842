import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer } from '../src/server.ts';
import { testConfig, testDialect } from './helpers.ts';

/** A raw request: fetch would normalise `..` in the path before sending it. */
function rawGet(url: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('the server starts on a free port, migrates, seeds and answers over HTTP', async () => {
  const server = await startServer({ ...(await testConfig()), port: 0 });
  try {
    const health = await fetch(new URL('healthz', server.url));
    assert.deepEqual(await health.json(), { status: 'ok', version: '0.1.0', database: testDialect });
    const banners = (await (await fetch(new URL('api/v1/banners', server.url))).json()) as {
      items: unknown[];
    };
    assert.ok(banners.items.length > 0, 'seeded on first start');
    const url = new URL(server.url);
    assert.equal(await rawGet(url, '/embed/../package.json'), 404);
    assert.equal(await rawGet(url, '/media/../../package.json'), 404);
    assert.equal(await rawGet(url, '/media/..%2f..%2fpackage.json'), 404);
  } finally {
    await server.close();
  }
});

test('main.ts refuses a bad environment with a clear message and exit code 1', async () => {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  await assert.rejects(
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
      cwd: repo,
      env: { ...process.env, PORT: 'tám nghìn', DATABASE_URL: ':memory:' },
    }),
    (error: { code?: number; stderr?: string }) =>
      error.code === 1 && /Cấu hình không hợp lệ[\s\S]*PORT/.test(error.stderr ?? ''),
  );
});
