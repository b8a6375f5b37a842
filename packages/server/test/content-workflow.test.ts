import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContentState, TransitionList, VideoInput } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { bannerInput, documentInput, json, makeApp } from './helpers.ts';

/**
 * The review workflow on documents, videos and banners: a commune's officer drafts and submits
 * an item of their own unit; an editor returns it with a comment; the officer fixes and
 * resubmits; the editor publishes it, and only then does any public read show it.
 */
const OWN = 'xa-hoa-thanh';
const OTHER = 'phuong-tan-ninh';
/** A word no seeded item holds, so public searches find the test's item alone. */
const MARK = 'Khuêquỳnh';

const videoInput = (unitId: string | null): VideoInput => ({
  title: `Tình huống ${MARK}: đăng ký tạm trú`,
  category: 'tinh-huong',
  publishedAt: '2026-02-20T02:00:00Z',
  durationSeconds: 95,
  poster: { url: '/media/videos/lua-dao-qua-mang-poster.jpg', width: 480, height: 270 },
  sources: [{ url: '/media/videos/lua-dao-qua-mang.mp4', type: 'video/mp4' }],
  unitId,
});

interface Kind {
  path: string;
  input: (unit: string | null) => Record<string, unknown>;
  /** Every public read of an item of OWN: each must see it exactly when it is published. */
  publicReads: Array<{
    name: string;
    path: (id: number) => string;
    shows: (body: string, id: number) => boolean;
  }>;
}

const listed = (body: string, id: number) =>
  (JSON.parse(body) as { items: Array<{ id: number }> }).items.some((item) => item.id === id);
const found = (body: string) => body.includes(MARK);

const KINDS: Record<string, Kind> = {
  documents: {
    path: '/documents',
    input: (unit) =>
      documentInput({
        issuerId: unit ?? 'tay-ninh',
        issuedOn: '2026-02-27',
        number: '07/2026/QĐ-UBND',
        title: `Quy chế ${MARK} về hòa giải`,
      }),
    publicReads: [
      { name: 'detail', path: (id) => `/documents/${id}`, shows: found },
      { name: 'list of the unit', path: () => `/documents?issuer=${OWN}&pageSize=100`, shows: listed },
      { name: 'search', path: () => `/documents?q=${encodeURIComponent(MARK)}`, shows: listed },
      { name: 'search by number', path: () => `/documents?q=07%2F2026`, shows: listed },
      { name: 'Atom feed', path: () => '/documents/feed.xml', shows: found },
      { name: 'NDJSON export', path: () => '/documents/export.ndjson', shows: found },
    ],
  },
  videos: {
    path: '/videos',
    input: (unit) => videoInput(unit),
    publicReads: [
      { name: 'detail', path: (id) => `/videos/${id}`, shows: found },
      { name: 'list of the unit', path: () => `/videos?unit=${OWN}&pageSize=48`, shows: listed },
      { name: 'search', path: () => `/videos?q=${encodeURIComponent(MARK)}`, shows: listed },
      { name: 'Atom feed', path: () => '/videos/feed.xml', shows: found },
      { name: 'NDJSON export', path: () => '/videos/export.ndjson', shows: found },
    ],
  },
  banners: {
    path: '/banners',
    input: (unit) => ({ ...bannerInput, title: `Banner ${MARK}`, unitId: unit }),
    publicReads: [{ name: "the unit's site", path: () => `/banners?unit=${OWN}`, shows: listed }],
  },
};

