import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Banner, Site } from '@pbgdpl/contract';
import { json, makeApp, testDialect } from './helpers.ts';

const ADMIN = 'test-admin-token-0123456789abcdef';
const DAY = 24 * 60 * 60 * 1000;

test('GET /healthz reports the version and the database', async () => {
  const { app } = await makeApp();
  const response = await app.request('/healthz');
  assert.equal(response.status, 200);
  assert.deepEqual(await json(response), { status: 'ok', version: '0.1.0', database: testDialect });
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
});

test('GET /api/v1/openapi.json publishes every route of the contract', async () => {
  const { app } = await makeApp();
  const doc = await json<{ openapi: string; paths: Record<string, object> }>(
    await app.request('/api/v1/openapi.json'),
  );
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.paths['/banners'] && doc.paths['/admin/banners/{id}']);
});

test('the OpenAPI document names each schema once and every $ref resolves', async () => {
  const { app } = await makeApp();
  const text = await (await app.request('/api/v1/openapi.json')).text();
  const doc = JSON.parse(text) as {
    components: { schemas: Record<string, object> };
    paths: Record<string, Record<string, { requestBody: { content: object } } | undefined>>;
  };
  const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]!);
  assert.ok(refs.length > 5);
  for (const ref of refs) assert.ok(doc.components.schemas[ref], `unresolved $ref ${ref}`);
  assert.ok(doc.components.schemas.Banner && doc.components.schemas.Problem);
  // Beacons come as text/plain from sendBeacon, and the document says so.
  assert.deepEqual(Object.keys(doc.paths['/events']?.post?.requestBody.content ?? {}), [
    'application/json',
    'text/plain',
  ]);
});

test('GET /api/v1/site lists current and historical units and the national links', async () => {
  const { app } = await makeApp();
  const site = await json<Site>(await app.request('/api/v1/site'));
  assert.equal(site.provinceId, 'tay-ninh');
  const byId = new Map(site.units.map((u) => [u.id, u]));
  assert.equal(byId.get('tay-ninh')?.kind, 'province');
  assert.equal(byId.get('so-tu-phap')?.parentId, 'tay-ninh');
  assert.deepEqual(
    [
      byId.get('long-an')?.kind,
      byId.get('long-an')?.validTo,
      byId.get('long-an')?.successorId,
      byId.get('long-an')?.successorIds,
    ],
    ['former-province', '2025-06-30', 'tay-ninh', ['tay-ninh']],
  );
  // The province's bodies (UBND and, since the document seed, HĐND) come first.
  const provinceLevel = site.units.slice(
    0,
    site.units.findIndex((u) => u.kind !== 'province'),
  );
  assert.ok(
    provinceLevel.some((u) => u.id === 'tay-ninh'),
    'the province comes first',
  );
  const hosts = site.links.map((l) => new URL(l.url).host);
  for (const host of ['pbgdpl.moj.gov.vn', 'vbpl.vn', 'phapdien.moj.gov.vn', 'congbao.chinhphu.vn']) {
    assert.ok(hosts.includes(host), host);
  }
  assert.ok(site.links.some((l) => l.kind === 'bookshelf'));
});

const titles = async (app: Awaited<ReturnType<typeof makeApp>>['app'], query = '') =>
  (await json<{ items: Banner[] }>(await app.request(`/api/v1/banners${query}`))).items.map((b) => b.title);

test('banners: only active ones inside their schedule, for everyone unless a unit is given', async () => {
  const { app, clock } = await makeApp();
  const everywhere = await titles(app);
  assert.ok(everywhere.includes('Ngày Pháp luật Việt Nam 9/11'));
  assert.ok(!everywhere.includes('Cuộc thi trực tuyến tìm hiểu pháp luật'), 'future banner hidden');
  assert.ok(!everywhere.includes('Sắp xếp đơn vị hành chính năm 2025'), 'expired banner hidden');
  assert.ok(!everywhere.includes('Bộ Pháp điển điện tử'), 'inactive banner hidden');
  assert.ok(!everywhere.includes('Trợ giúp pháp lý miễn phí'), 'unit banner hidden without unit');

  const forDepartment = await titles(app, '?unit=so-tu-phap');
  assert.ok(forDepartment.includes('Trợ giúp pháp lý miễn phí'));
  assert.ok(forDepartment.includes('Ngày Pháp luật Việt Nam 9/11'), 'banners for everyone stay');
  assert.ok(!forDepartment.includes('Hòa giải ở cơ sở – Xã Hòa Thạnh'), 'other unit’s banner hidden');

  clock.set(new Date(clock().getTime() + 31 * DAY));
  assert.ok((await titles(app)).includes('Cuộc thi trực tuyến tìm hiểu pháp luật'), 'shown once started');
});

test('banners: filtered by placement, ordered by priority then id', async () => {
  const { app } = await makeApp();
  const { items } = await json<{ items: Banner[] }>(
    await app.request('/api/v1/banners?placement=leaderboard&unit=xa-hoa-thanh'),
  );
  assert.ok(items.length >= 3);
  assert.ok(items.every((b) => b.placement === 'leaderboard'));
  assert.deepEqual(
    items.map((b) => b.priority),
    items.map((b) => b.priority).sort((a, b) => b - a),
  );
  assert.equal(items[0]?.unitId, 'xa-hoa-thanh');
});

test('banners: a schedule starts inclusively and ends exclusively', async () => {
  const { app, clock } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const created = await app.request('/api/v1/admin/banners', {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title: 'Lịch',
      alt: 'Lịch',
      href: 'https://example.vn',
      image: { url: '/media/x.svg', width: 728, height: 90 },
      placement: 'leaderboard',
      // An offset other than Z: stored as UTC so string comparison stays right.
      startsAt: '2026-04-01T07:00:00+07:00',
      endsAt: '2026-04-02T00:00:00Z',
    }),
  });
  assert.equal(created.status, 201);
  const visibleAt = async (iso: string) => {
    clock.set(iso);
    return (await titles(app)).includes('Lịch');
  };
  assert.equal(await visibleAt('2026-03-31T23:59:59.999Z'), false);
  assert.equal(await visibleAt('2026-04-01T00:00:00Z'), true);
  assert.equal(await visibleAt('2026-04-01T23:59:59.999Z'), true);
  assert.equal(await visibleAt('2026-04-02T00:00:00Z'), false);
});

test('public GETs carry a strong ETag and Cache-Control, and answer 304 when it matches', async () => {
  const { app } = await makeApp();
  for (const path of ['/api/v1/site', '/api/v1/banners?placement=sidebar']) {
    const first = await app.request(path);
    const etag = first.headers.get('ETag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]+"$/, 'strong ETag');
    assert.equal(first.headers.get('Cache-Control'), 'public, max-age=60, stale-while-revalidate=300');
    const again = await app.request(path, { headers: { 'If-None-Match': etag ?? '' } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('ETag'), etag);
    assert.equal(await again.text(), '');
    const stale = await app.request(path, { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(stale.status, 200);
  }
});
