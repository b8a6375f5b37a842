import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ARTICLE_CATEGORIES,
  type AdminArticle,
  type AdminArticlePage,
  type Article,
  type ArticleInput,
  type ArticlePage,
  type ImportReport,
  type Problem,
  type TransitionList,
} from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { mp3 } from './fixtures/media-files.ts';
import { json, makeApp } from './helpers.ts';
import { ATOM, parseAtom } from './xml-support.ts';

/**
 * Articles over the demo content (86 articles loaded through the import): the public list with
 * its filters and facets, one article by id or slug, and the editors' side with the review
 * workflow, unit scope, per-field errors and the NDJSON import and export.
 */
const t = await makeApp();
const tokens = tokensRepository(t.database.db);
const officer = (await tokens.create('Cán bộ xã Hòa Thạnh', 'contributor', t.clock(), 'xa-hoa-thanh')).token;
const editor = (await tokens.create('Biên tập viên', 'editor', t.clock())).token;
const admin = (await tokens.create('Quản trị', 'admin', t.clock())).token;

const get = (path: string, headers: Record<string, string> = {}) =>
  t.app.request(`/api/v1${path}`, { headers });
const page = async (query: string) => json<ArticlePage>(await get(`/articles?${query}`));
const call = (
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  t.app.request(`/api/v1/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

const draft = (input: Partial<ArticleInput> = {}): ArticleInput => ({
  title: 'Xã Hòa Thạnh ra mắt mô hình “Ấp không có tranh chấp kéo dài”',
  summary: 'Mô hình giúp tổ hòa giải nắm bắt sớm mâu thuẫn trong khu dân cư.',
  body: '<p>Tổ hòa giải phối hợp trưởng ấp nắm tình hình hằng tuần.</p>',
  category: 'hoat-dong-don-vi',
  unitId: 'xa-hoa-thanh',
  fields: ['tu-phap'],
  audiences: ['nhan-dan'],
  ...input,
});

test('the list: every published demo article, pinned first, facets over every category and at least 12 units', async () => {
  const all = await page('pageSize=100');
  assert.ok(all.total >= 80, `${all.total} articles`);
  assert.equal(all.items.length, Math.min(all.total, 100));
  const pinned = all.items.findIndex((a) => !a.pinned);
  assert.ok(
    all.items.slice(pinned).every((a) => !a.pinned),
    'pinned articles come first',
  );
  const rest = all.items.slice(pinned).map((a) => a.publishedAt);
  assert.deepEqual(rest, [...rest].sort().reverse(), 'then newest first');
  assert.deepEqual(new Set(all.facets.category.map((f) => f.value)), new Set(ARTICLE_CATEGORIES));
  assert.ok(all.facets.unit.length >= 12, `${all.facets.unit.length} units`);
  assert.ok(
    all.facets.unit.every((f) => f.label && f.label !== f.value),
    'units are named',
  );
  assert.ok(
    all.facets.unit.some((f) => f.value === 'so-tu-phap-long-an'),
    'former Long An units keep their items',
  );
  const counted = all.facets.category.reduce((sum, f) => sum + f.count, 0);
  assert.equal(counted, all.total, 'each article has one category');
});

test('filters narrow the list; each facet ignores its own filter', async () => {
  const announcements = await page('category=thong-bao-giay-moi&pageSize=100');
  assert.ok(announcements.total > 5);
  assert.ok(announcements.items.every((a) => a.category === 'thong-bao-giay-moi' && a.event !== null));
  assert.ok(announcements.facets.category.length > 1, 'the other categories stay offered');
  const sum = (await page('pageSize=1')).facets.category.find((f) => f.value === 'thong-bao-giay-moi')?.count;
  assert.equal(announcements.total, sum);

  const commune = await page('unit=xa-hoa-thanh&pageSize=100');
  assert.ok(commune.total >= 2 && commune.items.every((a) => a.unit.id === 'xa-hoa-thanh'));
  const farmers = await page('audience=nong-dan&field=nong-nghiep&pageSize=100');
  assert.ok(farmers.total >= 1);
  assert.ok(farmers.items.every((a) => a.audiences.includes('nong-dan') && a.fields.includes('nong-nghiep')));
  const old = await page('year=2019&pageSize=100');
  assert.ok(old.total >= 1 && old.items.every((a) => a.publishedAt.startsWith('2019')));
  const oldest = await page('sort=oldest&pageSize=3');
  assert.ok(oldest.items[0]!.publishedAt <= oldest.items[1]!.publishedAt);
  const materials = await page('category=tai-lieu-pbgdpl&pageSize=100');
  assert.ok(materials.items.every((a) => a.materialFormat !== null));
  const bad = await get('/articles?category=tin-tuc&audience=ai-do');
  assert.equal(bad.status, 400);
  const problem = await json<Problem>(bad);
  assert.deepEqual(Object.keys(problem.errors ?? {}).sort(), ['audience', 'category']);
});

test('one article by id or by slug: sanitized body, library files, related documents, previous and next', async () => {
  const bySlug = await json<Article>(await get('/articles/huong-dan-cap-giay-phep-xay-dung-nha-o-tai-xa'));
  const byId = await json<Article>(await get(`/articles/${bySlug.id}`));
  assert.deepEqual(byId, bySlug);
  assert.equal(bySlug.unit.name, 'Sở Xây dựng tỉnh Tây Ninh');
  assert.match(bySlug.cover?.url ?? '', /^\/media\/\d+\/[0-9a-f]+\.jpg$/);
  assert.ok((bySlug.cover?.variants.length ?? 0) > 0, 'the cover has smaller copies');
  assert.equal(bySlug.attachments[0]?.mediaType, 'application/pdf');
  assert.deepEqual(
    bySlug.documents.map((d) => d.number),
    ['118/HD-SXD', '14/2025/QĐ-UBND'],
  );
  assert.ok(bySlug.previous && bySlug.next, 'it has neighbours in its category');
  const previous = await json<Article>(await get(`/articles/${bySlug.previous.slug}`));
  assert.equal(previous.category, bySlug.category);
  assert.equal(previous.next?.id, bySlug.id, 'its previous article leads back to it');

  const missing = await get('/articles/khong-co-bai-nay', { 'Accept-Language': 'en' });
  assert.equal(missing.status, 404);
  assert.match((await json<Problem>(missing)).detail ?? '', /no article/);
  assert.equal((await get('/articles/Bad_Slug')).status, 400);
});

test('an announcement’s event as an iCalendar file; an article without one has none', async () => {
  const [announcement] = (await page('category=thong-bao-giay-moi&sort=newest&pageSize=1')).items;
  assert.ok(announcement?.event);
  const response = await get(`/articles/${announcement.id}.ics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('Content-Type') ?? '', /^text\/calendar/);
  const ics = await response.text();
  const unfolded = ics.replace(/\r\n /g, '');
  assert.ok(
    ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75),
    'lines folded at 75 octets',
  );
  assert.match(unfolded, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  const start = announcement.event.startsAt.replace(/[-:]/g, '').replace('.000', '');
  assert.ok(unfolded.includes(`DTSTART:${start}`), unfolded);
  assert.ok(unfolded.includes(`UID:article-${announcement.id}@`));
  assert.ok(unfolded.includes(`SUMMARY:${announcement.title.replace(/,/g, '\\,')}`));
  assert.match(unfolded, /END:VEVENT\r\nEND:VCALENDAR\r\n$/);

  const [news] = (await page('category=tin-tuc-su-kien&pageSize=1')).items;
  assert.equal((await get(`/articles/${news!.id}.ics`)).status, 404);
});

