import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaDetail, MediaItem } from '@pbgdpl/contract';
import { demoFile, png } from './fixtures/media-files.ts';
import { bannerInput, json, type TestApp } from './helpers.ts';
import { auth, libraryState, mediaApp, uploaded } from './media-support.ts';

/**
 * Equal bytes uploaded under two names: one stored file, two entries, and each entry's address
 * downloads under its own name (RFC 6266, `filename*` of RFC 8187), cacheable for a year. The
 * first form of address (`/media/<key>`) keeps working: it names the first entry of the key.
 */

const PDF = demoFile('documents/45-2019-qd-ubnd.pdf');
const FIRST = 'Quyết định số 45 về hòa giải.pdf';
const SECOND = 'Tài liệu tập huấn Đội ngũ.pdf';

const get = (t: TestApp, url: string, headers: Record<string, string> = {}) =>
  t.app.request(url, { headers });

const disposition = async (t: TestApp, url: string) => {
  const response = await get(t, url);
  assert.equal(response.status, 200, url);
  await response.arrayBuffer();
  return response.headers.get('Content-Disposition');
};

const keyOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

async function twoNames() {
  const t = await mediaApp();
  const first = await uploaded(t, PDF, FIRST);
  const second = await uploaded(t, PDF, SECOND);
  return { t, first, second };
}

test('equal bytes under two names: one stored file, two addresses, each downloading under its own name', async () => {
  const { t, first, second } = await twoNames();
  assert.notEqual(first.url, second.url);
  assert.equal(keyOf(first.url), keyOf(second.url), 'one content hash');
  assert.equal(first.url, `/media/${first.id}/${keyOf(first.url)}`);
  const state = await libraryState(t);
  assert.equal(state.entries, 2);
  if (t.config.media.storage === 'disk') assert.equal(state.files.length, 1, 'one file on disk');
  else assert.equal(state.chunks, Math.ceil(PDF.length / (256 * 1024)), 'one file’s chunks');

  assert.equal(
    await disposition(t, first.url),
    `attachment; filename="Quyet dinh so 45 ve hoa giai.pdf"; filename*=UTF-8''${encodeURIComponent(FIRST)}`,
  );
  assert.equal(
    await disposition(t, second.url),
    `attachment; filename="Tai lieu tap huan Doi ngu.pdf"; filename*=UTF-8''${encodeURIComponent(SECOND)}`,
  );
  const head = await t.app.request(second.url, { method: 'HEAD' });
  assert.match(head.headers.get('Content-Disposition') ?? '', /Tai lieu tap huan/);

  for (const url of [first.url, second.url]) {
    const whole = await get(t, url);
    assert.equal(whole.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    assert.ok(Buffer.from(await whole.arrayBuffer()).equals(PDF), `${url}: byte for byte`);
    const etag = whole.headers.get('ETag') ?? '';
    assert.equal((await get(t, url, { 'If-None-Match': etag })).status, 304);
    const part = await get(t, url, { Range: 'bytes=100-199' });
    assert.equal(part.status, 206);
    assert.ok(Buffer.from(await part.arrayBuffer()).equals(PDF.subarray(100, 200)));
  }
});

test('the first form of address still serves the file, under the first entry’s name', async () => {
  const { t, first } = await twoNames();
  const shared = `/media/${keyOf(first.url)}`;
  assert.match((await disposition(t, shared)) ?? '', /filename="Quyet dinh so 45 ve hoa giai\.pdf"/);
});

test('an address pairing an entry with a file that is not its own is 404', async () => {
  const { t, first } = await twoNames();
  const other = await uploaded(t, await png(40, 40), 'khac.png');
  assert.equal((await get(t, `/media/${other.id}/${keyOf(first.url)}`)).status, 404);
  assert.equal((await get(t, `/media/999999/${keyOf(first.url)}`)).status, 404);
  assert.equal(
    (await get(t, `/media/0${first.id}/${keyOf(first.url)}`)).status,
    404,
    'one spelling per address',
  );
});

test('an image’s smaller copies are named after their own entry too', async () => {
  const t = await mediaApp();
  const image = await png(700, 300);
  const first = await uploaded(t, image, 'Hội nghị.png');
  const second = await uploaded(t, image, 'Tập huấn.png');
  assert.equal(keyOf(first.variants[0]!.url), keyOf(second.variants[0]!.url), 'copies shared');
  assert.equal(
    await disposition(t, second.variants[0]!.url),
    `inline; filename="Tap huan-320.webp"; filename*=UTF-8''${encodeURIComponent('Tập huấn-320.webp')}`,
  );
  assert.match((await disposition(t, first.variants[0]!.url)) ?? '', /filename="Hoi nghi-320\.webp"/);
});

test('deleting one entry leaves the other served; an item naming the first form holds the first entry', async () => {
  const { t, first, second } = await twoNames();
  const image = await png(50, 50);
  const pictured = await uploaded(t, image, 'Ảnh một.png');
  const again = await uploaded(t, image, 'Ảnh hai.png');
  const legacy = `/media/${keyOf(pictured.url)}`;
  const banner = await t.app.request('/api/v1/admin/banners', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...bannerInput, image: { url: legacy, width: 50, height: 50 } }),
  });
  assert.equal(banner.status, 201, await banner.clone().text());
  const detail = async (item: MediaItem) =>
    json<MediaDetail>(await t.app.request(`/api/v1/admin/media/${item.id}`, { headers: auth }));
  assert.equal((await detail(pictured)).usedBy.length, 1, 'the first form names the first entry');
  assert.equal((await detail(again)).usedBy.length, 0);
  const remove = (item: MediaItem) =>
    t.app.request(`/api/v1/admin/media/${item.id}`, { method: 'DELETE', headers: auth });
  assert.equal((await remove(pictured)).status, 409);
  assert.equal((await remove(again)).status, 204);

  assert.equal((await remove(first)).status, 204);
  assert.equal((await get(t, first.url)).status, 404, 'the deleted entry’s address is gone');
  assert.match((await disposition(t, second.url)) ?? '', /Tai lieu tap huan/);
  assert.match(
    (await disposition(t, `/media/${keyOf(second.url)}`)) ?? '',
    /Tai lieu tap huan/,
    'the first form now names the remaining entry',
  );
  assert.equal((await libraryState(t)).entries, 2);
});
