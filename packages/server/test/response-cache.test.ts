import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Banner, StatsReport } from '@pbgdpl/contract';
import type { KyselyPlugin } from 'kysely';
import { Hono } from 'hono';
import { createApp, responseCache } from '../src/app.ts';
import { dialogueStreams } from '../src/dialogues/stream-hub.ts';
import { requireRole } from '../src/http/auth.ts';
import { publicJson } from '../src/http/cache.ts';
import { cachePublicAnswers } from '../src/http/cache-middleware.ts';
import type { AppEnv } from '../src/http/env.ts';
import type { Db } from '../src/db/schema.ts';
import { bannerInput, json, makeApp, type TestApp } from './helpers.ts';

const ADMIN = 'cache-admin-token-0123456789abcdef';
/** Longer than any test: the content version is read only after writes through the app. */
const NEVER_CHECK_MS = 3_600_000;

/**
 * An app whose every database query is counted, with the cache as a server runs it (only
 * `checkEveryMs` is longer, so that a slow machine never triggers a version check mid-test).
 */
async function countedApp(options: { cacheMb?: string } = {}) {
  const t = await makeApp({
    env: { PBGDPL_ADMIN_TOKEN: ADMIN, ...(options.cacheMb ? { PBGDPL_CACHE_MB: options.cacheMb } : {}) },
  });
  const counter = { queries: 0 };
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      counter.queries++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const db: Db = t.database.db.withPlugin(counting);
  const cache = responseCache(db, t.config, t.clock, NEVER_CHECK_MS);
  const app = createApp({ db, config: t.config, clock: t.clock, cache });
  /** A request with its body read, and the queries it made. */
  const queriesOf = async (path: string, init?: RequestInit) => {
    const before = counter.queries;
    const response = await app.request(path, init);
    const body = await response.text();
    return { response, body, queries: counter.queries - before };
  };
  return { ...t, app, queriesOf };
}

const admin = (t: TestApp, method: string, path: string, body?: unknown) =>
  t.app.request(`/api/v1/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

test('a public GET is made once: the same GET and its 304 come from the cache without a query', async () => {
  const t = await countedApp();
  for (const path of [
    '/api/v1/site',
    '/api/v1/documents?pageSize=5',
    '/api/v1/stats',
    '/api/v1/openapi.json',
  ]) {
    const first = await t.queriesOf(path);
    assert.equal(first.response.status, 200, path);
    const again = await t.queriesOf(path);
    assert.equal(again.queries, 0, `${path}: answered again without the database`);
    assert.equal(again.response.headers.get('ETag'), first.response.headers.get('ETag'));
    assert.equal(again.response.headers.get('Access-Control-Allow-Origin'), '*', 'CORS kept');
    assert.equal(again.response.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.match(again.response.headers.get('Vary') ?? '', /Accept-Encoding/);
    const conditional = await t.queriesOf(path, {
      headers: { 'If-None-Match': first.response.headers.get('ETag') ?? '' },
    });
    assert.equal(conditional.response.status, 304, path);
    assert.equal(conditional.queries, 0, `${path}: 304 without the database`);
  }
});

test('the query is normalised, the language is part of the key', async () => {
  const t = await countedApp();
  const first = await t.queriesOf('/api/v1/documents?pageSize=5&sort=issued');
  assert.ok(first.queries > 0);
  assert.equal((await t.queriesOf('/api/v1/documents?sort=issued&pageSize=5')).queries, 0, 'same parameters');
  const english = await t.queriesOf('/api/v1/documents?pageSize=5&sort=issued', {
    headers: { 'Accept-Language': 'en' },
  });
  assert.ok(english.queries > 0, 'English is kept apart');
  assert.equal(
    (
      await t.queriesOf('/api/v1/documents?pageSize=5&sort=issued', {
        headers: { 'Accept-Language': 'en-GB' },
      })
    ).queries,
    0,
  );
  assert.ok((await t.queriesOf('/api/v1/documents?pageSize=6&sort=issued')).queries > 0, 'another page size');
});

test('a write through the app shows in the next answer', async () => {
  const t = await countedApp();
  const titles = async () =>
    (JSON.parse((await t.queriesOf('/api/v1/banners')).body) as { items: Banner[] }).items.map(
      (b) => b.title,
    );
  const before = await titles();
  assert.equal((await t.queriesOf('/api/v1/banners')).queries, 0, 'cached');
  const created = await admin(t, 'POST', '/banners', { ...bannerInput, title: 'Vừa thêm', priority: 999 });
  assert.equal(created.status, 201);
  assert.deepEqual(await titles(), ['Vừa thêm', ...before]);
  const { id, version } = await json<Banner>(created);
  const removed = await admin(t, 'DELETE', `/banners/${id}`);
  assert.equal(removed.status, 204, String(version));
  assert.deepEqual(await titles(), before);
});

test('never kept: editors’ routes, private answers, errors', async () => {
  const t = await countedApp();
  for (const [path, init] of [
    ['/api/v1/admin/banners', { headers: { Authorization: `Bearer ${ADMIN}` } }],
    ['/api/v1/questions/form', {}],
    ['/api/v1/documents/999999', {}],
  ] as const) {
    await t.queriesOf(path, init);
    const again = await t.queriesOf(path, init);
    assert.ok(again.queries > 0, `${path}: made again`);
    assert.equal(again.response.headers.get('Cache-Control'), 'no-store', path);
  }
  assert.equal((await t.queriesOf('/api/v1/documents/999999')).response.status, 404);
  assert.equal((await t.queriesOf('/api/v1/questions/form')).response.headers.get('ETag'), null);
});

test('compressed copies: brotli and gzip bodies equal the plain one, each with its own tag', async () => {
  const t = await countedApp();
  const path = '/api/v1/documents?pageSize=20';
  const plain = await t.app.request(path);
  const text = await plain.text();
  const etag = plain.headers.get('ETag')!;
  const fetchAs = (encoding: string) => t.app.request(path, { headers: { 'Accept-Encoding': encoding } });
  // Compressed in the background after the first answer: until then the plain body is sent.
  let br = await fetchAs('gzip, deflate, br');
  for (let i = 0; i < 200 && br.headers.get('Content-Encoding') !== 'br'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    br = await fetchAs('gzip, deflate, br');
  }
  assert.equal(br.headers.get('Content-Encoding'), 'br');
  assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8'), text);
  assert.equal(br.headers.get('ETag'), `${etag.slice(0, -1)}-br"`);
  assert.match(br.headers.get('Vary') ?? '', /Accept-Encoding/);
  const gz = await fetchAs('gzip');
  assert.equal(gz.headers.get('Content-Encoding'), 'gzip');
  assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8'), text);
  assert.equal((await fetchAs('br;q=0, gzip;q=0')).headers.get('Content-Encoding'), null);
  // A client holding any representation has this answer.
  for (const tag of [etag, br.headers.get('ETag')!, `W/${gz.headers.get('ETag')}`]) {
    const again = await t.app.request(path, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': tag } });
    assert.equal(again.status, 304, tag);
  }
});

