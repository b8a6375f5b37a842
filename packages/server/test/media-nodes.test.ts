import assert from 'node:assert/strict';
import { openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { MediaItem } from '@pbgdpl/contract';
import { startApiNode, stopApiNodes } from './api-nodes.ts';
import { writeLargeMp4 } from './fixtures/media-files.ts';
import { tempDir, testDatabaseUrl, testDialect } from './helpers.ts';

/**
 * Two API processes on one database: a video uploaded through node A is served by node B, by
 * byte ranges, byte for byte. On PostgreSQL each node has a media folder of its own (only
 * uploads in progress pass through it): the bytes come from the database. On SQLite the two
 * share one folder, as two processes on one machine do.
 */
after(stopApiNodes);

const TOKEN = 'media-nodes-admin-token-0123456789';
const SIZE = 8 * 1024 * 1024 + 12_345;

test('a file uploaded through node A is served by node B, with ranges and validators', async () => {
  const url = await testDatabaseUrl();
  const shared = tempDir();
  const env = (dir: string) => ({
    DATABASE_URL: url,
    PBGDPL_ADMIN_TOKEN: TOKEN,
    PBGDPL_DEMO_CONTENT: 'off',
    PBGDPL_MEDIA_DIR: testDialect === 'postgres' ? tempDir() : dir,
  });
  const a = await startApiNode(env(shared));
  const b = await startApiNode(env(shared));

  const path = join(tempDir(), 'phim-tuyen-truyen.mp4');
  writeLargeMp4(path, SIZE);
  const bytes = readFileSync(path);
  const form = new FormData();
  form.append('file', await openAsBlob(path), 'Phim tuyên truyền Luật Hòa giải.mp4');
  const created = await fetch(`${a.url}/api/v1/admin/media`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}` },
    body: form,
  });
  assert.equal(created.status, 201, await created.clone().text());
  const item = (await created.json()) as MediaItem;
  assert.equal(item.size, SIZE);

  const file = `${b.url}${item.url}`;
  const head = await fetch(file, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('Content-Length'), String(SIZE));
  assert.equal(head.headers.get('Accept-Ranges'), 'bytes');
  const etag = head.headers.get('ETag')!;

  for (const [start, end] of [
    [0, 99],
    [SIZE - 1000, SIZE - 1],
    [3_000_000, 5_500_000],
  ] as const) {
    const part = await fetch(file, { headers: { Range: `bytes=${start}-${end}` } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('Content-Range'), `bytes ${start}-${end}/${SIZE}`);
    assert.ok(
      Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(start, end + 1)),
      `${start}-${end}`,
    );
  }
  const whole = await fetch(file);
  assert.ok(Buffer.from(await whole.arrayBuffer()).equals(bytes), 'the whole file, byte for byte');
  assert.equal((await fetch(file, { headers: { 'If-None-Match': etag } })).status, 304);
  assert.equal((await fetch(file, { headers: { Range: `bytes=${SIZE}-` } })).status, 416);
  const stale = await fetch(file, { headers: { Range: 'bytes=0-9', 'If-Range': '"not-this-one"' } });
  assert.equal(stale.status, 200, 'If-Range with another version: the whole file');
  await stale.body?.cancel();
  const named = whole.headers.get('Content-Disposition') ?? '';
  assert.match(named, /filename\*=UTF-8''Phim%20tuy%C3%AAn%20truy%E1%BB%81n/);
});
