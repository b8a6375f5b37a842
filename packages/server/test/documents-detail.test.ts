import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LegalDocument, RelationList } from '@pbgdpl/contract';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';

const t = await makeDocumentsApp();
const [amending = 0, amended = 0, hidden = 0, replacing = 0] = await addDocuments(t, [
  documentInput({
    number: '20/2024/QĐ-UBND',
    title: 'Sửa đổi, bổ sung Quy định về hòa giải ở cơ sở',
    vbplItemId: 170001,
    gazetteId: '123456',
    relations: [
      { type: 'amends', targetNumber: '45/2019/qđ-ubnd', targetTitle: null },
      {
        type: 'based-on',
        targetNumber: '35/2013/QH13',
        targetTitle: 'Luật Hòa giải ở cơ sở',
        targetUrl: 'https://vbpl.vn/van-ban/chi-tiet/luat-hoa-giai-o-co-so--30563',
      },
    ],
  }),
  documentInput({
    number: '45/2019/QĐ-UBND',
    title: 'Quy định về hòa giải ở cơ sở',
    issuedOn: '2019-05-10',
    // The same pair entered on this side too: shown once.
    relations: [{ type: 'amends', direction: 'passive', targetNumber: '20/2024/QĐ-UBND' }],
  }),
  documentInput({
    number: '99/2024/QĐ-UBND',
    title: 'Bản nháp',
    published: false,
    relations: [{ type: 'repeals', targetNumber: '45/2019/QĐ-UBND' }],
  }),
  documentInput({
    number: '30/2025/QĐ-UBND',
    title: 'Thay thế quy định về hòa giải',
    issuedOn: '2025-01-02',
    relations: [{ type: 'replaces', targetNumber: '45 / 2019 / QĐ-UBND' }],
  }),
]);

const get = (path: string, headers: Record<string, string> = {}) =>
  t.app.request(`/api/v1${path}`, { headers });