test('answers that change with the time expire on their own: a banner’s schedule, today’s statistics', async () => {
  const t = await countedApp();
  const startsAt = '2026-03-05T00:00:00.000Z';
  t.clock.set('2026-03-04T12:00:00Z');
  const titles = async () =>
    (await json<{ items: Banner[] }>(await t.app.request('/api/v1/banners'))).items.map((b) => b.title);
  assert.equal(
    (await admin(t, 'POST', '/banners', { ...bannerInput, title: 'Sắp chạy', startsAt })).status,
    201,
  );
  assert.ok(!(await titles()).includes('Sắp chạy'));
  t.clock.set('2026-03-04T23:59:59.999Z');
  assert.equal((await t.queriesOf('/api/v1/banners')).queries, 0, 'kept until the schedule changes');
  t.clock.set(startsAt);
  assert.ok((await titles()).includes('Sắp chạy'), 'shown once it starts, with no write');

  // Beacons are not content: today's figures are made again a minute later.
  const views = async () =>
    (await json<StatsReport>(await t.app.request('/api/v1/stats'))).kpis.find((k) => k.key === 'videoViews')!
      .value;
  const before = await views();
  const beacon = await t.app.request('/api/v1/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      pageViewId: 'cache-test-0001',
      events: [{ type: 'play', subject: 'video', subjectId: '1' }],
    }),
  });
  assert.equal(beacon.status, 202);
  assert.equal(await views(), before, 'a beacon does not empty the cache');
  t.clock.set(new Date(Date.parse(startsAt) + 60_000));
  assert.equal(await views(), before + 1);
});

test('PBGDPL_CACHE_MB=0 keeps nothing, and still answers 304', async () => {
  const t = await countedApp({ cacheMb: '0' });
  const first = await t.queriesOf('/api/v1/site');
  assert.ok((await t.queriesOf('/api/v1/site')).queries > 0);
  const conditional = await t.queriesOf('/api/v1/site', {
    headers: { 'If-None-Match': first.response.headers.get('ETag') ?? '' },
  });
  assert.equal(conditional.response.status, 304);
});

test('an answer made for someone signed in is never kept, even one that calls itself public', async () => {
  const t = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const deps = {
    db: t.database.db,
    config: t.config,
    clock: t.clock,
    streams: dialogueStreams(t.database.db, t.config.streams),
  };
  // A mistaken route outside /admin: it authenticates, then answers as if public.
  const app = new Hono<AppEnv>();
  app.use('*', cachePublicAnswers(responseCache(deps.db, deps.config, deps.clock, NEVER_CHECK_MS)));
  app.get('/api/v1/whoami', requireRole('contributor', deps), (c) =>
    publicJson(c, { name: c.get('principal').name }),
  );
  const first = await app.request('/api/v1/whoami', { headers: { Authorization: `Bearer ${ADMIN}` } });
  assert.equal(first.status, 200);
  assert.match(first.headers.get('Cache-Control') ?? '', /public/);
  assert.equal((await json<{ name: string }>(first)).name, 'PBGDPL_ADMIN_TOKEN');
  assert.equal((await app.request('/api/v1/whoami')).status, 401, 'nobody else gets it from the cache');
});