test('a commune drafts its own article; the editor returns it, then publishes it; only then is it public', async () => {
  const outside = await call(officer, 'POST', '/articles', draft({ unitId: 'phuong-tan-ninh' }));
  assert.equal(outside.status, 403, 'not for another unit');

  const created = await call(officer, 'POST', '/articles', draft());
  assert.equal(created.status, 201, await created.clone().text());
  const article = await json<AdminArticle>(created);
  assert.equal(article.state, 'draft');
  assert.equal(
    article.slug,
    'xa-hoa-thanh-ra-mat-mo-hinh-ap-khong-co-tranh-chap',
    'the first 12 words of the title',
  );
  assert.equal(created.headers.get('Location'), `/api/v1/admin/articles/${article.id}`);
  assert.equal((await get(`/articles/${article.id}`)).status, 404, 'a draft is not public');

  const move = async (token: string, action: string, comment?: string) => {
    const current = await call(token, 'GET', `/articles/${article.id}`);
    return call(
      token,
      'POST',
      `/articles/${article.id}/state`,
      { action, comment },
      {
        'If-Match': current.headers.get('ETag') ?? '',
      },
    );
  };
  assert.equal((await move(officer, 'publish')).status, 403, 'a unit does not publish');
  assert.equal((await json<AdminArticle>(await move(officer, 'submit'))).state, 'submitted');
  assert.equal((await json<AdminArticle>(await move(editor, 'return', 'Bổ sung ảnh bìa'))).state, 'returned');
  assert.equal((await json<AdminArticle>(await move(officer, 'submit'))).state, 'submitted');
  const published = await json<AdminArticle>(await move(editor, 'publish'));
  assert.equal(published.state, 'published');
  assert.equal(published.publishedAt, t.clock().toISOString(), 'dated when published');

  const visible = await json<Article>(await get(`/articles/${published.slug}`));
  assert.equal(visible.id, article.id);
  assert.ok(!('state' in visible) && !('version' in visible), 'no editors’ fields in public');
  const listed = await page(`unit=xa-hoa-thanh&q=${encodeURIComponent('ap khong co tranh chap')}`);
  assert.equal(listed.items[0]?.id, article.id);

  const history = await json<TransitionList>(await call(officer, 'GET', `/articles/${article.id}/history`));
  assert.deepEqual(
    history.items.map((m) => m.to),
    ['draft', 'submitted', 'returned', 'submitted', 'published'],
  );
  assert.equal(history.items[2]?.comment, 'Bổ sung ảnh bìa');

  const mine = await json<{ items: AdminArticle[] }>(await call(officer, 'GET', '/articles?pageSize=100'));
  assert.ok(
    mine.items.every((a) => a.unit.id === 'xa-hoa-thanh'),
    'a unit lists its own articles',
  );
  const audit = await t.database.db
    .selectFrom('audit_log')
    .select(['action', 'actor'])
    .where('entity', '=', 'article')
    .where('entity_id', '=', article.id)
    .orderBy('id')
    .execute();
  assert.equal(audit[0]?.action, 'created');
  assert.equal(audit[0]?.actor, 'Cán bộ xã Hòa Thạnh');
});

