import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AdminVideo, Question, type QuestionPage, VideoInput, type VideoPage } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json, makeApp, type TestApp } from './helpers.ts';
import { parseAtom } from './xml-support.ts';

/**
 * The outgoing side for questions and videos: Atom feeds of the newest published items and
 * NDJSON exports of all of them, each line valid against the JSON Schema served beside it.
 */

interface LineSchema {
  $schema: string;
  required: string[];
  properties: Record<string, unknown>;
}

const linesOf = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function exchange(t: TestApp, kind: 'questions' | 'videos', schemaName: string) {
  const exported = await t.app.request(`/api/v1/${kind}/export.ndjson`);
  assert.equal(exported.status, 200);
  assert.equal(exported.headers.get('Content-Type'), 'application/x-ndjson; charset=utf-8');
  assert.equal(exported.headers.get('Link'), `</api/v1/schemas/${schemaName}>; rel="describedby"`);
  assert.match(exported.headers.get('Cache-Control') ?? '', /public/);
  const etag = exported.headers.get('ETag');
  assert.ok(etag);
  const again = await t.app.request(`/api/v1/${kind}/export.ndjson`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304, 'a reader that has the export gets a 304');
  const lines = linesOf(await exported.text());

  const schemaResponse = await t.app.request(`/api/v1/schemas/${schemaName}`);
  assert.equal(schemaResponse.headers.get('Content-Type'), 'application/schema+json; charset=utf-8');
  const schema = await json<LineSchema>(schemaResponse);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  for (const line of lines) {
    for (const key of schema.required) assert.ok(key in line, `a line lacks ${key}`);
    for (const key of Object.keys(line)) assert.ok(key in schema.properties, `${key} is not in the schema`);
  }

  const feedResponse = await t.app.request(`/api/v1/${kind}/feed.xml`);
  assert.equal(feedResponse.status, 200);
  assert.match(feedResponse.headers.get('Content-Type') ?? '', /^application\/atom\+xml/);
  const feedTag = feedResponse.headers.get('ETag');
  assert.ok(feedTag);
  const feedAgain = await t.app.request(`/api/v1/${kind}/feed.xml`, {
    headers: { 'If-None-Match': feedTag },
  });
  assert.equal(feedAgain.status, 304);
  const feed = parseAtom(await feedResponse.text());
  for (const name of ['id', 'title', 'updated'])
    assert.equal(feed.child(feed.feed, name).length, 1, `feed ${name}`);
  const entries = feed.child(feed.feed, 'entry').map((entry) => ({
    title: feed.text(entry, 'title'),
    href: feed.child(entry, 'link')[0]?.getAttribute('href'),
    author: feed.child(entry, 'author')[0]?.textContent?.trim(),
    updated: feed.text(entry, 'updated') ?? '',
    categories: feed.child(entry, 'category').map((c) => [c.getAttribute('scheme'), c.getAttribute('term')]),
  }));
  for (const entry of entries) assert.ok(!Number.isNaN(Date.parse(entry.updated)), 'updated is a date');
  assert.equal(
    feed.text(feed.feed, 'updated'),
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1),
    'the feed was updated when its newest entry was',
  );
  const siteName = feed.child(feed.feed, 'author')[0]?.textContent?.trim();
  return { lines, entries, etag, feedTag, siteName };
}

test('questions: the export holds every published question as GET /questions/{id} answers it, and the feed the newest', async () => {
  const t = await makeApp();
  const { lines, entries, siteName } = await exchange(t, 'questions', 'question-line.json');
  const listed = await json<QuestionPage>(await t.app.request('/api/v1/questions?pageSize=100'));
  assert.ok(listed.total > 0);
  assert.deepEqual(
    lines.map((line) => line.id),
    listed.items.map((q) => q.id).sort((a, b) => a - b),
    'published and answered questions only, in id order',
  );
  for (const line of lines) assert.ok(Question.safeParse(line).success, JSON.stringify(line));
  for (const line of lines.slice(0, 5))
    assert.deepEqual(line, await json(await t.app.request(`/api/v1/questions/${String(line.id)}`)));
  const unpublished = await t.database.db
    .selectFrom('questions')
    .select('id')
    .where('published', '=', 0)
    .execute();
  assert.ok(unpublished.length > 0, 'the demo has questions not yet published');
  for (const { id } of unpublished)
    assert.ok(!lines.some((line) => line.id === id), `question ${id} stays home`);

  const newest = [...lines]
    .map((line) => line as unknown as Question)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id)
    .slice(0, 30);
  assert.deepEqual(
    entries.map((e) => e.href),
    newest.map((q) => `http://localhost/api/v1/questions/${q.id}`),
  );
  entries.forEach((entry, i) => {
    const question = newest[i]!;
    assert.equal(entry.title, question.title);
    assert.equal(entry.author, question.unit?.name ?? siteName, 'the unit that answered, never the asker');
    assert.deepEqual(entry.categories, [['urn:pbgdpl:LegalField', question.field]]);
  });
});

