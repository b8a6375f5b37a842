import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes, type RouteSpec } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { makeApp } from './helpers.ts';

/**
 * Access rules for every route in the table, so a route added later is covered without a
 * new test: admin routes refuse a missing or wrong token (401) and a weaker role (403);
 * writes from an origin not in PBGDPL_CORS_ORIGINS are refused (403).
 */
const ALLOWED_ORIGIN = 'https://sotuphap.tayninh.gov.vn';
const t = await makeApp({ env: { PBGDPL_CORS_ORIGINS: ALLOWED_ORIGIN } });
const editor = (await tokensRepository(t.database.db).create('Biên tập viên', 'editor', t.clock())).token;

const all = Object.entries(routes as Record<string, RouteSpec>);
const concretePath = (spec: RouteSpec) =>
  `/api/v1${spec.path
    .replace('{id}', '1')
    .replace('{code}', 'HD-23456789')
    .replace(/\{[^}]+\}/g, 'x')}`;

function call(spec: RouteSpec, headers: Record<string, string>): Promise<Response> {
  const write = spec.method !== 'get';
  return Promise.resolve(
    t.app.request(concretePath(spec), {
      method: spec.method.toUpperCase(),
      headers: {
        ...(write ? { 'Content-Type': spec.bodyTypes?.[0] ?? 'application/json' } : {}),
        ...headers,
      },
      ...(write ? { body: '{}' } : {}),
    }),
  );
}

test('every admin route: 401 without a token and with a wrong one', async () => {
  const admin = all.filter(([, spec]) => spec.role);
  assert.ok(admin.length >= 10);
  for (const [name, spec] of admin) {
    assert.equal((await call(spec, {})).status, 401, `${name} without a token`);
    assert.equal((await call(spec, { Authorization: 'Bearer pbgdpl_wrong-token-000000' })).status, 401, name);
  }
});

test('every admin-only route: 403 for an editor', async () => {
  const adminOnly = all.filter(([, spec]) => spec.role === 'admin');
  assert.ok(adminOnly.length >= 3);
  for (const [name, spec] of adminOnly) {
    assert.equal((await call(spec, { Authorization: `Bearer ${editor}` })).status, 403, name);
  }
});

test('every write from an unlisted origin is refused; a listed origin gets past CORS', async () => {
  const writes = all.filter(([, spec]) => spec.method !== 'get');
  for (const [name, spec] of writes) {
    const refused = await call(spec, { Origin: 'https://evil.example', Authorization: `Bearer ${editor}` });
    assert.equal(refused.status, 403, `${name} from an unlisted origin`);
    const listed = await call(spec, { Origin: ALLOWED_ORIGIN, Authorization: `Bearer ${editor}` });
    assert.equal(listed.headers.get('Access-Control-Allow-Origin'), ALLOWED_ORIGIN, name);
  }
});