test('what an article names must exist, said per field; a stale version is refused; delete is the admin’s', async () => {
  const refused = await call(
    editor,
    'POST',
    '/articles',
    draft({
      slug: 'so-tay-hoa-giai-vien-o-co-so',
      cover: { url: '/media/khong-co.jpg', alt: 'Ảnh' },
      attachments: [{ url: '/media/khong-co.pdf' }],
      relatedDocuments: ['999/2099/QĐ-UBND'],
    }),
  );
  assert.equal(refused.status, 400);
  const errors = (await json<Problem>(refused)).errors ?? {};
  assert.deepEqual(Object.keys(errors).sort(), [
    'attachments.0.url',
    'cover.url',
    'relatedDocuments.0',
    'slug',
  ]);

  const schema = await call(
    editor,
    'POST',
    '/articles',
    draft({ category: 'tin-tuc-su-kien', event: { startsAt: '2026-05-01T01:00:00Z', place: 'Hội trường' } }),
  );
  assert.equal(schema.status, 400);
  assert.ok((await json<Problem>(schema)).errors?.event, 'an event belongs to an announcement only');

  const created = await json<AdminArticle>(
    await call(editor, 'POST', '/articles', draft({ title: 'Bài để xóa' })),
  );
  assert.equal(created.state, 'published', 'an editor publishes at once');
  const stale = await call(editor, 'PUT', `/articles/${created.id}`, draft({ title: 'Sửa' }), {
    'If-Match': '"99"',
  });
  assert.equal(stale.status, 412);
  assert.equal((await call(editor, 'DELETE', `/articles/${created.id}`)).status, 403);
  assert.equal((await call(admin, 'DELETE', `/articles/${created.id}`)).status, 204);
  assert.equal((await get(`/articles/${created.id}`)).status, 404);
});

