import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MediaItem, MediaRules, PublishedDocument } from '@pbgdpl/contract';
import sharp from 'sharp';
import {
  demoFile,
  docxFile,
  mp3,
  odt,
  photoWithLocation,
  png,
  SAFE_SVG,
  SRT,
} from './fixtures/media-files.ts';
import { documentInput, json } from './helpers.ts';
import { auth, libraryState, mediaApp, upload, uploaded } from './media-support.ts';

/**
 * Uploads of every kind the library takes, through the real route: the type and what is
 * recorded come from the bytes, photos lose their location, images get smaller WebP copies,
 * SubRip becomes WebVTT, and every file comes back byte for byte at its address.
 */

const bytesAt = async (t: Awaited<ReturnType<typeof mediaApp>>, url: string) =>
  Buffer.from(await (await t.app.request(url)).arrayBuffer());

test('a photo is stored without its EXIF (no location), upright, with WebP copies for srcset', async () => {
  const t = await mediaApp();
  const photo = await photoWithLocation(1600, 900);
  assert.ok((await sharp(photo).metadata()).exif, 'the fixture carries EXIF');
  const item = await uploaded(t, photo, 'Hội nghị tập huấn.JPG', { alt: 'Quang cảnh hội nghị' });
  assert.equal(item.kind, 'image');
  assert.equal(item.mediaType, 'image/jpeg');
  assert.equal(item.name, 'Hội nghị tập huấn.jpg');
  assert.equal(item.title, 'Hội nghị tập huấn');
  assert.equal(item.alt, 'Quang cảnh hội nghị');
  assert.deepEqual([item.width, item.height], [1600, 900]);
  assert.match(item.url, /^\/media\/\d+\/[0-9a-f]{32}\.jpg$/);
  const stored = await bytesAt(t, item.url);
  assert.equal(stored.length, item.size);
  const meta = await sharp(stored).metadata();
  assert.equal(meta.exif, undefined, 'no EXIF left');
  assert.doesNotMatch(stored.toString('latin1'), /PBGDPL Test Camera/);
  assert.deepEqual(
    item.variants.map((v) => [v.width, v.height]),
    [
      [320, 180],
      [640, 360],
      [1280, 720],
    ],
  );
  for (const variant of item.variants) {
    const copy = await t.app.request(variant.url);
    assert.equal(copy.headers.get('Content-Type'), 'image/webp');
    assert.equal((await sharp(Buffer.from(await copy.arrayBuffer())).metadata()).width, variant.width);
  }
});

test('a PNG without metadata is kept byte for byte; only copies narrower than it are made', async () => {
  const t = await mediaApp();
  const image = await png(500, 200);
  const item = await uploaded(t, image, 'bang-ron.png');
  assert.deepEqual(await bytesAt(t, item.url), image);
  assert.deepEqual(
    item.variants.map((v) => v.width),
    [320],
  );
});

test('the type comes from the bytes: a PNG named .jpg is stored and named as PNG', async () => {
  const t = await mediaApp();
  const item = await uploaded(t, await png(40, 40), 'logo.jpg');
  assert.equal(item.mediaType, 'image/png');
  assert.equal(item.name, 'logo.png');
  assert.match(item.url, /\.png$/);
});

test('an SVG of drawing only is kept as sent, its size read from it', async () => {
  const t = await mediaApp();
  const item = await uploaded(t, SAFE_SVG, 'banner.svg');
  assert.equal(item.mediaType, 'image/svg+xml');
  assert.deepEqual([item.width, item.height, item.variants.length], [300, 250, 0]);
  const served = await t.app.request(item.url);
  assert.equal(await served.text(), SAFE_SVG);
  assert.match(served.headers.get('Content-Security-Policy') ?? '', /sandbox/);
});

