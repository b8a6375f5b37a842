import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BannerList } from '@pbgdpl/contract';
import { json, makeApp, tempDir } from './helpers.ts';

/** A built embed bundle and demo pages in a temp dir, with a secret beside them. */
function fixture() {
  const root = tempDir();
  const embed = join(root, 'dist/embed');
  const demo = join(root, 'demo');
  mkdirSync(join(embed, 'chunks'), { recursive: true });
  mkdirSync(demo, { recursive: true });
  writeFileSync(join(embed, 'pbgdpl.js'), 'export {};');
  writeFileSync(join(embed, 'chunks/qa-box-AbCd_-12.js'), 'export const x = 1;');
  writeFileSync(join(embed, 'icons.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(demo, 'index.html'), '<!doctype html><title>Cổng</title>');
  writeFileSync(join(demo, 'package.json'), '{"name":"demo"}');
  writeFileSync(join(demo, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'dist/secret.json'), '{"secret":true}');
  return { embed, demo, demoMedia: join(root, 'media') };
}

const setup = async () => makeApp({ config: { paths: fixture() } });

test('the loader is cached briefly, hashed chunks forever, both readable cross-origin', async () => {
  const { app } = await setup();
  const loader = await app.request('/embed/pbgdpl.js');
  assert.equal(loader.status, 200);
  assert.equal(loader.headers.get('Content-Type'), 'text/javascript; charset=utf-8');
  assert.equal(loader.headers.get('Cache-Control'), 'public, max-age=300');
  assert.equal(loader.headers.get('Access-Control-Allow-Origin'), '*');
  assert.equal(loader.headers.get('Cross-Origin-Resource-Policy'), 'cross-origin');
  assert.equal(loader.headers.get('X-Content-Type-Options'), 'nosniff');

  const chunk = await app.request('/embed/chunks/qa-box-AbCd_-12.js');
  assert.equal(chunk.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
  assert.equal(chunk.headers.get('Access-Control-Allow-Origin'), '*');
  assert.equal(await chunk.text(), 'export const x = 1;');
});

test('content types follow the file extension', async () => {
  const { app } = await setup();
  assert.equal((await app.request('/embed/icons.svg')).headers.get('Content-Type'), 'image/svg+xml');
  assert.equal((await app.request('/')).headers.get('Content-Type'), 'text/html; charset=utf-8');
  assert.equal((await app.request('/index.html')).status, 200);
});

test('demo banners come from the media library, served with CORS', async () => {
  const { app } = await makeApp();
  const { items } = await json<BannerList>(await app.request('/api/v1/banners?placement=leaderboard'));
  const url = items.find((banner) => banner.title.includes('Ngày Pháp luật'))?.image.url ?? '';
  assert.match(url, /^\/media\/\d+\/[0-9a-f]{32}\.svg$/);
  const image = await app.request(url);
  assert.equal(image.status, 200);
  assert.equal(image.headers.get('Content-Type'), 'image/svg+xml');
  assert.equal(image.headers.get('Access-Control-Allow-Origin'), '*');
  assert.match(await image.text(), /Ngày Pháp luật Việt Nam 9\/11/);
});

test('paths outside the served folders, dotfiles and manifests are not served', async () => {
  const { app } = await setup();
  for (const path of [
    '/embed/../package.json',
    '/embed/..%2fsecret.json',
    '/embed/%2e%2e/secret.json',
    '/embed/%2e%2e%2fsecret.json',
    '/embed/..%5csecret.json',
    '/embed/%252e%252e%252fsecret.json',
    '/embed/chunks/..%2f..%2fsecret.json',
    '/embed/%00pbgdpl.js',
    '/embed/%E0%A4%A',
    '/package.json',
    '/.env',
    '/embed/',
    '/embed/chunks',
  ]) {
    const response = await app.request(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(await response.text(), /secret|"name"/, path);
  }
});

test('a missing embed build is a plain 404', async () => {
  const { app } = await makeApp({
    config: { paths: { embed: '/nonexistent', demo: '/nonexistent', demoMedia: '/nonexistent' } },
  });
  const response = await app.request('/embed/pbgdpl.js');
  assert.equal(response.status, 404);
  assert.match(response.headers.get('Content-Type') ?? '', /problem\+json/);
});

test('files are sent from disk a range at a time, with validators', async () => {
  const paths = fixture();
  const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 'PBGDPL');
  writeFileSync(join(paths.embed, 'chunks/big-AbCd_-12.js'), bytes);
  const { app } = await makeApp({ config: { paths } });
  const whole = await app.request('/embed/chunks/big-AbCd_-12.js');
  const etag = whole.headers.get('ETag') ?? '';
  assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
  assert.deepEqual(Buffer.from(await whole.arrayBuffer()), bytes);
  const part = await app.request('/embed/chunks/big-AbCd_-12.js', {
    headers: { Range: 'bytes=2000000-2000009', 'If-Range': etag },
  });
  assert.equal(part.status, 206);
  assert.deepEqual(Buffer.from(await part.arrayBuffer()), bytes.subarray(2_000_000, 2_000_010));
  const again = await app.request('/embed/chunks/big-AbCd_-12.js', { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
});