async function workflowApp() {
  const t = await makeApp();
  const tokens = tokensRepository(t.database.db);
  const officer = (await tokens.create('Cán bộ xã Hòa Thành', 'contributor', t.clock(), OWN)).token;
  const outsider = (await tokens.create('Cán bộ phường Tân Ninh', 'contributor', t.clock(), OTHER)).token;
  const editor = (await tokens.create('Biên tập viên Hà', 'editor', t.clock())).token;
  const call = async (token: string, method: string, path: string, body?: unknown, ifMatch?: string) =>
    t.app.request(`/api/v1/admin${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  /** A move with the version the caller last saw. */
  const move = async (token: string, path: string, action: string, comment?: string) => {
    const current = await call(token, 'GET', path);
    return call(
      token,
      'POST',
      `${path}/state`,
      { action, comment },
      current.headers.get('ETag') ?? undefined,
    );
  };
  const stateOf = async (token: string, path: string) =>
    (await json<{ state: ContentState }>(await call(token, 'GET', path))).state;
  /** Which public reads show the item now. */
  const seenBy = async (kind: Kind, id: number) => {
    const seen: string[] = [];
    for (const read of kind.publicReads) {
      const response = await t.app.request(`/api/v1${read.path(id)}`);
      const body = await response.text();
      if (response.ok && read.shows(body, id)) seen.push(read.name);
      else if (read.name === 'detail') assert.equal(response.status, 404, 'an unpublished item is not there');
    }
    return seen;
  };
  return { t, officer, outsider, editor, call, move, stateOf, seenBy };
}

for (const [name, kind] of Object.entries(KINDS)) {
  test(`${name}: draft → submitted → returned → submitted → published, public only at the end`, async () => {
    const { officer, editor, call, move, stateOf, seenBy } = await workflowApp();
    const everywhere = kind.publicReads.map((read) => read.name);

    const created = await call(officer, 'POST', kind.path, { ...kind.input(OWN), published: true });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = await json<{ id: number }>(created);
    const path = `${kind.path}/${id}`;
    assert.equal(await stateOf(officer, path), 'draft', "a unit's new item is a draft, whatever it asks");
    assert.deepEqual(await seenBy(kind, id), []);

    assert.equal((await move(officer, path, 'publish')).status, 403, 'a unit cannot publish');
    assert.equal((await move(officer, path, 'submit')).status, 200);
    assert.equal(await stateOf(officer, path), 'submitted');
    const current = await call(officer, 'GET', path);
    const locked = await call(
      officer,
      'PUT',
      path,
      kind.input(OWN),
      current.headers.get('ETag') ?? undefined,
    );
    assert.equal(locked.status, 409, 'submitted: no longer the unit’s to edit');
    assert.deepEqual(await seenBy(kind, id), [], 'submitted is not public');

    assert.equal((await move(editor, path, 'return')).status, 400, 'a return says why');
    const comment = 'Thiếu số hiệu văn bản gốc; bổ sung rồi gửi lại.';
    assert.equal((await move(editor, path, 'return', comment)).status, 200);
    assert.equal(await stateOf(officer, path), 'returned');
    assert.deepEqual(await seenBy(kind, id), []);

    const again = await call(officer, 'GET', path);
    const fixed = await call(officer, 'PUT', path, kind.input(OWN), again.headers.get('ETag') ?? undefined);
    assert.equal(fixed.status, 200, await fixed.clone().text());
    assert.equal((await move(officer, path, 'submit')).status, 200);
    assert.equal((await move(editor, path, 'publish')).status, 200);
    assert.equal(await stateOf(editor, path), 'published');
    assert.deepEqual(await seenBy(kind, id), everywhere, 'published: every public read shows it');

    assert.equal((await move(editor, path, 'unpublish')).status, 200);
    assert.deepEqual(await seenBy(kind, id), [], 'unpublished: gone from every public read again');

    const history = await json<TransitionList>(await call(officer, 'GET', `${path}/history`));
    assert.deepEqual(
      history.items.map((move) => [move.actor, move.from, move.to]),
      [
        ['Cán bộ xã Hòa Thành', null, 'draft'],
        ['Cán bộ xã Hòa Thành', 'draft', 'submitted'],
        ['Biên tập viên Hà', 'submitted', 'returned'],
        ['Cán bộ xã Hòa Thành', 'returned', 'submitted'],
        ['Biên tập viên Hà', 'submitted', 'published'],
        ['Biên tập viên Hà', 'published', 'unpublished'],
      ],
    );
    assert.equal(history.items[2]?.comment, comment);
  });

  test(`${name}: a unit's person cannot see, enter or change another unit's items, nor province-wide ones`, async () => {
    const { officer, outsider, editor, call, move } = await workflowApp();
    assert.equal((await call(officer, 'POST', kind.path, kind.input(OTHER))).status, 403);
    if (name !== 'documents')
      assert.equal(
        (await call(officer, 'POST', kind.path, kind.input(null))).status,
        403,
        'no unit: editors only',
      );

    const { id } = await json<{ id: number }>(await call(officer, 'POST', kind.path, kind.input(OWN)));
    const path = `${kind.path}/${id}`;
    assert.equal((await call(outsider, 'GET', path)).status, 404);
    assert.equal((await call(outsider, 'GET', `${path}/history`)).status, 404);
    assert.equal((await move(outsider, path, 'submit')).status, 404);
    assert.equal((await call(outsider, 'PUT', path, kind.input(OTHER), '"1"')).status, 404);
    const theirs = await json<{ items: Array<{ id: number }> }>(
      await call(outsider, 'GET', `${kind.path}?pageSize=100`),
    );
    assert.ok(!theirs.items.some((item) => item.id === id), "another unit's list leaves it out");
    const ours = await json<{ items: Array<{ id: number }> }>(
      await call(officer, 'GET', `${kind.path}?pageSize=100`),
    );
    assert.ok(ours.items.some((item) => item.id === id));

    // The editor's own items: published at once, and out of the unit's reach when not theirs.
    const editors = await call(editor, 'POST', kind.path, kind.input(null));
    assert.equal(editors.status, 201);
    const editorsItem = await json<{ id: number; state: ContentState }>(editors);
    assert.equal(editorsItem.state, 'published');
    assert.equal((await call(officer, 'GET', `${kind.path}/${editorsItem.id}`)).status, 404);
    assert.equal((await call(officer, 'DELETE', path)).status, 403, 'deleting stays the admin’s');
  });
}

test('documents and videos: an editor\'s "public" flag moves the item along the workflow, on the record', async () => {
  const { t, editor, call, stateOf, seenBy } = await workflowApp();
  for (const kind of [KINDS.documents, KINDS.videos] as Kind[]) {
    const created = await call(editor, 'POST', kind.path, { ...kind.input(OWN), published: false });
    const { id } = await json<{ id: number }>(created);
    const path = `${kind.path}/${id}`;
    assert.equal(await stateOf(editor, path), 'draft', 'held back: a draft');
    assert.deepEqual(await seenBy(kind, id), []);
    const current = await call(editor, 'GET', path);
    const saved = await call(
      editor,
      'PUT',
      path,
      { ...kind.input(OWN), published: true },
      current.headers.get('ETag') ?? undefined,
    );
    assert.equal(saved.status, 200);
    assert.equal(await stateOf(editor, path), 'published');
    assert.equal((await seenBy(kind, id)).length, kind.publicReads.length);
    const history = await json<TransitionList>(await call(editor, 'GET', `${path}/history`));
    assert.deepEqual(
      history.items.map((move) => move.to),
      ['draft', 'published'],
    );
  }
  // The documents' own publish switch is the same move.
  const { id } = await json<{ id: number }>(
    await call(editor, 'POST', '/documents', KINDS.documents!.input(OWN)),
  );
  const current = await call(editor, 'GET', `/documents/${id}`);
  const off = await call(
    editor,
    'PUT',
    `/documents/${id}/published`,
    { published: false },
    current.headers.get('ETag') ?? undefined,
  );
  assert.equal(off.status, 200);
  assert.equal(await stateOf(editor, `/documents/${id}`), 'unpublished');
  assert.equal((await t.app.request(`/api/v1/documents/${id}`)).status, 404);
});
