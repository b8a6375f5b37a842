import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { AdminVideo, Problem, Video, VideoInput, VideoPage } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { demoVideos as demoClips, videoMediaDir, webVtt } from '../../../demo-content/scripts/videos.ts';
import { demoVideos } from './demo-content.ts';
import { json, makeApp } from './helpers.ts';

const DEMO_VIDEOS = demoVideos();
const LOCAL = DEMO_VIDEOS.filter((v) => v.youtubeId === null).length;

const videoInput = (input: Partial<VideoInput> = {}): VideoInput => ({
  title: 'Tình huống: Đăng ký tạm trú',
  category: 'tinh-huong',
  publishedAt: '2026-11-20T02:00:00Z',
  durationSeconds: 95,
  poster: { url: '/media/videos/lua-dao-qua-mang-poster.jpg', width: 480, height: 270 },
  sources: [{ url: '/media/videos/lua-dao-qua-mang.mp4', type: 'video/mp4' }],
  ...input,
});

async function setup() {
  const t = await makeApp();
  const tokens = tokensRepository(t.database.db);
  const editor = (await tokens.create('Biên tập viên', 'editor', t.clock())).token;
  const admin = (await tokens.create('Quản trị viên', 'admin', t.clock())).token;
  const send = (method: string, path: string, token: string | null, body?: unknown, lang = 'vi') =>
    t.app.request(`/api/v1/admin${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': 'application/json',
        'Accept-Language': lang,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const list = async (query = '') => json<VideoPage>(await t.app.request(`/api/v1/videos${query}`));
  return { ...t, editor, admin, send, list };
}

test('the public list: seeded videos newest first, with posters, sources or a YouTube id, cacheable', async () => {
  const { app, list } = await setup();
  const response = await app.request('/api/v1/videos');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('Cache-Control') ?? '', /public/);
  assert.ok(response.headers.get('ETag'));
  const page = await json<VideoPage>(response);
  assert.equal(page.total, DEMO_VIDEOS.length);
  assert.deepEqual([page.page, page.pageSize, page.items.length], [1, 12, 12]);
  const dates = page.items.map((v) => v.publishedAt);
  assert.deepEqual(dates, [...dates].sort().reverse());
  for (const video of page.items) {
    assert.ok(video.sources.length > 0 || video.youtubeId, `${video.title} is playable`);
    assert.ok(video.poster.width > 0 && video.poster.height > 0);
    assert.equal('transcript' in video, false, 'lists leave transcripts out');
  }
  assert.equal((await list('?page=2')).items.length, DEMO_VIDEOS.length - 12);
  const withUnit = page.items.find((v) => v.unit?.id === 'so-tu-phap');
  assert.equal(withUnit?.unit?.name, 'Sở Tư pháp tỉnh Tây Ninh');
});

test('search folds Vietnamese (no accents, đ/d) across title, description and transcript', async () => {
  const { list } = await setup();
  const titles = async (q: string) => (await list(`?q=${encodeURIComponent(q)}`)).items.map((v) => v.title);
  assert.deepEqual(await titles('hoa giai ranh dat'), ['Tiểu phẩm: Hòa giải tranh chấp ranh đất']);
  assert.deepEqual(await titles('HÒA GIẢI Ranh Đất'), await titles('hoa giai ranh dat'));
  // "mã OTP" is only in a transcript.
  assert.deepEqual(await titles('otp'), ['Cảnh giác lừa đảo qua mạng']);
  assert.deepEqual(await titles('khong co video nao nhu the'), []);
});

test('filters by category, field and unit combine', async () => {
  const { list } = await setup();
  const skits = await list('?category=tieu-pham');
  assert.ok(skits.total >= 2);
  assert.ok(skits.items.every((v) => v.category === 'tieu-pham'));
  const land = await list('?field=dat-dai');
  assert.ok(land.total >= 2 && land.items.every((v) => v.fields.includes('dat-dai')));
  const police = await list('?unit=cong-an-tinh&category=tinh-huong');
  assert.deepEqual(
    police.items.map((v) => v.title),
    ['Tình huống: Uống rượu bia rồi lái xe'],
  );
});

test('bad queries get a problem with per-field messages', async () => {
  const { app } = await setup();
  const response = await app.request('/api/v1/videos?category=phim&pageSize=500', {
    headers: { 'Accept-Language': 'en' },
  });
  assert.equal(response.status, 400);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  const problem = await json<Problem>(response);
  assert.deepEqual(Object.keys(problem.errors ?? {}).sort(), ['category', 'pageSize']);
});

test('one video with its transcript and captions; unpublished and missing ones are 404', async () => {
  const { app, list, send, editor } = await setup();
  const [first] = (await list('?q=hoa%20giai%20ranh%20dat')).items;
  const response = await app.request(`/api/v1/videos/${first!.id}`);
  assert.equal(response.status, 200);
  const video = await json<Video>(response);
  assert.match(video.transcript ?? '', /Hòa giải thành/);
  assert.deepEqual(
    video.captions.map((c) => c.lang),
    ['vi', 'en'],
  );
  assert.deepEqual(
    video.sources.map((s) => s.type),
    ['video/webm', 'video/mp4'],
  );
  const hidden = await json<AdminVideo>(
    await send('POST', '/videos', editor, videoInput({ published: false })),
  );
  assert.equal((await app.request(`/api/v1/videos/${hidden.id}`)).status, 404);
  assert.ok(
    (await list('?q=dang%20ky%20tam%20tru')).items.every((v) => v.id !== hidden.id),
    'unpublished videos are not listed',
  );
  const missing = await app.request('/api/v1/videos/99999');
  assert.equal(missing.status, 404);
  assert.match((await json<Problem>(missing)).detail ?? '', /Không có video số 99999/);
});

test('editors create, update and list videos; only admins delete', async () => {
  const { app, send, editor, admin, list } = await setup();
  assert.equal((await send('GET', '/videos', null)).status, 401);
  const created = await send(
    'POST',
    '/videos',
    editor,
    videoInput({
      fields: ['tu-phap', 'tu-phap', 'dat-dai'],
      unitId: 'xa-duc-hoa',
      transcript: 'Công dân đăng ký tạm trú.',
    }),
  );
  assert.equal(created.status, 201);
  const video = await json<AdminVideo>(created);
  assert.equal(created.headers.get('Location'), `/api/v1/admin/videos/${video.id}`);
  assert.deepEqual(video.fields, ['dat-dai', 'tu-phap']);
  assert.equal(video.unit?.name, 'Xã Đức Hòa');
  assert.equal(video.published, true);
  assert.equal((await list('?q=dang%20ky%20tam%20tru')).items[0]?.id, video.id);

  const updated = await send(
    'PUT',
    `/videos/${video.id}`,
    editor,
    videoInput({ title: 'Đăng ký thường trú', youtubeId: 'Xq3rJb0mQ2s', sources: [] }),
  );
  assert.equal(updated.status, 200);
  const after = await json<AdminVideo>(updated);
  assert.deepEqual(
    [after.title, after.youtubeId, after.fields, after.unit],
    ['Đăng ký thường trú', 'Xq3rJb0mQ2s', [], null],
  );

  const editorList = await json<{ total: number }>(await send('GET', '/videos?published=true', editor));
  assert.equal(editorList.total, DEMO_VIDEOS.length + 1);

  assert.equal((await send('DELETE', `/videos/${video.id}`, editor)).status, 403);
  assert.equal((await send('DELETE', `/videos/${video.id}`, admin)).status, 204);
  assert.equal((await send('DELETE', `/videos/${video.id}`, admin)).status, 404);
  assert.equal((await app.request(`/api/v1/videos/${video.id}`)).status, 404);
  assert.equal((await send('PUT', `/videos/${video.id}`, editor, videoInput())).status, 404);
});

test('invalid videos are refused field by field, in Vietnamese and English, and nothing is saved', async () => {
  const { send, editor, list } = await setup();
  const bad = videoInput({
    title: '',
    sources: [],
    youtubeId: null,
    captions: [
      { lang: 'vi', url: '/media/a.vtt' },
      { lang: 'vi', url: '/media/b.vtt' },
    ],
    poster: { url: 'javascript:alert(1)', width: 0, height: 270 },
  });
  const vi = await send('POST', '/videos', editor, bad);
  assert.equal(vi.status, 400);
  const errors = (await json<Problem>(vi)).errors ?? {};
  for (const field of ['title', 'poster.url', 'poster.width'])
    assert.ok(errors[field], `${field} has a message`);
  const refined = await send('POST', '/videos', editor, { ...videoInput(), sources: [], youtubeId: null });
  assert.match(
    (await json<Problem>(refined)).errors?.sources?.[0] ?? '',
    /Cần ít nhất một tệp video hoặc mã YouTube/,
  );
  const youtube = await send('POST', '/videos', editor, videoInput({ youtubeId: 'not an id' }), 'en');
  assert.ok((await json<Problem>(youtube)).errors?.youtubeId);
  const unit = await send('POST', '/videos', editor, videoInput({ unitId: 'khong-co' }), 'en');
  assert.equal(unit.status, 400);
  assert.deepEqual((await json<Problem>(unit)).errors, { unitId: ['There is no unit "khong-co"'] });
  assert.equal((await list()).total, DEMO_VIDEOS.length, 'nothing saved');
});

test('seed: every local video has its files, and captions are real WebVTT', async () => {
  const { app, list } = await setup();
  assert.ok(LOCAL >= 12);
  // The seeded videos as the API gives them: their files were loaded into the media library.
  const seeded = (await list(`?pageSize=${DEMO_VIDEOS.length}`)).items;
  assert.equal(seeded.length, DEMO_VIDEOS.length);
  for (const video of seeded) {
    const urls = [video.poster.url, ...video.sources.map((s) => s.url), ...video.captions.map((c) => c.url)];
    for (const url of urls) assert.equal((await app.request(url)).status, 200, url);
    for (const caption of video.captions) {
      const vtt = await (await app.request(caption.url)).text();
      assert.match(vtt, /^WEBVTT\n\n1\n00:00:00\.000 --> /);
    }
  }
});

test('the committed captions and transcripts say what the cues say, and the sample media stay small', async () => {
  for (const { clip, captions, transcript } of demoClips()) {
    for (const { lang, url } of captions) {
      assert.equal(url, `/media/videos/${clip.file}.${lang}.vtt`);
      assert.equal(
        readFileSync(join(videoMediaDir, `${clip.file}.${lang}.vtt`), 'utf8'),
        webVtt(clip.cues, lang),
        `${clip.file}.${lang}.vtt is stale: run demo-content/scripts/videos.ts`,
      );
    }
    const langs = clip.cues.length === 0 ? [] : clip.cues.every((cue) => cue.en) ? ['vi', 'en'] : ['vi'];
    assert.deepEqual(
      captions.map((caption) => caption.lang),
      langs,
      `${clip.file}: captions in every language its cues have`,
    );
    assert.equal(transcript, clip.cues.length ? clip.cues.map((cue) => cue.vi).join('\n\n') : null);
  }
  const total = readdirSync(videoMediaDir).reduce(
    (sum, name) => sum + statSync(join(videoMediaDir, name)).size,
    0,
  );
  assert.ok(total < 3 * 1024 * 1024, `sample videos take ${total} bytes`);
});

test('tables keep the names other features count by (videos, video_fields)', async () => {
  const { database } = await setup();
  const tables = await database.db.introspection.getTables();
  const columns = (name: string) => tables.find((t) => t.name === name)?.columns.map((c) => c.name) ?? [];
  for (const column of ['id', 'published_at', 'unit_id', 'category', 'published'])
    assert.ok(columns('videos').includes(column), `videos.${column}`);
  assert.deepEqual(columns('video_fields').sort(), ['field', 'video_id']);
  const row = await database.db
    .selectFrom('videos')
    .select(['published_at', 'published'])
    .executeTakeFirstOrThrow();
  assert.match(row.published_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  assert.equal(row.published, 1);
});
