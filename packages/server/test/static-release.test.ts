import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONFIGURE_CSP } from '../src/routes/static.ts';
import { makeApp, tempDir } from './helpers.ts';

/**
 * `/embed/configure/` (the embed configurator, a page under a strict policy) and
 * `/embed/<version>/` (pinned releases from dist/release, or the current build for the
 * running version), over a built tree in a temp dir.
 */
function fixture() {
  const root = tempDir();
  const embed = join(root, 'dist/embed');
  const configure = join(embed, 'configure');
  const release = join(root, 'dist/release/embed/0.0.7');
  for (const dir of [join(embed, 'chunks'), join(configure, 'assets'), join(release, 'chunks')])
    mkdirSync(dir, { recursive: true });
  writeFileSync(join(embed, 'pbgdpl.js'), '/* current */');
  writeFileSync(join(embed, 'chunks/banner-AbCd_-12.js'), '/* current banner */');
  writeFileSync(join(configure, 'index.html'), '<!doctype html><title>Tạo mã nhúng</title>');
  writeFileSync(join(configure, 'assets/index-AbCd_-12.js'), '/* configurator */');
  writeFileSync(join(configure, 'custom-elements.json'), '{"modules":[]}');
  writeFileSync(join(release, 'pbgdpl.js'), '/* 0.0.7 */');
  writeFileSync(join(release, 'chunks/banner-ZzZz_-99.js'), '/* 0.0.7 banner */');
  writeFileSync(join(release, 'integrity.json'), '{}');
  return { embed, demo: join(root, 'demo'), demoMedia: join(root, 'media') };
}

const setup = async () => makeApp({ config: { paths: fixture(), version: '0.1.0' } });
const IMMUTABLE = 'public, max-age=31536000, immutable';

test('the configurator page is never cached and runs under the strict policy', async () => {
  const { app } = await setup();
  for (const path of ['/embed/configure/', '/embed/configure/index.html']) {
    const page = await app.request(path);
    assert.equal(page.status, 200, path);
    assert.equal(page.headers.get('Content-Type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('Cache-Control'), 'no-store');
    assert.equal(page.headers.get('Content-Security-Policy'), CONFIGURE_CSP);
    assert.equal(page.headers.get('X-Frame-Options'), 'DENY');
    assert.match(await page.text(), /Tạo mã nhúng/);
  }
  for (const directive of [
    "script-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html dompurify 'allow-duplicates'",
  ])
    assert.ok(CONFIGURE_CSP.includes(directive), directive);
  assert.doesNotMatch(CONFIGURE_CSP, /unsafe-inline|unsafe-eval/);

  const bare = await app.request('/embed/configure');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.get('Location'), '/embed/configure/');
});

test('configurator assets: hashed ones immutable, the manifest revalidated, unknown ones 404', async () => {
  const { app } = await setup();
  const asset = await app.request('/embed/configure/assets/index-AbCd_-12.js');
  assert.equal(asset.status, 200);
  assert.equal(asset.headers.get('Cache-Control'), IMMUTABLE);
  assert.equal(asset.headers.get('Content-Security-Policy'), CONFIGURE_CSP);
  const manifest = await app.request('/embed/configure/custom-elements.json');
  assert.equal(manifest.headers.get('Cache-Control'), 'no-cache');
  assert.deepEqual(await manifest.json(), { modules: [] });
  assert.equal((await app.request('/embed/configure/nothing.js')).status, 404);
  assert.equal((await app.request('/embed/configure/..%2fpbgdpl.js')).status, 404);
});

test('a released version is served from its folder, immutable and readable from any origin', async () => {
  const { app } = await setup();
  const loader = await app.request('/embed/0.0.7/pbgdpl.js');
  assert.equal(loader.status, 200);
  assert.equal(await loader.text(), '/* 0.0.7 */');
  assert.equal(loader.headers.get('Cache-Control'), IMMUTABLE);
  assert.equal(loader.headers.get('Access-Control-Allow-Origin'), '*');
  assert.equal(loader.headers.get('Cross-Origin-Resource-Policy'), 'cross-origin');
  const chunk = await app.request('/embed/0.0.7/chunks/banner-ZzZz_-99.js');
  assert.equal(await chunk.text(), '/* 0.0.7 banner */');
  assert.equal(chunk.headers.get('Cache-Control'), IMMUTABLE);
  assert.equal((await app.request('/embed/0.0.7/chunks/banner-AbCd_-12.js')).status, 404, 'no mixing');
  assert.equal((await app.request('/embed/0.0.7/..%2f..%2fembed/pbgdpl.js')).status, 404);
});

test('the running version without a release folder is the current build; other versions are 404', async () => {
  const { app } = await setup();
  const loader = await app.request('/embed/0.1.0/pbgdpl.js');
  assert.equal(loader.status, 200);
  assert.equal(await loader.text(), '/* current */');
  // A rebuild may change the loader under the same version: not immutable until released.
  assert.equal(loader.headers.get('Cache-Control'), 'public, max-age=300');
  assert.equal(loader.headers.get('Access-Control-Allow-Origin'), '*');
  const chunk = await app.request('/embed/0.1.0/chunks/banner-AbCd_-12.js');
  assert.equal(chunk.headers.get('Cache-Control'), IMMUTABLE);
  assert.equal((await app.request('/embed/0.1.0/configure/index.html')).status, 404);
  assert.equal((await app.request('/embed/0.0.8/pbgdpl.js')).status, 404);
  // Not a version: the ordinary bundle routes still answer.
  assert.equal((await app.request('/embed/pbgdpl.js')).status, 200);
  assert.equal((await app.request('/embed/chunks/banner-AbCd_-12.js')).status, 200);
});
