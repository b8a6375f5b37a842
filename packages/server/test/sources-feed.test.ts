import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminArticle, Article, ArticlePage, SourceConflictList } from '@pbgdpl/contract';
import { EXCERPT_CHARS } from '../src/sources/feed-source.ts';
import { startFakeFeeds } from './feed-upstream.ts';
import { json } from './helpers.ts';
import { counts, sourcesApp, UPSTREAM_FAILURES } from './sources-upstreams.ts';

async function feedSetup(format: 'rss' | 'atom', mapping: Record<string, unknown> = {}) {
  const t = await sourcesApp({ PBGDPL_SOURCES_TIMEOUT_SECONDS: '1' });
  const feeds = await startFakeFeeds();
  const source = await t.addSource({
    name: 'Cổng PBGDPL quốc gia – Tin tức',
    kind: 'feed-xml',
    feeds: 'articles',
    url: format === 'rss' ? feeds.rssUrl : feeds.atomUrl,
    mapping: { unitId: 'so-tu-phap', category: 'tin-tuc-su-kien', ...mapping },
    intervalMinutes: 60,
  });
  const articles = async () =>
    (await json<ArticlePage>(await t.app.request('/api/v1/articles?unit=so-tu-phap&sort=newest'))).items;
  const article = async (id: number) => json<Article>(await t.app.request(`/api/v1/articles/${id}`));
  const articleCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { ...t, feeds, source, articles, article, articleCount };
}

test('an RSS feed: entries become published articles with an excerpt and the link to the original; a rerun changes nothing', async () => {
  const t = await feedSetup('rss');
  const dry = await t.run(t.source.id, true);
  assert.deepEqual(counts(dry), [3, 0, 0, 1, 0], 'the dry run counts');
  assert.equal(await t.articleCount(), 0, 'a dry run writes nothing');

  const first = await t.run(t.source.id);
  assert.equal(first.outcome, 'finished');
  assert.deepEqual(counts(first), [3, 0, 0, 1, 0]);
  assert.match(first.log.find((l) => l.upstreamId === 'tin-126')!.message, /không có liên kết tới bài gốc/);

  const list = await t.articles();
  assert.deepEqual(
    list.map((a) => [a.title, a.category, a.publishedAt]),
    [
      ['Tập huấn kỹ năng cho hòa giải viên ở cơ sở', 'tin-tuc-su-kien', '2026-02-22T03:15:00.000Z'],
      ['Ngày Pháp luật Việt Nam 2026: hưởng ứng tại cơ sở', 'tin-tuc-su-kien', '2026-02-21T01:00:00.000Z'],
      [
        'Hội nghị trực tuyến quán triệt các luật mới được thông qua tại Kỳ họp thứ 10',
        'tin-tuc-su-kien',
        '2026-02-20T02:30:00.000Z',
      ],
    ],
  );
  assert.deepEqual(list[1]!.fields, ['dat-dai'], 'a category that names one of our fields');
  assert.deepEqual(list[0]!.fields, ['tu-phap'], 'no category: the default fields');

  const conference = await t.article(list[2]!.id);
  const original = `${t.feeds.url}/tin-tuc/hoi-nghi-quan-triet-luat-moi-123.html`;
  assert.ok(conference.summary.length <= EXCERPT_CHARS + 1, `${conference.summary.length} characters`);
  assert.match(conference.summary, /^Sáng 20\/02\/2026, Bộ Tư pháp tổ chức.*…$/);
  assert.doesNotMatch(conference.body, /<img|<script|onerror|alert/, 'only the excerpt, as text');
  assert.ok(
    conference.body.includes(`<a href="${original}">Cổng thông tin điện tử PBGDPL quốc gia</a>`),
    conference.body,
  );
  assert.equal(conference.unit.id, 'so-tu-phap');

  // Again: the portal answers the validators with 304, and nothing is read or written.
  const versions = await t.database.db
    .selectFrom('articles')
    .select(['id', 'version'])
    .orderBy('id')
    .execute();
  t.feeds.state.requests.length = 0;
  const second = await t.run(t.source.id);
  assert.equal(second.outcome, 'not-modified');
  assert.deepEqual(t.feeds.state.requests, [{ path: '/rss/tin-tuc.rss', status: 304, conditional: true }]);

  // One entry edited upstream: exactly that article changes.
  t.feeds.change(
    'tin-124',
    { title: 'Ngày Pháp luật Việt Nam 2026: hưởng ứng rộng khắp tại cơ sở' },
    'Tue, 24 Feb 2026 01:00:00 GMT',
  );
  const third = await t.run(t.source.id);
  assert.deepEqual(counts(third), [0, 1, 2, 1, 0]);
  const after = await t.database.db.selectFrom('articles').select(['id', 'version']).orderBy('id').execute();
  assert.deepEqual(
    after.filter((row, i) => row.version !== versions[i]!.version).map((row) => row.id),
    [list[1]!.id],
  );
  assert.equal(
    (await t.article(list[1]!.id)).title,
    'Ngày Pháp luật Việt Nam 2026: hưởng ứng rộng khắp tại cơ sở',
  );

  // An editor rewrites the training article here; upstream changes it too: a conflict, listed.
  const training = await json<AdminArticle>(await t.call('GET', `/admin/articles/${list[0]!.id}`));
  const put = await t.call(
    'PUT',
    `/admin/articles/${training.id}`,
    {
      title: training.title,
      slug: training.slug,
      summary: 'Tóm tắt do biên tập viên viết.',
      body: training.body,
      category: training.category,
      unitId: training.unitId,
      fields: training.fields,
      publishedAt: training.publishedAt,
    },
    t.editor,
    { 'If-Match': `"${training.version}"` },
  );
  assert.equal(put.status, 200, await put.clone().text());
  t.feeds.change(
    'tin-125',
    { html: '<p>Lớp tập huấn đã được dời sang tháng 3.</p>' },
    'Wed, 25 Feb 2026 01:00:00 GMT',
  );
  const fourth = await t.run(t.source.id);
  assert.deepEqual(counts(fourth), [0, 0, 2, 1, 1]);
  assert.equal((await t.article(training.id)).summary, 'Tóm tắt do biên tập viên viết.', 'not overwritten');
  const conflicts = await json<SourceConflictList>(
    await t.call('GET', `/admin/sources/${t.source.id}/conflicts`),
  );
  assert.deepEqual(
    conflicts.items.map((c) => [c.upstreamId, c.documentId, c.number, c.title]),
    [['tin-125', training.id, null, training.title]],
  );

  // The editor's version stays: the next runs leave it, until upstream changes again.
  const keep = await t.call('POST', `/admin/sources/${t.source.id}/conflicts/resolve`, {
    upstreamId: 'tin-125',
    keep: 'local',
  });
  assert.equal(keep.status, 204);
  t.feeds.change('tin-124', { html: '<p>Hưởng ứng tại 96 xã, phường.</p>' }, 'Thu, 26 Feb 2026 01:00:00 GMT');
  assert.deepEqual(counts(await t.run(t.source.id)), [0, 1, 2, 1, 0]);
  assert.equal((await t.article(training.id)).summary, 'Tóm tắt do biên tập viên viết.');
});

