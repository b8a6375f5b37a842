import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page, Reporter } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { demoReporters } from './demo-content.ts';
import { json, makeApp } from './helpers.ts';

const ADMIN = 'reporters-admin-token-0123456789abcdef';

async function setup() {
  const t = await makeApp({ env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  t.clock.set('2026-03-01T00:00:00Z');
  const call = (path: string, init: RequestInit = {}, token: string | null = ADMIN) =>
    t.app.request(`/api/v1${path}`, {
      ...init,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
  return { t, call };
}

const names = (page: Page<Reporter>) => page.items.map((r) => r.name);

test('the public directory lists terms running today, in Vietnamese order, with public fields only', async () => {
  const { call } = await setup();
  const page = await json<Page<Reporter>>(await call('/reporters?pageSize=100', {}, null));
  const current = demoReporters().filter((r) => !r.termEnd || r.termEnd >= '2026-03-01');
  assert.equal(page.total, current.length);
  assert.ok(!names(page).includes('Phan Thị Diễm'), 'an ended term is not public');
  assert.deepEqual(
    names(page),
    [...names(page)].sort((a, b) => a.localeCompare(b, 'vi')),
  );
  assert.deepEqual(Object.keys(page.items[0]!).sort(), [
    'decision',
    'fields',
    'id',
    'name',
    'position',
    'role',
    'termEnd',
    'termStart',
    'unitId',
    'unitName',
    // How many times editors changed the entry (for their If-Match): no personal data.
    'version',
  ]);
});

test('search folds Vietnamese (đ, tones), filters by unit, role and field, and pages', async () => {
  const { call } = await setup();
  const get = async (query: string) => json<Page<Reporter>>(await call(`/reporters?${query}`, {}, null));
  assert.deepEqual(names(await get('q=dang%20quoc')), ['Đặng Quốc Bảo']);
  assert.deepEqual(names(await get('q=MINH%20DUC')), ['Lê Minh Đức']);
  assert.deepEqual(names(await get('q=h%C3%B2a%20gi%E1%BA%A3i')), ['Châu Thị Bích Trâm']); // position matches too
  assert.deepEqual(names(await get('unit=xa-hoa-thanh')), ['Dương Thị Thanh Thảo', 'Mai Văn Lợi']);
  const propagandists = await get('role=tuyen-truyen-vien&pageSize=100');
  assert.equal(propagandists.total, demoReporters().filter((r) => r.role === 'tuyen-truyen-vien').length);
  assert.ok((await get('field=dat-dai&pageSize=100')).items.every((r) => r.fields.includes('dat-dai')));
  const second = await get('pageSize=5&page=2');
  assert.equal(second.items.length, 5);
  assert.equal(second.page, 2);
  const bad = await call('/reporters?role=boss&pageSize=0', {}, null);
  assert.equal(bad.status, 400);
  assert.deepEqual(Object.keys((await json<{ errors: object }>(bad)).errors).sort(), ['pageSize', 'role']);
});

test('editors add, correct and list reporters; only admins delete; bad input is explained per field', async () => {
  const { call } = await setup();
  const input = {
    name: 'Nguyễn Thị Lan',
    unitId: 'so-tu-phap',
    role: 'bao-cao-vien',
    fields: ['tu-phap'],
    termStart: '2026-01-01',
  };
  assert.equal(
    (await call('/admin/reporters', { method: 'POST', body: JSON.stringify(input) }, null)).status,
    401,
  );
  const created = await call('/admin/reporters', { method: 'POST', body: JSON.stringify(input) });
  assert.equal(created.status, 201);
  const reporter = await json<Reporter>(created);
  assert.equal(reporter.unitName, 'Sở Tư pháp tỉnh Tây Ninh');
  const updated = await json<Reporter>(
    await call(`/admin/reporters/${reporter.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...input, termEnd: '2026-02-01' }),
    }),
  );
  assert.equal(updated.termEnd, '2026-02-01');
  const ended = await json<Page<Reporter>>(await call('/admin/reporters?current=false&pageSize=100'));
  assert.ok(names(ended).includes('Nguyễn Thị Lan'));
  const invalid = await call('/admin/reporters', {
    method: 'POST',
    body: JSON.stringify({ ...input, fields: [], termEnd: '2025-01-01', unitId: 'Bad Unit' }),
  });
  assert.equal(invalid.status, 400);
  assert.deepEqual(Object.keys((await json<{ errors: object }>(invalid)).errors).sort(), [
    'fields',
    'termEnd',
    'unitId',
  ]);
  const unknown = await call('/admin/reporters', {
    method: 'POST',
    body: JSON.stringify({ ...input, unitId: 'khong-co' }),
  });
  assert.deepEqual((await json<{ errors: object }>(unknown)).errors, {
    unitId: ['Không có đơn vị "khong-co"'],
  });
  assert.equal((await call(`/admin/reporters/${reporter.id}`, { method: 'DELETE' })).status, 204);
  assert.equal((await call(`/admin/reporters/${reporter.id}`)).status, 404);
});

test('activity reports: one per unit and month, validated, the duplicate named', async () => {
  const { call } = await setup();
  const report = {
    unitId: 'so-xay-dung',
    month: '2026-02',
    conferences: 2,
    trainings: 1,
    contests: 0,
    participants: 150,
    copies: 400,
  };
  const created = await call('/admin/activities', { method: 'POST', body: JSON.stringify(report) });
  assert.equal(created.status, 201);
  const again = await call('/admin/activities', {
    method: 'POST',
    body: JSON.stringify(report),
    headers: { 'Accept-Language': 'en' },
  });
  assert.equal(again.status, 400);
  assert.match(
    (await json<{ errors: { month: string[] } }>(again)).errors.month[0]!,
    /already has a report for 2026-02/,
  );
  // A commune of the 2025 reform reports from July 2025; a ward merged away, up to June 2025.
  const tooEarly = await call('/admin/activities', {
    method: 'POST',
    body: JSON.stringify({ ...report, unitId: 'xa-hoa-thanh', month: '2025-06' }),
  });
  assert.equal(tooEarly.status, 400);
  assert.deepEqual((await json<{ errors: object }>(tooEarly)).errors, {
    month: ['Đơn vị được thành lập từ ngày 01/07/2025; không nhận báo cáo tháng 06/2025.'],
  });
  const tooLate = await call('/admin/activities', {
    method: 'POST',
    body: JSON.stringify({ ...report, unitId: 'phuong-1-tan-an', month: '2025-07' }),
    headers: { 'Accept-Language': 'en' },
  });
  assert.deepEqual((await json<{ errors: object }>(tooLate)).errors, {
    month: ['The unit ceased to exist after 2025-06-30; it cannot report for 2025-07.'],
  });
  const lastMonth = await call('/admin/activities', {
    method: 'POST',
    body: JSON.stringify({ ...report, unitId: 'phuong-1-tan-an', month: '2025-06' }),
  });
  assert.equal(lastMonth.status, 201);
  const bad = await call('/admin/activities', {
    method: 'POST',
    body: JSON.stringify({ ...report, month: '2026-13', participants: -1 }),
  });
  assert.deepEqual(Object.keys((await json<{ errors: object }>(bad)).errors).sort(), [
    'month',
    'participants',
  ]);
  const list = await json<{ items: Array<{ unitId: string; month: string }> }>(
    await call('/admin/activities?unit=so-xay-dung&year=2026'),
  );
  assert.deepEqual(
    list.items.map((a) => a.month),
    ['2026-02'],
  );
});

test("a unit's person keeps their own unit's reporters only", async () => {
  const { t, call } = await setup();
  const officer = (
    await tokensRepository(t.database.db).create(
      'Cán bộ phường Tân Ninh',
      'contributor',
      t.clock(),
      'phuong-tan-ninh',
    )
  ).token;
  const reporter = (unitId: string) => ({
    name: 'Võ Thị Tuyên Truyền',
    unitId,
    role: 'tuyen-truyen-vien',
    fields: ['hon-nhan-gia-dinh'],
    termStart: '2026-01-01',
  });
  const own = await call(
    '/admin/reporters',
    { method: 'POST', body: JSON.stringify(reporter('phuong-tan-ninh')) },
    officer,
  );
  assert.equal(own.status, 201, await own.clone().text());
  const other = await call(
    '/admin/reporters',
    { method: 'POST', body: JSON.stringify(reporter('so-tu-phap')) },
    officer,
  );
  assert.equal(other.status, 403);

  for (const path of ['/admin/reporters?pageSize=100', '/admin/reporters?pageSize=100&unit=so-tu-phap']) {
    const page = await json<Page<Reporter>>(await call(path, {}, officer));
    assert.ok(page.total >= 2, path);
    assert.ok(
      page.items.every((r) => r.unitId === 'phuong-tan-ninh'),
      path,
    );
  }
  const elsewhere = (await json<Page<Reporter>>(await call('/admin/reporters?unit=so-tu-phap'))).items[0]!;
  assert.equal((await call(`/admin/reporters/${elsewhere.id}`, {}, officer)).status, 404);
  const mine = await json<Reporter>(own);
  assert.equal(
    (
      await call(
        `/admin/reporters/${mine.id}`,
        { method: 'DELETE', headers: { 'If-Match': `"${mine.version}"` } },
        officer,
      )
    ).status,
    403,
    'deleting stays with the administrator',
  );
});