test('NDJSON: the export reads back through the import; a bad row writes nothing and is named', async () => {
  const exported = await get('/articles/export.ndjson');
  assert.equal(exported.status, 200);
  const lines = (await exported.text()).trim().split('\n');
  const total = (await page('pageSize=1')).total;
  assert.equal(lines.length, total);

  const again = await call(admin, 'POST', '/articles/import', lines.join('\n'), {
    'Content-Type': 'application/x-ndjson',
  });
  const report = await json<ImportReport>(again);
  assert.deepEqual(
    { created: report.created, updated: report.updated, written: report.written },
    { created: 0, updated: total, written: true },
  );

  const fresh = {
    ...(JSON.parse(lines[0]!) as ArticleInput),
    slug: 'bai-moi-tu-tep-nhap',
    title: 'Bài mới từ tệp nhập',
  };
  const broken = [
    JSON.stringify(fresh),
    '{"title":',
    JSON.stringify({ ...fresh, slug: 'bai-khac', unitId: 'khong-co' }),
  ];
  const refused = await json<ImportReport>(
    await call(admin, 'POST', '/articles/import', broken.join('\n'), {
      'Content-Type': 'application/x-ndjson',
    }),
  );
  assert.equal(refused.written, false);
  assert.deepEqual(
    refused.rejected.map((r) => [r.line, Object.keys(r.errors)]),
    [
      [2, ['json']],
      [3, ['unitId']],
    ],
  );
  assert.equal((await get('/articles/bai-moi-tu-tep-nhap')).status, 404, 'all or nothing');
});

test('a library file an article uses cannot be deleted', async () => {
  const article = await json<Article>(await get('/articles/so-tay-hoa-giai-vien-o-co-so'));
  const url = article.attachments[0]!.url;
  const media = await t.database.db
    .selectFrom('media')
    .select('id')
    .where('key', '=', url.slice(url.lastIndexOf('/') + 1))
    .executeTakeFirst();
  const response = await call(admin, 'DELETE', `/media/${media!.id}`);
  assert.equal(response.status, 409);
  assert.ok(JSON.stringify(await response.json()).includes('Sổ tay hòa giải viên ở cơ sở'));
});

test('a recording of a PBGDPL material needs its transcript; readers get both, with the duration', async () => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(mp3(77))]), 'hoi-dap-hoa-giai.mp3');
  const uploadedFile = await t.app.request('/api/v1/admin/media', {
    method: 'POST',
    headers: { Authorization: `Bearer ${editor}` },
    body: form,
  });
  assert.equal(uploadedFile.status, 201);
  const { url } = await json<{ url: string }>(uploadedFile);
  const material = draft({
    title: 'Hỏi đáp pháp luật về hòa giải ở cơ sở (bản ghi âm)',
    category: 'tai-lieu-pbgdpl',
    materialFormat: 'audio',
    attachments: [{ url, name: 'Bản ghi âm' }],
  });
  const refused = await call(editor, 'POST', '/articles', material);
  assert.equal(refused.status, 400);
  const problem = await json<Problem>(refused);
  assert.match(problem.errors?.['attachments.0.transcript']?.[0] ?? '', /lời thoại/);
  const transcript = 'Hỏi: Hòa giải viên là ai?\nĐáp: Người được cộng đồng bầu chọn.';
  const created = await call(editor, 'POST', '/articles', {
    ...material,
    attachments: [{ url, name: 'Bản ghi âm', transcript }],
  });
  assert.equal(created.status, 201);
  const { id } = await json<AdminArticle>(created);
  const shown = await json<Article>(await get(`/articles/${id}`));
  const [file] = shown.attachments;
  assert.deepEqual([file!.kind, file!.mediaType, file!.transcript], ['audio', 'audio/mpeg', transcript]);
  assert.ok(Math.abs(file!.durationSeconds! - 2) < 0.1);
  const image = (await page('pageSize=100')).items.find((item) => item.cover)!.cover!.url;
  const onImage = await call(editor, 'POST', '/articles', {
    ...material,
    materialFormat: 'infographic',
    attachments: [{ url: image, transcript }],
  });
  assert.equal(onImage.status, 400);
  assert.ok((await json<Problem>(onImage)).errors?.['attachments.0.transcript']);
});

