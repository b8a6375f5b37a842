import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Problem } from '@pbgdpl/contract';
import { json, makeApp } from './helpers.ts';

const ADMIN = 'test-admin-token-0123456789abcdef';
const post = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json', ...headers },
  body,
});

const badBanner = JSON.stringify({
  title: '',
  alt: 'Ảnh',
  href: 'javascript:alert(1)',
  image: { url: '/x.svg', width: 0, height: 90 },
  placement: 'footer',
  unitId: 'Không Hợp Lệ',
  startsAt: '2026-05-01T00:00:00Z',
  endsAt: '2026-04-01T00:00:00Z',
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  const body = await json<Problem>(response);
  assert.equal(body.status, status);
  return body;
}

test('invalid fields give a 400 problem with messages per field, in Vietnamese by default', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const body = await problemOf(await app.request('/api/v1/admin/banners', post(badBanner)), 400);
  assert.equal(body.title, 'Yêu cầu không hợp lệ');
  const errors = body.errors ?? {};
  for (const field of ['title', 'href', 'image.width', 'placement', 'unitId']) {
    assert.ok(errors[field]?.length, `no message for ${field}`);
  }
  // Plain words, not the schema library's ("mong đợi number…").
  assert.deepEqual(errors['image.width'], ['Nhỏ nhất là 1']);
  assert.deepEqual(errors['title'], ['Không được để trống']);
  assert.deepEqual(errors['unitId'], ['chỉ gồm chữ thường không dấu, số và dấu gạch nối']);
});

test('a missing field reads as required, in both languages', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const vi = await problemOf(await app.request('/api/v1/admin/banners', post('{}')), 400);
  assert.deepEqual(vi.errors?.['alt'], ['Bắt buộc phải có']);
  const en = await problemOf(
    await app.request('/api/v1/admin/banners', post('{}', { 'Accept-Language': 'en' })),
    400,
  );
  assert.deepEqual(en.errors?.['alt'], ['Required']);
});

test('the same problem in English when Accept-Language prefers en', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const response = await app.request(
    '/api/v1/admin/banners',
    post(badBanner, { 'Accept-Language': 'en-US,en;q=0.9,vi;q=0.5' }),
  );
  const body = await problemOf(response, 400);
  assert.equal(body.title, 'Bad request');
  assert.equal(response.headers.get('Content-Language'), 'en');
  assert.deepEqual(body.errors?.['image.width'], ['At least 1']);
  assert.deepEqual(body.errors?.['unitId'], ['only lower-case letters without marks, digits and hyphens']);
  const refined = await problemOf(
    await app.request(
      '/api/v1/admin/banners',
      post(
        badBanner
          .replace('"title":""', '"title":"T"')
          .replace('footer', 'square')
          .replace('Không Hợp Lệ', 'x'),
        {
          'Accept-Language': 'en',
        },
      ),
    ),
    400,
  );
  assert.deepEqual(refined.errors?.['endsAt'], ['The end must come after the start']);
});

test('query parameters are validated too', async () => {
  const { app } = await makeApp();
  const body = await problemOf(await app.request('/api/v1/banners?placement=footer&unit=A%20B'), 400);
  assert.ok(body.errors?.['placement'] && body.errors['unit']);
});

test('a body that is not JSON is a 400 problem', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const body = await problemOf(await app.request('/api/v1/admin/banners', post('{"title": ')), 400);
  assert.match(body.detail ?? '', /JSON/);
});

test('a body of the wrong type is a 415 problem', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const response = await app.request(
    '/api/v1/admin/banners',
    post(badBanner, { 'Content-Type': 'application/x-www-form-urlencoded' }),
  );
  const body = await problemOf(response, 415);
  assert.equal(body.title, 'Kiểu nội dung không được hỗ trợ');
  // text/plain is for beacons only.
  await problemOf(
    await app.request('/api/v1/admin/banners', post(badBanner, { 'Content-Type': 'text/plain' })),
    415,
  );
});

test('a body over 64 KB is a 413 problem', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const huge = JSON.stringify({ title: 'x'.repeat(70 * 1024) });
  await problemOf(await app.request('/api/v1/admin/banners', post(huge)), 413);
  await problemOf(
    await app.request('/api/v1/events', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: huge,
    }),
    413,
  );
});

test('unknown routes are 404 problems; known paths with another method are 405 with Allow', async () => {
  const { app } = await makeApp();
  const missing = await problemOf(await app.request('/api/v1/no-such-thing'), 404);
  assert.equal(missing.title, 'Không tìm thấy');
  await problemOf(await app.request('/api/v1/no-such-thing', { method: 'POST' }), 404);
  const wrongMethod = await app.request('/api/v1/banners', { method: 'DELETE' });
  await problemOf(wrongMethod, 405);
  assert.equal(wrongMethod.headers.get('Allow'), 'GET, HEAD');
});

test('admin lookups of missing banners are 404 problems', async () => {
  const { app } = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  const auth = { headers: { Authorization: `Bearer ${ADMIN}` } };
  await problemOf(await app.request('/api/v1/admin/banners/9999', auth), 404);
  await problemOf(await app.request('/api/v1/admin/banners/9999', { ...auth, method: 'DELETE' }), 404);
  const badId = await problemOf(await app.request('/api/v1/admin/banners/abc', auth), 400);
  assert.ok(badId.errors?.['id']);
});
