import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseByteRange } from '../src/http/byte-range.ts';
import { makeApp } from './helpers.ts';

const FILE = '/media/videos/hoa-giai-tranh-chap-ranh-dat.mp4';

test('media files answer byte ranges with 206 and Content-Range, as video players ask', async () => {
  const { app, config } = await makeApp({ seed: false });
  const bytes = readFileSync(join(config.paths.media, 'videos/hoa-giai-tranh-chap-ranh-dat.mp4'));
  const size = bytes.length;

  const whole = await app.request(FILE);
  assert.equal(whole.status, 200);
  assert.equal(whole.headers.get('Accept-Ranges'), 'bytes');
  assert.equal(whole.headers.get('Content-Type'), 'video/mp4');
  assert.equal(Number(whole.headers.get('Content-Length') ?? (await whole.arrayBuffer()).byteLength), size);

  const first = await app.request(FILE, { headers: { Range: 'bytes=0-99' } });
  assert.equal(first.status, 206);
  assert.equal(first.headers.get('Content-Range'), `bytes 0-99/${size}`);
  assert.equal(first.headers.get('Accept-Ranges'), 'bytes');
  assert.equal(first.headers.get('Access-Control-Allow-Origin'), '*');
  assert.deepEqual(Buffer.from(await first.arrayBuffer()), bytes.subarray(0, 100));

  // What Chromium sends first: an open-ended range.
  const open = await app.request(FILE, { headers: { Range: 'bytes=1000-' } });
  assert.equal(open.status, 206);
  assert.equal(open.headers.get('Content-Range'), `bytes 1000-${size - 1}/${size}`);
  assert.deepEqual(Buffer.from(await open.arrayBuffer()), bytes.subarray(1000));

  const suffix = await app.request(FILE, { headers: { Range: 'bytes=-10' } });
  assert.equal(suffix.status, 206);
  assert.deepEqual(Buffer.from(await suffix.arrayBuffer()), bytes.subarray(size - 10));

  const past = await app.request(FILE, { headers: { Range: `bytes=${size}-` } });
  assert.equal(past.status, 416);
  assert.equal(past.headers.get('Content-Range'), `bytes */${size}`);

  // Several ranges or other units: the whole file, which RFC 9110 allows.
  const multi = await app.request(FILE, { headers: { Range: 'bytes=0-1,5-6' } });
  assert.equal(multi.status, 200);

  const vtt = await app.request('/media/videos/hoa-giai-tranh-chap-ranh-dat.vi.vtt');
  assert.equal(vtt.headers.get('Content-Type'), 'text/vtt; charset=utf-8');
  assert.equal(
    (await app.request('/media/videos/hoa-giai-tranh-chap-ranh-dat.webm')).headers.get('Content-Type'),
    'video/webm',
  );
});

test('parseByteRange reads single ranges and clips them to the file', () => {
  assert.deepEqual(parseByteRange('bytes=0-0', 10), { start: 0, end: 0 });
  assert.deepEqual(parseByteRange('bytes=5-100', 10), { start: 5, end: 9 });
  assert.deepEqual(parseByteRange('bytes=-100', 10), { start: 0, end: 9 });
  assert.equal(parseByteRange('bytes=10-', 10), 'unsatisfiable');
  assert.equal(parseByteRange('bytes=-0', 10), 'unsatisfiable');
  assert.equal(parseByteRange('bytes=7-3', 10), undefined);
  assert.equal(parseByteRange('items=0-1', 10), undefined);
  assert.equal(parseByteRange(undefined, 10), undefined);
});
