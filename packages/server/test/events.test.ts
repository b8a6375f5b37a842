import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, makeApp } from './helpers.ts';

const batch = (pageViewId: string, ids: string[]) =>
  JSON.stringify({
    pageViewId,
    events: ids.map((subjectId) => ({
      type: 'impression',
      subject: 'banner',
      subjectId,
      unit: 'so-tu-phap',
    })),
  });

const beacon = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
  body,
});

test('a sendBeacon body (JSON as text/plain) is accepted and stored with its site', async () => {
  const { app, database } = await makeApp();
  const response = await app.request(
    '/api/v1/events',
    beacon(batch('pv-aaaaaaaa', ['1', '2']), { Origin: 'https://xahoathanh.tayninh.gov.vn' }),
  );
  assert.equal(response.status, 202);
  assert.deepEqual(await json(response), { accepted: 2, duplicates: 0 });
  const rows = await database.db.selectFrom('events').selectAll().execute();
  assert.deepEqual(
    rows.map((r) => [r.subject_id, r.unit, r.site_origin]),
    [
      ['1', 'so-tu-phap', 'https://xahoathanh.tayninh.gov.vn'],
      ['2', 'so-tu-phap', 'https://xahoathanh.tayninh.gov.vn'],
    ],
  );
});

test('the same event in the same page view counts once', async () => {
  const { app } = await makeApp();
  await app.request('/api/v1/events', beacon(batch('pv-bbbbbbbb', ['1'])));
  const again = await app.request('/api/v1/events', beacon(batch('pv-bbbbbbbb', ['1', '1', '3'])));
  assert.deepEqual(await json(again), { accepted: 1, duplicates: 2 });
  const otherView = await app.request('/api/v1/events', beacon(batch('pv-cccccccc', ['1'])));
  assert.deepEqual(await json(otherView), { accepted: 1, duplicates: 0 });
});

test('an invalid batch is a 400 problem', async () => {
  const { app } = await makeApp();
  const response = await app.request(
    '/api/v1/events',
    beacon(
      JSON.stringify({ pageViewId: 'x', events: [{ type: 'hover', subject: 'banner', subjectId: '1' }] }),
    ),
  );
  assert.equal(response.status, 400);
  const errors = (await json<{ errors: Record<string, string[]> }>(response)).errors;
  assert.ok(errors['pageViewId'] && errors['events.0.type']);
  const empty = await app.request(
    '/api/v1/events',
    beacon(JSON.stringify({ pageViewId: 'pv-dddddddd', events: [] })),
  );
  assert.equal(empty.status, 400);
});

test('over the per-minute limit: 429 with Retry-After, until the next window', async () => {
  const { app, clock } = await makeApp({ env: { PBGDPL_EVENTS_PER_MINUTE: '3' } });
  clock.set('2026-03-01T10:00:15Z');
  const send = (n: number) => app.request('/api/v1/events', beacon(batch(`pv-limit-${n}`, ['1'])));
  for (let n = 0; n < 3; n++) assert.equal((await send(n)).status, 202);
  const refused = await send(3);
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('Retry-After'), '45');
  assert.equal((await json(refused)).title, 'Quá nhiều yêu cầu');
  clock.set('2026-03-01T10:01:00Z');
  assert.equal((await send(4)).status, 202);
});

test('clients are told apart by address; X-Forwarded-For counts only behind a trusted proxy', async () => {
  const send = (app: Awaited<ReturnType<typeof makeApp>>['app'], n: number, forwardedFor: string) =>
    app.request(
      '/api/v1/events',
      beacon(batch(`pv-proxy-${n}`, ['1']), { 'X-Forwarded-For': forwardedFor }),
      // What @hono/node-server passes: the Node request with its socket.
      { incoming: { socket: { remoteAddress: '10.0.0.1' } } },
    );
  const direct = await makeApp({ env: { PBGDPL_EVENTS_PER_MINUTE: '1' } });
  assert.equal((await send(direct.app, 1, '1.1.1.1')).status, 202);
  assert.equal((await send(direct.app, 2, '2.2.2.2')).status, 429, 'spoofed header ignored');

  const proxied = await makeApp({ env: { PBGDPL_EVENTS_PER_MINUTE: '1', PBGDPL_TRUST_PROXY: '1' } });
  assert.equal((await send(proxied.app, 1, '1.1.1.1')).status, 202);
  assert.equal((await send(proxied.app, 2, '9.9.9.9, 2.2.2.2')).status, 202, 'another client');
  assert.equal((await send(proxied.app, 3, '1.1.1.1')).status, 429);
});