test('documents: a PDF with its page count, a DOCX and an ODT by their contents', async () => {
  const t = await mediaApp();
  const pdf = demoFile('documents/45-2019-qd-ubnd.pdf');
  const item = await uploaded(t, pdf, 'Quyết định 45/2019'.replace('/', '-') + '.pdf');
  assert.deepEqual(
    [item.kind, item.mediaType, item.pages, item.size],
    ['document', 'application/pdf', 1, pdf.length],
  );
  const docx = await uploaded(t, docxFile(), 'Nghị quyết.docx');
  assert.equal(docx.mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  assert.equal(docx.pages, null);
  const text = await uploaded(t, odt(), 'Dự thảo');
  assert.equal(text.mediaType, 'application/vnd.oasis.opendocument.text');
  assert.equal(text.name, 'Dự thảo.odt');
});

test('videos: picture size and duration read from MP4 and WebM', async () => {
  const t = await mediaApp();
  const mp4 = await uploaded(t, demoFile('videos/hoa-giai-tranh-chap-ranh-dat.mp4'), 'hoa-giai.mp4');
  assert.deepEqual([mp4.kind, mp4.mediaType, mp4.width, mp4.height], ['video', 'video/mp4', 480, 270]);
  assert.ok(mp4.durationSeconds! > 7 && mp4.durationSeconds! < 9, String(mp4.durationSeconds));
  const webm = await uploaded(t, demoFile('videos/hoa-giai-tranh-chap-ranh-dat.webm'), 'hoa-giai.webm');
  assert.deepEqual([webm.mediaType, webm.width, webm.height], ['video/webm', 480, 270]);
});

test('audio: an MP3 with its duration; a file that only begins like one is refused', async () => {
  const t = await mediaApp();
  const sound = await uploaded(t, mp3(77), 'hoi-dap-phap-luat.mp3');
  assert.deepEqual(
    [sound.kind, sound.mediaType, sound.name],
    ['audio', 'audio/mpeg', 'hoi-dap-phap-luat.mp3'],
  );
  assert.ok(Math.abs(sound.durationSeconds! - 2) < 0.1, String(sound.durationSeconds));
  const forged = await upload(t, Buffer.concat([mp3(1), Buffer.from('<html>'.repeat(500))]), 'gia.mp3');
  assert.equal(forged.status, 422);
  assert.match((await forged.text()).normalize('NFC'), /Không đọc được tệp âm thanh/);
  const rules = await json<MediaRules>(await t.app.request('/api/v1/admin/media/rules', { headers: auth }));
  assert.deepEqual(rules.kinds.audio.extensions, ['.mp3', '.m4a', '.ogg']);
});

test('captions: WebVTT kept as sent, SubRip converted to WebVTT', async () => {
  const t = await mediaApp();
  const vtt = demoFile('videos/hoa-giai-tranh-chap-ranh-dat.vi.vtt');
  const kept = await uploaded(t, vtt, 'phu-de.vi.vtt');
  assert.deepEqual(await bytesAt(t, kept.url), vtt);
  const converted = await uploaded(t, SRT, 'phụ đề.srt');
  assert.deepEqual([converted.mediaType, converted.name], ['text/vtt', 'phụ đề.vtt']);
  const served = await t.app.request(converted.url);
  assert.equal(served.headers.get('Content-Type'), 'text/vtt; charset=utf-8');
  assert.equal(
    await served.text(),
    'WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nXin chào, đây là phụ đề\n\n00:00:04.000 --> 00:00:06.250\nDòng thứ hai → kết thúc\n',
  );
});

test('an upload for one use takes only that kind', async () => {
  const t = await mediaApp();
  const response = await upload(t, demoFile('documents/45-2019-qd-ubnd.pdf'), 'a.pdf', { use: 'image' });
  assert.equal(response.status, 415);
  const problem = await json<{ errors: { file: string[] } }>(response);
  assert.match(problem.errors.file[0] ?? '', /^Định dạng không được hỗ trợ \(nhận: \.jpg, \.jpeg/);
  assert.equal((await libraryState(t)).entries, 0);
});

test('the same bytes twice are two entries sharing one stored file', async () => {
  const t = await mediaApp();
  const image = await png(100, 100);
  const first = await uploaded(t, image, 'a.png', { title: 'Thứ nhất' });
  const second = await uploaded(t, image, 'b.png', { title: 'Thứ hai' });
  assert.notEqual(first.id, second.id);
  assert.notEqual(first.url, second.url, 'each entry its own address (see media-names.test.ts)');
  assert.equal(first.url.split('/').at(-1), second.url.split('/').at(-1), 'one content hash');
  const state = await libraryState(t);
  assert.equal(state.entries, 2);
  assert.equal(t.config.media.storage === 'disk' ? state.files.length : 1, 1);
});

test('the rules name each kind’s types, extensions and size limit', async () => {
  const t = await mediaApp({ PBGDPL_MEDIA_IMAGE_MB: '3' });
  const rules = await json<MediaRules>(await t.app.request('/api/v1/admin/media/rules', { headers: auth }));
  assert.equal(rules.kinds.image.maxBytes, 3 * 1024 * 1024);
  assert.ok(rules.kinds.caption.extensions.includes('.srt'));
  assert.deepEqual(rules.kinds.video.types, ['video/mp4', 'video/webm']);
});

test('every entry records who uploaded it and when, and the audit log says so', async () => {
  const t = await mediaApp();
  const item: MediaItem = await uploaded(t, await png(20, 20), 'x.png');
  assert.equal(item.uploadedBy, 'PBGDPL_ADMIN_TOKEN');
  const audit = await t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'media')
    .execute();
  assert.deepEqual(
    audit.map((row) => [row.entity_id, row.action, row.detail]),
    [[item.id, 'created', 'x']],
  );
});

test('a published document names the smaller copies of its text’s library images, for srcset', async () => {
  const t = await mediaApp();
  const photo = await uploaded(t, await png(900, 600), 'hoi-nghi.png');
  const drawing = await uploaded(t, SAFE_SVG, 'so-do.svg');
  const created = await t.app.request('/api/v1/admin/documents', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(
      documentInput({
        published: true,
        body:
          `<p>Hội nghị.</p><figure><img src="${photo.url}" alt="Hội nghị"></figure>` +
          `<figure><img src="${drawing.url}" alt="Sơ đồ"></figure><p><img src="${photo.url}" alt="Lại"></p>`,
      }),
    ),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const { id } = await json<{ id: number }>(created);
  const document = await json<PublishedDocument>(await t.app.request(`/api/v1/documents/${id}`));
  assert.deepEqual(document.images, [{ url: photo.url, width: 900, variants: photo.variants }]);
  assert.deepEqual(
    photo.variants.map((v) => v.width),
    [320, 640],
  );
});