test('GET /documents/{id}: the full document with issuer, links and fields; cacheable', async () => {
  const response = await get(`/documents/${amending}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('Cache-Control') ?? '', /public/);
  assert.ok(response.headers.get('ETag'));
  const document = await json<LegalDocument>(response);
  assert.equal(document.number, '20/2024/QĐ-UBND');
  assert.deepEqual(document.issuer, {
    id: 'tay-ninh',
    name: 'Ủy ban nhân dân tỉnh Tây Ninh',
    kind: 'province',
    validTo: null,
    successors: [],
  });
  assert.deepEqual(document.links, {
    vbpl: 'https://vbpl.vn/van-ban/chi-tiet/sua-doi-bo-sung-quy-dinh-ve-hoa-giai-o-co-so--170001',
    gazette: 'https://congbao.chinhphu.vn/van-ban/sua-doi-bo-sung-quy-dinh-ve-hoa-giai-o-co-so-123456.htm',
  });
  assert.equal(document.published, true);
  assert.equal(document.publishedAt, t.clock().toISOString());
  assert.ok(!('relations' in document), 'relations have their own endpoint');
});

test('a long title makes a slug of at most 80 characters, cut between words', async () => {
  const [id] = await addDocuments(t, [
    documentInput({ number: '1/2020/QĐ-UBND', title: 'Quy định '.repeat(20), vbplItemId: 5 }),
  ]);
  const { links } = await json<LegalDocument>(await get(`/documents/${id}`));
  const slug = links.vbpl?.match(/chi-tiet\/(.*)--5$/)?.[1] ?? '';
  assert.ok(slug.length <= 80 && slug.length > 60, slug);
  assert.match(slug, /^(quy-dinh-)+quy-dinh$/);
});

test('unpublished and missing documents are 404 problems in the asked language', async () => {
  for (const path of [
    `/documents/${hidden}`,
    '/documents/999999',
    `/documents/${hidden}/related`,
    '/documents/999999/related',
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.match(response.headers.get('Content-Type') ?? '', /problem\+json/);
    assert.match((await json<{ detail: string }>(response)).detail, /Không có văn bản/);
  }
  const english = await get(`/documents/${hidden}`, { 'Accept-Language': 'en' });
  assert.match((await json<{ detail: string }>(english)).detail, /There is no document/);
  assert.equal((await get('/documents/abc')).status, 400);
});

test('related: own rows and other documents naming this one, flipped, each pair once', async () => {
  const own = await json<RelationList>(await get(`/documents/${amending}/related`));
  assert.deepEqual(
    own.items.map((r) => [r.type, r.direction, r.number, r.document?.id ?? null]),
    [
      ['amends', 'active', '45/2019/qđ-ubnd', amended],
      ['based-on', 'active', '35/2013/QH13', null],
    ],
  );
  assert.equal(own.items[0]?.title, 'Quy định về hòa giải ở cơ sở', 'a known target lends its title');
  assert.equal(own.items[1]?.url, 'https://vbpl.vn/van-ban/chi-tiet/luat-hoa-giai-o-co-so--30563');

  const target = await json<RelationList>(await get(`/documents/${amended}/related`));
  assert.deepEqual(
    target.items.map((r) => [r.type, r.direction, r.number, r.document?.id ?? null]),
    [
      ['amends', 'passive', '20/2024/QĐ-UBND', amending],
      ['replaces', 'passive', '30/2025/QĐ-UBND', replacing],
    ],
    'the unpublished draft that repeals it is not shown; the amendment entered twice is shown once',
  );
});

test('GET /documents/feed.xml: Atom of the newest published documents, escaped, cacheable', async () => {
  const [id] = await addDocuments(t, [documentInput({ number: '5/2026/QĐ-UBND', title: 'Tiêu đề' })]);
  // The API refuses control characters; a row stored before that rule may still hold one.
  await t.database.db
    .updateTable('documents')
    .set({ title: 'Tiêu đề <b>đậm</b> & "ngoặc" \u0007' })
    .where('id', '=', id!)
    .execute();
  const response = await get('/documents/feed.xml');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'application/atom+xml; charset=utf-8');
  assert.match(response.headers.get('Cache-Control') ?? '', /public, max-age=60/);
  const etag = response.headers.get('ETag') ?? '';
  assert.ok(etag);
  const xml = await response.text();
  assert.match(
    xml,
    /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
  );
  assert.ok(
    xml.includes('Tiêu đề &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;ngoặc&quot; </title>'),
    'escaped, control character dropped',
  );
  assert.ok(!xml.includes('Bản nháp'), 'unpublished documents stay out');
  assert.equal(xml.match(/<entry>/g)?.length, 5);
  assert.equal(xml.match(/<\/entry>/g)?.length, 5);
  assert.match(
    xml,
    /<link rel="self" type="application\/atom\+xml" href="http:\/\/localhost\/api\/v1\/documents\/feed.xml"\/>/,
  );
  // Well-formed enough for any XML parser: every tag closes, no raw & or < in text.
  const withoutTags = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  assert.equal(withoutTags.match(/[<>]|&(?!(amp|lt|gt|quot|#39);)/g), null);
  const opened = [...xml.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]);
  const closed = [...xml.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
  const selfClosed = [...xml.matchAll(/<([a-z]+)[^<>]*\/>/g)].map((m) => m[1]);
  assert.equal(opened.length, closed.length + selfClosed.length);
  assert.equal((await get('/documents/feed.xml', { 'If-None-Match': etag })).status, 304);
});

test('the OpenAPI document lists the document routes and the feed', async () => {
  const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(await get('/openapi.json'));
  for (const path of [
    '/documents',
    '/documents/{id}',
    '/documents/{id}/related',
    '/documents/feed.xml',
    '/admin/documents/import',
  ]) {
    assert.ok(doc.paths[path], path);
  }
  assert.ok(JSON.stringify(doc.paths['/documents/feed.xml']).includes('application/atom+xml'));
});
