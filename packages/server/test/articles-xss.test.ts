import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminArticle, Article, ArticleInput, ArticlePage } from '@pbgdpl/contract';
import { escapeHtml } from '@pbgdpl/contract/html-policy';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { REFUSED_XSS_VECTORS, STORABLE_XSS_VECTORS } from '../../../test/security/xss-vectors.ts';
import { mp3 } from './fixtures/media-files.ts';
import { json, makeApp } from './helpers.ts';
import { parseStrictXml } from './xml-support.ts';
import { assertInert } from './xss-support.ts';

/**
 * The XSS corpus through every field of an article, on the server's side: the body is stored
 * and returned inert; plain-text fields come back as the text sent (the widget escapes them);
 * highlights, the Atom feed and the calendar file escape them.
 */
const VECTORS = STORABLE_XSS_VECTORS;
const t = await makeApp();
const editor = (await tokensRepository(t.database.db).create('Biên tập viên', 'editor', t.clock())).token;
const { cover, attachment, recording } = await (async () => {
  const demo = await json<Article>(await t.app.request('/api/v1/articles/so-tay-hoa-giai-vien-o-co-so'));
  const withCover = await json<Article>(
    await t.app.request('/api/v1/articles/huong-dan-cap-giay-phep-xay-dung-nha-o-tai-xa'),
  );
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(mp3(40))]), 'ban-ghi-am.mp3');
  const recording = await json<{ url: string }>(
    await t.app.request('/api/v1/admin/media', {
      method: 'POST',
      headers: { Authorization: `Bearer ${editor}` },
      body: form,
    }),
  );
  return { cover: withCover.cover!.url, attachment: demo.attachments[0]!.url, recording: recording.url };
})();

const post = (input: ArticleInput) =>
  t.app.request('/api/v1/admin/articles', {
    method: 'POST',
    headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });

const hostile = (vector: string, i: number): ArticleInput => ({
  title: `Tiêu đề ${i} ${vector}`,
  summary: vector,
  body: `<p>Đoạn ${i}.</p>${vector}<figure><img src="${cover}" alt="${escapeHtml(vector)}"><figcaption>${vector}</figcaption></figure>`,
  category: 'thong-bao-giay-moi',
  unitId: 'so-tu-phap',
  authorName: vector,
  event: { startsAt: '2026-05-01T01:00:00Z', place: vector },
  cover: { url: cover, alt: vector },
  attachments: [
    { url: attachment, name: vector },
    { url: recording, name: vector, transcript: vector },
  ],
});

test(`${VECTORS.length} XSS vectors in every article field: the body inert, the text as sent`, async () => {
  assert.ok(VECTORS.length >= 100);
  for (const [i, vector] of VECTORS.entries()) {
    const response = await post(hostile(vector, i));
    assert.equal(response.status, 201, `${vector}: ${await response.clone().text()}`);
    const created = await json<AdminArticle>(response);
    const published = await json<Article>(await t.app.request(`/api/v1/articles/${created.id}`));
    for (const html of [created.body, published.body])
      assertInert(html.replace(/<img src="\/media\/\d+\/[0-9a-f]+\.jpg"/g, ''), vector);
    assert.ok(!/<img(?![^>]*src="\/media\/)/i.test(published.body), `only library images: ${published.body}`);
    const text = vector.trim();
    assert.equal(published.summary, text);
    assert.equal(published.authorName, text);
    assert.equal(published.event?.place, text);
    assert.equal(published.cover?.alt, text);
    assert.equal(published.attachments[0]?.name, text);
    assert.equal(published.attachments[1]?.transcript, text);
    const row = await t.database.db
      .selectFrom('articles')
      .select('body')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    assertInert(row.body.replace(/<img src="\/media\/\d+\/[0-9a-f]+\.jpg"/g, ''), vector);
  }
});

test('highlights escape the text they mark, whatever it holds', async () => {
  for (const vector of VECTORS.slice(0, 30)) {
    const q = `tieu de ${(vector.match(/[\p{L}\p{N}]+/gu) ?? ['x']).slice(0, 2).join(' ')}`;
    const page = await json<ArticlePage>(
      await t.app.request(`/api/v1/articles?${new URLSearchParams({ q })}`),
    );
    assert.ok(page.total > 0, q);
    for (const item of page.items) {
      const title = item.highlight?.title ?? '';
      assert.equal(title.replace(/<\/?mark>/g, ''), escapeHtml(item.title), `${vector}: ${title}`);
      const snippet = (item.highlight?.snippet ?? '').replace(/<\/?mark>/g, '');
      assert.ok(!/[<>]/.test(snippet), `${vector}: ${snippet}`);
    }
  }
});

test('the feed stays well-formed XML and the calendar file one event, whatever the text', async () => {
  const feed = await (await t.app.request('/api/v1/articles/feed.xml?category=thong-bao-giay-moi')).text();
  parseStrictXml(feed);
  const newest = await json<ArticlePage>(
    await t.app.request('/api/v1/articles?category=thong-bao-giay-moi&sort=newest&pageSize=5'),
  );
  for (const item of newest.items) {
    const ics = await (await t.app.request(`/api/v1/articles/${item.id}.ics`)).text();
    assert.equal(ics.match(/^BEGIN:VEVENT$/gm)?.length, 1);
    const unfolded = ics.replace(/\r\n /g, '');
    assert.ok(
      unfolded
        .split('\r\n')
        .filter(Boolean)
        .every((line) => /^[A-Z-]+[:;]/.test(line)),
      unfolded,
    );
  }
});

test('vectors hiding a control character are refused at the door (400) and never stored', async () => {
  for (const vector of REFUSED_XSS_VECTORS) {
    const response = await post({ ...hostile('x', 0), title: `Từ chối ${vector}` });
    assert.equal(response.status, 400, vector);
    assert.ok((await json<{ errors: Record<string, string[]> }>(response)).errors.title, vector);
  }
  const stored = await t.database.db
    .selectFrom('articles')
    .select('id')
    .where('title', 'like', 'Từ chối%')
    .execute();
  assert.deepEqual(stored, []);
});
