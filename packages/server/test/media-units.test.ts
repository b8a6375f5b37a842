import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaDetail, MediaItem, MediaPage, Problem } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { png } from './fixtures/media-files.ts';
import { bannerInput, json, type TestApp } from './helpers.ts';
import { auth, libraryState, mediaApp, upload, uploaded } from './media-support.ts';

/**
 * The library by unit: a unit's person (contributor) uploads to their unit, lists their unit's
 * and the shared files, and changes or deletes their unit's only; another unit's files do not
 * exist for them (404), the shared ones are the editors' (403). Editors reach everything. Also
 * the editors' search by name, kind, unit and uploader, and a delete refused while in use.
 */

const OWN = 'xa-hoa-thanh';
const OTHER = 'phuong-tan-ninh';

async function library() {
  const t = await mediaApp();
  const tokens = tokensRepository(t.database.db);
  const bearer = async (name: string, role: 'contributor' | 'editor', unit: string | null = null) => ({
    Authorization: `Bearer ${(await tokens.create(name, role, t.clock(), unit)).token}`,
  });
  const officer = await bearer('Cán bộ xã Hòa Thành', 'contributor', OWN);
  const editor = await bearer('Biên tập viên Sở', 'editor');
  const shared = await uploaded(t, await png(30, 30), 'Logo tỉnh.png');
  const others = await uploaded(t, await png(31, 31), 'Ảnh phường.png', { unitId: OTHER });
  return { t, officer, editor, shared, others };
}

const call = (t: TestApp, headers: Record<string, string>, method: string, path: string, body?: unknown) =>
  t.app.request(`/api/v1/admin/media${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const titles = (page: MediaPage) => page.items.map((item) => item.title).sort();

test('a unit’s person uploads to their unit and lists their unit’s and the shared files', async () => {
  const { t, officer, shared, others } = await library();
  const own = await json<MediaItem>(
    await upload(t, await png(32, 32), 'Hội nghị xã.png', { headers: officer }),
  );
  assert.equal(own.unitId, OWN, 'their unit without asking');
  assert.equal(own.uploadedBy, 'Cán bộ xã Hòa Thành');

  assert.deepEqual(titles(await json<MediaPage>(await call(t, officer, 'GET', ''))), [
    'Hội nghị xã',
    'Logo tỉnh',
  ]);
  const asked = await json<MediaPage>(await call(t, officer, 'GET', `?unit=${OTHER}`));
  assert.equal(asked.total, 0, 'another unit’s files are not listed even when asked for');
  assert.equal((await call(t, officer, 'GET', `/${others.id}`)).status, 404);
  assert.equal((await call(t, officer, 'GET', `/${shared.id}`)).status, 200);
  const rules = await call(t, officer, 'GET', '/rules');
  assert.equal(rules.status, 200);
});

test('a unit’s person cannot upload for another unit: 403, nothing stored', async () => {
  const { t, officer } = await library();
  const before = await libraryState(t);
  const response = await upload(t, await png(33, 33), 'x.png', {
    headers: officer,
    fields: { unitId: OTHER },
  });
  assert.equal(response.status, 403);
  assert.match((await json<Problem>(response)).detail ?? '', /đơn vị mình/);
  assert.deepEqual(await libraryState(t), before);
});

test('a unit’s person changes and deletes their unit’s files only', async () => {
  const { t, officer, shared, others } = await library();
  const own = await json<MediaItem>(await upload(t, await png(34, 34), 'a.png', { headers: officer }));

  const renamed = await call(t, officer, 'PATCH', `/${own.id}`, {
    title: 'Ảnh lễ ra quân',
    alt: 'Lễ ra quân',
  });
  assert.equal(renamed.status, 200);
  assert.equal((await json<MediaDetail>(renamed)).alt, 'Lễ ra quân');
  assert.equal((await call(t, officer, 'PATCH', `/${own.id}`, { unitId: OTHER })).status, 403, 'give away');
  assert.equal((await call(t, officer, 'PATCH', `/${own.id}`, { unitId: null })).status, 403, 'share');
  assert.equal((await call(t, officer, 'PATCH', `/${shared.id}`, { title: 'Của tôi' })).status, 403);
  assert.equal((await call(t, officer, 'PATCH', `/${others.id}`, { title: 'Của tôi' })).status, 404);

  assert.equal((await call(t, officer, 'DELETE', `/${shared.id}`)).status, 403);
  assert.equal((await call(t, officer, 'DELETE', `/${others.id}`)).status, 404);
  assert.equal((await call(t, officer, 'DELETE', `/${own.id}`)).status, 204);
  assert.equal((await call(t, auth, 'GET', `/${own.id}`)).status, 404);
  const kept = await json<MediaPage>(await call(t, auth, 'GET', ''));
  assert.deepEqual(titles(kept), ['Logo tỉnh', 'Ảnh phường']);
});

test('editors search by words without marks, kind, unit and uploader, and change any unit’s file', async () => {
  const { t, officer, editor, others } = await library();
  await upload(t, await png(35, 35), 'Tập huấn hòa giải.png', { headers: officer });
  const search = async (query: string) => titles(await json<MediaPage>(await call(t, editor, 'GET', query)));
  assert.deepEqual(await search('?q=tap huan'), ['Tập huấn hòa giải']);
  assert.deepEqual(await search('?q=phuo'), ['Ảnh phường']);
  assert.deepEqual(await search(`?unit=${OWN}`), ['Tập huấn hòa giải']);
  assert.deepEqual(await search(`?uploader=${encodeURIComponent('Cán bộ xã Hòa Thành')}`), [
    'Tập huấn hòa giải',
  ]);
  assert.deepEqual(await search('?kind=document'), []);
  assert.equal((await search('?kind=image')).length, 3);
  const page = await json<MediaPage>(await call(t, editor, 'GET', '?pageSize=2&page=2'));
  assert.deepEqual([page.total, page.items.length], [3, 1]);

  const moved = await call(t, editor, 'PATCH', `/${others.id}`, { unitId: OWN, caption: 'Chụp năm 2026' });
  assert.equal(moved.status, 200);
  assert.equal((await json<MediaDetail>(moved)).unitId, OWN);
  assert.equal((await call(t, officer, 'GET', `/${others.id}`)).status, 200, 'now the unit’s');
});

test('a file in use cannot be deleted, and the refusal names each item using it', async () => {
  const { t, editor, shared } = await library();
  const banner = await t.app.request('/api/v1/admin/banners', {
    method: 'POST',
    headers: { ...editor, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...bannerInput, image: { url: shared.url, width: 30, height: 30 } }),
  });
  assert.equal(banner.status, 201, await banner.clone().text());
  const { id } = await json<{ id: number }>(banner);

  const detail = await json<MediaDetail>(await call(t, editor, 'GET', `/${shared.id}`));
  assert.deepEqual(detail.usedBy, [{ kind: 'banner', id, title: bannerInput.title }]);
  const refused = await call(t, editor, 'DELETE', `/${shared.id}`);
  assert.equal(refused.status, 409);
  const problem = await json<Problem>(refused);
  assert.match(problem.detail ?? '', /đang được dùng ở 1 mục/);
  assert.deepEqual(problem.errors?.usedBy, [`Banner ${id}: ${bannerInput.title}`]);
  assert.equal((await call(t, editor, 'GET', `/${shared.id}`)).status, 200, 'still there');
});