test('an Atom feed whose source allows the full text: the content, sanitized, and the link; unpublished when the source says so', async () => {
  const t = await feedSetup('atom', {
    fullText: true,
    published: false,
    fields: { 'Tư pháp': 'hanh-chinh' },
  });
  const run = await t.run(t.source.id);
  assert.deepEqual(counts(run), [3, 0, 0, 1, 0]);
  assert.deepEqual(await t.articles(), [], 'waiting for an editor, not public');
  const rows = await t.database.db
    .selectFrom('articles')
    .select(['id', 'title', 'state', 'body', 'fields'])
    .orderBy('id')
    .execute();
  assert.deepEqual(
    rows.map((r) => r.state),
    ['submitted', 'submitted', 'submitted'],
  );
  const conference = rows[0]!;
  assert.match(conference.body, /Bộ Tư pháp tổ chức hội nghị trực tuyến/);
  assert.match(conference.body, /Hội nghị được kết nối tới 34 tỉnh/, 'the full text, not an excerpt');
  assert.doesNotMatch(conference.body, /script|onerror|alert/);
  assert.match(
    conference.body,
    /Nguồn: <a href="http:\/\/127\.0\.0\.1:\d+\/tin-tuc\/hoi-nghi-quan-triet-luat-moi-123\.html">Sở Tư pháp – Tin hoạt động<\/a>/,
  );
  assert.deepEqual(JSON.parse(conference.fields), ['hanh-chinh'], 'the mapping names the field');
  const history = await t.database.db
    .selectFrom('content_transitions')
    .select(['entity', 'actor', 'to_state'])
    .where('item_id', '=', conference.id)
    .execute();
  assert.deepEqual(history, [{ entity: 'article', actor: 'Quản trị viên', to_state: 'submitted' }]);
});

for (const [behaviour, reason] of [
  ...UPSTREAM_FAILURES,
  ['not-a-feed', /neither an Atom nor an RSS feed/] as const,
]) {
  test(`a feed that answers ${behaviour}: the run fails with the reason logged, no article is written`, async () => {
    const t = await feedSetup('rss');
    if (behaviour === 'not-a-feed') t.feeds.state.notAFeed = true;
    else t.feeds.state.behaviour = behaviour;
    const run = await t.run(t.source.id);
    assert.equal(run.outcome, 'failed');
    assert.match(run.error ?? '', reason);
    assert.deepEqual(counts(run), [0, 0, 0, 0, 0]);
    assert.equal(await t.articleCount(), 0);
    assert.deepEqual(await t.database.db.selectFrom('source_items').selectAll().execute(), []);
  });
}

test('a feed source needs the unit its articles are credited to, and feeds articles only', async () => {
  const t = await sourcesApp();
  const base = { name: 'Tin', kind: 'feed-xml', url: 'https://example.gov.vn/rss.xml' };
  const noUnit = await t.call('POST', '/admin/sources', { ...base, feeds: 'articles' });
  assert.equal(noUnit.status, 400);
  assert.match(await noUnit.text(), /mapping\.unitId[\s\S]*đơn vị đứng tên/);
  const documents = await t.call('POST', '/admin/sources', { ...base, mapping: { unitId: 'so-tu-phap' } });
  assert.equal(documents.status, 400);
  assert.match(await documents.text(), /Nguồn tin Atom\/RSS cung cấp bài viết/);
  const unknownUnit = await t.call('POST', '/admin/sources', {
    ...base,
    feeds: 'articles',
    mapping: { unitId: 'khong-co-don-vi-nay' },
  });
  assert.equal(unknownUnit.status, 201, 'the unit is checked per article, when a run adds one');
});
