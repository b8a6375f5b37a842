import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeApp, tempDir } from './helpers.ts';

/** A built console (`dist/admin`) beside the embed bundle, and a demo folder with its own admin page. */
function fixture() {
  const root = tempDir();
  const embed = join(root, 'dist/embed');
  const admin = join(root, 'dist/admin');
  const demo = join(root, 'demo');
  mkdirSync(embed, { recursive: true });
  mkdirSync(join(admin, 'assets'), { recursive: true });
  mkdirSync(join(demo, 'admin'), { recursive: true });
  writeFileSync(
    join(admin, 'index.html'),
    '<!doctype html><title>Biên tập</title><pbgdpl-admin></pbgdpl-admin>',
  );
  writeFileSync(join(admin, 'assets/index-AbCd_-12.js'), 'export {};');
  writeFileSync(join(admin, 'assets/index-AbCd_-12.js.map'), '{}');
  writeFileSync(join(admin, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'dist/secret.json'), '{"secret":true}');
  writeFileSync(join(demo, 'admin/other.html'), '<!doctype html><title>demo</title>');
  return { embed, demo, demoMedia: join(root, 'media') };
}

const setup = async () => makeApp({ config: { paths: fixture() } });

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

test('/admin and /admin/ serve the console page with a strict CSP, no framing, never cached', async () => {
  const { app } = await setup();
  for (const path of ['/admin', '/admin/', '/admin/index.html']) {
    const response = await app.request(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('Cache-Control'), 'no-store', path);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    assert.ok(csp.startsWith(CSP), csp);
    assert.match(csp, /require-trusted-types-for 'script'; trusted-types lit-html dompurify/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('X-Frame-Options'), 'DENY');
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.match(await response.text(), /<pbgdpl-admin>/);
  }
});

test('hashed console assets are cached for a year, other files revalidated', async () => {
  const { app } = await setup();
  const script = await app.request('/admin/assets/index-AbCd_-12.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('Content-Type'), 'text/javascript; charset=utf-8');
  assert.equal(script.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
  const map = await app.request('/admin/assets/index-AbCd_-12.js.map');
  assert.equal(map.headers.get('Cache-Control'), 'no-cache');
});

test('other paths under /admin/ are 404, never a demo page or a file outside the build', async () => {
  const { app } = await setup();
  for (const path of [
    '/admin/other.html',
    '/admin/documents',
    '/admin/.env',
    '/admin/assets/',
    '/admin/assets/..%2f.env',
    '/admin/assets/%2e%2e/%2e%2e/secret.json',
    '/admin/assets/..%5c..%5csecret.json',
  ]) {
    const response = await app.request(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(await response.text(), /secret|SECRET|demo/, path);
  }
});

test('without a build, /admin/ is a 404 problem rather than a crash', async () => {
  const root = tempDir();
  const paths = { embed: join(root, 'dist/embed'), demo: join(root, 'demo'), demoMedia: join(root, 'media') };
  const { app } = await makeApp({ config: { paths } });
  const response = await app.request('/admin/');
  assert.equal(response.status, 404);
  assert.match(response.headers.get('Content-Type') ?? '', /problem\+json/);
});