test('videos: the export is one VideoInput per published video with absolute addresses; the feed follows an edit', async () => {
  const t = await makeApp();
  const editor = (await tokensRepository(t.database.db).create('Biên tập viên', 'editor', t.clock())).token;
  const admin = async (path: string) =>
    json<AdminVideo>(
      await t.app.request(`/api/v1/admin/videos${path}`, { headers: { Authorization: `Bearer ${editor}` } }),
    );
  /** An editor's save, as the console sends it: the whole video, at the version they saw. */
  const save = async (id: number, changes: Partial<VideoInput>) => {
    const current = await admin(`/${id}`);
    const { id: _id, unit, state: _s, version, createdAt: _c, updatedAt: _u, ...fields } = current;
    const poster = { url: current.poster.url, width: current.poster.width, height: current.poster.height };
    const response = await t.app.request(`/api/v1/admin/videos/${id}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${editor}`,
        'Content-Type': 'application/json',
        'If-Match': `"${version}"`,
      },
      body: JSON.stringify({ ...fields, poster, unitId: unit?.id ?? null, ...changes }),
    });
    assert.equal(response.status, 200, await response.text());
  };
  const all = await json<{ items: AdminVideo[] }>(
    await t.app.request('/api/v1/admin/videos?pageSize=100', {
      headers: { Authorization: `Bearer ${editor}` },
    }),
  );
  const withdrawn = all.items.at(-1)!;
  await save(withdrawn.id, { published: false });

  const { lines, entries, feedTag } = await exchange(t, 'videos', 'video-line.json');
  const listed = await json<VideoPage>(await t.app.request('/api/v1/videos?pageSize=100'));
  assert.equal(lines.length, listed.total);
  assert.ok(!lines.some((line) => line.title === withdrawn.title), 'a withdrawn video stays home');
  for (const line of lines) {
    assert.ok(VideoInput.safeParse(line).success, JSON.stringify(line));
    const urls = [
      (line.poster as { url: string }).url,
      ...(line.sources as Array<{ url: string }>).map((s) => s.url),
      ...(line.captions as Array<{ url: string }>).map((c) => c.url),
    ];
    for (const url of urls) assert.match(url, /^https?:\/\//, `${url} is absolute`);
  }
  assert.ok(
    lines.some((line) => (line.sources as unknown[]).length > 0 && line.transcript),
    'files and transcripts travel',
  );
  assert.deepEqual(
    entries.map((e) => e.title),
    listed.items.slice(0, 30).map((v) => v.title),
    'newest first',
  );
  const first = listed.items[0]!;
  assert.deepEqual(entries[0]?.categories, [
    ['urn:pbgdpl:VideoCategory', first.category],
    ...first.fields.map((field) => ['urn:pbgdpl:LegalField', field]),
  ]);

  // An edit moves the feed's tag: a feed reader sees it.
  await save(first.id, { title: 'Tiểu phẩm mới sửa tên' });
  const changed = await t.app.request('/api/v1/videos/feed.xml', { headers: { 'If-None-Match': feedTag } });
  assert.equal(changed.status, 200);
  assert.match(await changed.text(), /Tiểu phẩm mới sửa tên/);
});

test('OpenAPI lists the exchange routes of questions, videos and articles as public', async () => {
  const t = await makeApp({ seed: false });
  const doc = await json<{ paths: Record<string, { get?: { security?: unknown[]; tags?: string[] } }> }>(
    await t.app.request('/api/v1/openapi.json'),
  );
  for (const [path, tag] of [
    ['/questions/feed.xml', 'questions'],
    ['/questions/export.ndjson', 'questions'],
    ['/schemas/question-line.json', 'questions'],
    ['/videos/feed.xml', 'videos'],
    ['/videos/export.ndjson', 'videos'],
    ['/schemas/video-line.json', 'videos'],
    ['/schemas/article-line.json', 'articles'],
  ]) {
    assert.deepEqual(doc.paths[path!]?.get?.security, [], path);
    assert.deepEqual(doc.paths[path!]?.get?.tags, [tag], path);
  }
  const schema = await json<LineSchema>(await t.app.request('/api/v1/schemas/article-line.json'));
  assert.ok(schema.required.includes('title'));
});
