import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerInput, makeApp } from './helpers.ts';

const ADMIN = 'test-admin-token-0123456789abcdef';
const ALLOWED = 'https://sotuphap.tayninh.gov.vn';
const STRANGER = 'https://example.com';

const setup = () =>
  makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN, PBGDPL_CORS_ORIGINS: `${ALLOWED}, https://other.vn` } });

const adminPost = (origin: string) => ({
  method: 'POST',
  headers: { Origin: origin, Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
  body: JSON.stringify(bannerInput),
});

test('public GETs are readable from any origin', async () => {
  const { app } = await setup();
  const response = await app.request('/api/v1/banners', { headers: { Origin: STRANGER } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
  assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /ETag/);
  const preflight = await app.request('/api/v1/banners', {
    method: 'OPTIONS',
    headers: {
      Origin: STRANGER,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'if-none-match',
    },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), '*');
  assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /If-None-Match/);
});

test('admin writes from an unlisted origin are refused, at the preflight and at the request', async () => {
  const { app } = await setup();
  const preflight = await app.request('/api/v1/admin/banners', {
    method: 'OPTIONS',
    headers: { Origin: STRANGER, 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
  const response = await app.request('/api/v1/admin/banners', adminPost(STRANGER));
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  const admins = await app.request('/api/v1/admin/me', {
    headers: { Origin: STRANGER, Authorization: `Bearer ${ADMIN}` },
  });
  assert.equal(admins.status, 403, 'admin reads follow PBGDPL_CORS_ORIGINS too');
});

test('admin writes from a listed origin or our own origin are accepted', async () => {
  const { app } = await setup();
  const preflight = await app.request('/api/v1/admin/banners', {
    method: 'OPTIONS',
    headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), ALLOWED);
  assert.match(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
  const response = await app.request('/api/v1/admin/banners', adminPost(ALLOWED));
  assert.equal(response.status, 201);
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), ALLOWED);
  assert.match(response.headers.get('Vary') ?? '', /Origin/);
  const sameOrigin = await app.request(
    'http://localhost/api/v1/admin/banners',
    adminPost('http://localhost'),
  );
  assert.equal(sameOrigin.status, 201);
});

test('beacons (text/plain) are accepted from any origin; JSON events follow the list', async () => {
  const { app } = await setup();
  const body = JSON.stringify({
    pageViewId: 'pv-cors-0001',
    events: [{ type: 'click', subject: 'banner', subjectId: '1' }],
  });
  const beacon = await app.request('/api/v1/events', {
    method: 'POST',
    headers: { Origin: STRANGER, 'Content-Type': 'text/plain;charset=UTF-8' },
    body,
  });
  assert.equal(beacon.status, 202);
  const jsonEvent = await app.request('/api/v1/events', {
    method: 'POST',
    headers: { Origin: STRANGER, 'Content-Type': 'application/json' },
    body,
  });
  assert.equal(jsonEvent.status, 403);
});