test('article views are counted once per page view from the beacons, and editors see them in their list', async () => {
  const { items } = await page('pageSize=2');
  const [seen, unseen] = items;
  const beacon = (pageViewId: string, ids: number[]) =>
    t.app.request('/api/v1/events', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'X-Forwarded-For': '192.0.2.90' },
      body: JSON.stringify({
        pageViewId,
        events: ids.map((id) => ({ type: 'view', subject: 'article', subjectId: String(id) })),
      }),
    });
  assert.equal((await beacon('pv-views-0001', [seen!.id, seen!.id])).status, 202);
  assert.equal((await beacon('pv-views-0002', [seen!.id])).status, 202);
  const views = async (token: string, q: string) => {
    const list = await json<AdminArticlePage>(await call(token, 'GET', `/articles?pageSize=100&q=${q}`));
    return new Map(list.items.map((item) => [item.id, item.views]));
  };
  const counted = await views(editor, encodeURIComponent(seen!.title));
  assert.equal(counted.get(seen!.id), 2);
  assert.equal((await views(editor, encodeURIComponent(unseen!.title))).get(unseen!.id), 0);
});

test('GET /articles/feed.xml: valid Atom of one category or unit, every required element, 304 for a feed reader', async () => {
  const response = await get('/articles/feed.xml?category=thong-bao-giay-moi');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/atom\+xml/);
  const { feed, child, text } = parseAtom(await response.text());
  assert.equal(feed.localName, 'feed');
  assert.equal(feed.namespaceURI, ATOM);
  // RFC 4287 4.1.1: a feed has exactly one id, title and updated, and an author (or every entry has one).
  for (const name of ['id', 'title', 'updated']) assert.equal(child(feed, name).length, 1, `feed ${name}`);
  assert.equal(child(feed, 'author').length, 1);
  const self = child(feed, 'link').find((link) => link.getAttribute('rel') === 'self');
  assert.equal(
    self?.getAttribute('href'),
    'http://localhost/api/v1/articles/feed.xml?category=thong-bao-giay-moi',
  );
  const entries = child(feed, 'entry');
  // Newest first, pinned or not.
  const announcements = (await page('category=thong-bao-giay-moi&pageSize=30')).items.sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id,
  );
  assert.equal(entries.length, announcements.length);
  entries.forEach((entry, i) => {
    const article = announcements[i]!;
    for (const name of ['id', 'title', 'updated'])
      assert.equal(child(entry, name).length, 1, `entry ${name}`);
    assert.equal(text(entry, 'title'), article.title);
    assert.ok(!Number.isNaN(Date.parse(text(entry, 'updated') ?? '')), 'updated is a date');
    assert.equal(text(entry, 'published'), article.publishedAt);
    assert.equal(
      child(entry, 'link')[0]?.getAttribute('href'),
      `http://localhost/api/v1/articles/${article.id}`,
    );
    const category = child(entry, 'category').find(
      (c) => c.getAttribute('scheme') === 'urn:pbgdpl:ArticleCategory',
    );
    assert.equal(category?.getAttribute('term'), 'thong-bao-giay-moi');
  });
  const newest = entries
    .map((e) => text(e, 'updated') ?? '')
    .sort()
    .at(-1);
  assert.equal(text(feed, 'updated'), newest, 'the feed was updated when its newest entry was');

  const etag = response.headers.get('ETag');
  assert.ok(etag);
  const again = await get('/articles/feed.xml?category=thong-bao-giay-moi', { 'If-None-Match': etag });
  assert.equal(again.status, 304);
  const other = await get('/articles/feed.xml?unit=xa-hoa-thanh', { 'If-None-Match': etag });
  assert.equal(other.status, 200, 'another filter is another feed');
  const commune = parseAtom(await other.text());
  const authors = commune
    .child(commune.feed, 'entry')
    .map((e) => commune.child(e, 'author')[0]?.textContent?.trim());
  assert.ok(authors.length >= 2 && authors.every((name) => name === 'Xã Hòa Thạnh'));
  assert.equal((await get('/articles/feed.xml?category=khong-co')).status, 400);
});
