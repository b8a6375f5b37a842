import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentPage } from '@pbgdpl/contract';
import { addDocuments, documentInput, json, makeDocumentsApp, type TestApp } from './helpers.ts';

const t: TestApp = await makeDocumentsApp();
const search = async (params: Record<string, string>) => {
  const response = await t.app.request(`/api/v1/documents?${new URLSearchParams(params)}`);
  assert.equal(response.status, 200, await response.clone().text());
  return json<DocumentPage>(response);
};
const numbers = async (params: Record<string, string>) => (await search(params)).items.map((i) => i.number);

await addDocuments(t, [
  documentInput({
    number: '45/2019/QĐ-UBND',
    title: 'Quy định về hòa giải ở cơ sở trên địa bàn tỉnh',
    summary: 'Quy định chi tiết công tác hòa giải và đất đai.',
    body: '<p>Điều 1. Thủy lợi nội đồng và kỹ thuật canh tác.</p>',
    issuedOn: '2019-05-10',
    effectiveFrom: '2019-05-20',
  }),
  documentInput({
    number: '12/2023/NQ-HĐND',
    title: 'Nghị quyết về phí thủy lợi',
    type: 'nghi-quyet',
    issuerId: 'long-an',
    fields: ['thue-phi-le-phi', 'nong-nghiep'],
    status: 'expired',
    issuedOn: '2023-07-01',
    effectiveFrom: '2023-07-15',
    effectiveTo: '2024-12-31',
  }),
  documentInput({
    number: 'Không số',
    title: 'Kế hoạch tuyên truyền pháp luật năm 2024',
    type: 'ke-hoach',
    issuerId: 'so-tu-phap',
    summary: 'Tổ chức hội nghị về hòa giải ở cơ sở cho hòa giải viên.',
    issuedOn: '2024-02-01',
  }),
  documentInput({
    number: '145/2019/QĐ-UBND',
    title: 'Quyết định về kĩ năng số cho công chức',
    fields: ['can-bo-cong-chuc'],
    issuedOn: '2019-11-01',
    effectiveFrom: '2020-01-01',
  }),
  documentInput({ number: '7/2024/QĐ-UBND', title: 'Văn bản chưa công bố về hòa giải', published: false }),
]);

describe('folding: marks, NFD, tone placement, đ and case do not matter', () => {
  const hoaGiai = ['45/2019/QĐ-UBND', 'Không số'];
  for (const q of ['hoa giai', 'HÒA GIẢI', 'hoà giải', 'hòa giải'.normalize('NFD'), 'HoÀ gIaI']) {
    test(`"${q}"`, async () => assert.deepEqual((await numbers({ q })).sort(), [...hoaGiai].sort()));
  }
  test('thuỷ / thủy / thuy', async () => {
    for (const q of ['thuỷ lợi', 'thủy lợi', 'THUY LOI']) {
      assert.deepEqual((await numbers({ q })).sort(), ['12/2023/NQ-HĐND', '45/2019/QĐ-UBND'], q);
    }
  });
  test('kĩ / kỹ / ky', async () => {
    for (const q of ['kĩ', 'kỹ', 'KY']) {
      assert.deepEqual((await numbers({ q })).sort(), ['145/2019/QĐ-UBND', '45/2019/QĐ-UBND'], q);
    }
  });
  test('Đ / đ / d', async () => {
    for (const q of ['ĐẤT ĐAI', 'đất đai', 'dat dai'])
      assert.deepEqual(await numbers({ q }), ['45/2019/QĐ-UBND'], q);
  });
});

describe('document numbers', () => {
  test('a full number in any spelling finds exactly that document first', async () => {
    for (const q of [
      '45/2019/QĐ-UBND',
      '45/2019/qd-ubnd',
      ' 45 / 2019 /QĐ - UBND ',
      '45/2019/QĐ-UBND'.normalize('NFD'),
    ]) {
      assert.equal((await numbers({ q }))[0], '45/2019/QĐ-UBND', q);
    }
  });
  test('a number prefix finds numbers starting with it, not ones that merely contain it', async () => {
    const found = await search({ q: '45/2019' });
    assert.equal(found.items[0]?.number, '45/2019/QĐ-UBND');
    assert.equal(found.items[0]?.highlight?.number, '<mark>45/2019</mark>/QĐ-UBND');
  });
  test('"Không số" is searchable as words', async () => {
    assert.deepEqual(await numbers({ q: 'khong so' }), ['Không số']);
  });
});

test('a quoted phrase matches words in order; the last unquoted word is a prefix', async () => {
  assert.deepEqual((await numbers({ q: '"hòa giải ở cơ sở"' })).sort(), ['45/2019/QĐ-UBND', 'Không số']);
  assert.deepEqual(await numbers({ q: '"cơ sở hòa giải"' }), []);
  assert.deepEqual(await numbers({ q: 'tuyên truy' }), ['Không số']);
  assert.deepEqual(await numbers({ q: '"tuyên truy"' }), [], 'no prefix inside quotes');
  assert.deepEqual(await numbers({ q: 'hòa giải phí' }), [], 'words are AND-ed');
});

test('every filter combines with q', async () => {
  const q = 'hòa giải';
  assert.deepEqual(await numbers({ q, type: 'ke-hoach' }), ['Không số']);
  assert.deepEqual(await numbers({ q, issuer: 'so-tu-phap' }), ['Không số']);
  assert.deepEqual((await numbers({ q, field: 'tu-phap' })).sort(), ['45/2019/QĐ-UBND', 'Không số']);
  assert.deepEqual(await numbers({ q: 'thủy lợi', status: 'expired' }), ['12/2023/NQ-HĐND']);
  assert.deepEqual(await numbers({ q, year: '2019' }), ['45/2019/QĐ-UBND']);
  assert.deepEqual(await numbers({ q, from: '2020-01-01' }), ['Không số']);
  assert.deepEqual(await numbers({ q, to: '2020-01-01' }), ['45/2019/QĐ-UBND']);
  assert.deepEqual(
    await numbers({ q, type: 'quyet-dinh', field: 'tu-phap', year: '2019', status: 'in-force' }),
    ['45/2019/QĐ-UBND'],
  );
});

test('facets count the current query, each ignoring its own filter', async () => {
  const page = await search({ q: 'hòa giải', type: 'ke-hoach' });
  assert.equal(page.total, 1);
  const counts = (facet: keyof DocumentPage['facets']) =>
    Object.fromEntries(page.facets[facet].map((f) => [f.value, f.count]));
  assert.deepEqual(counts('type'), { 'quyet-dinh': 1, 'ke-hoach': 1 }, 'type ignores the type filter');
  assert.deepEqual(counts('issuer'), { 'so-tu-phap': 1 });
  assert.deepEqual(counts('status'), { 'in-force': 1 });
  assert.deepEqual(counts('year'), { '2024': 1 });
  assert.deepEqual(counts('field'), { 'tu-phap': 1 });
  assert.equal(page.facets.issuer[0]?.label, 'Sở Tư pháp tỉnh Tây Ninh', 'issuer label is the unit name');

  const all = await search({});
  assert.equal(all.total, 4, 'unpublished documents are not counted');
  assert.deepEqual(Object.fromEntries(all.facets.field.map((f) => [f.value, f.count])), {
    'tu-phap': 2,
    'thue-phi-le-phi': 1,
    'nong-nghiep': 1,
    'can-bo-cong-chuc': 1,
  });
});

test('without q, relevance means newest issued first; issued and effective sort descending', async () => {
  const newest = ['Không số', '12/2023/NQ-HĐND', '145/2019/QĐ-UBND', '45/2019/QĐ-UBND'];
  assert.deepEqual(await numbers({}), newest);
  assert.deepEqual(await numbers({ sort: 'issued' }), newest);
  assert.deepEqual(await numbers({ sort: 'effective' }), [
    '12/2023/NQ-HĐND',
    '145/2019/QĐ-UBND',
    '45/2019/QĐ-UBND',
    'Không số',
  ]);
});

test('pages: page and pageSize, total of all matches', async () => {
  const first = await search({ pageSize: '3' });
  const second = await search({ pageSize: '3', page: '2' });
  assert.deepEqual([first.items.length, second.items.length, first.total, second.page], [3, 1, 4, 2]);
  assert.equal((await search({ page: '9' })).items.length, 0);
});

test('bad queries are 400 with a message per field', async () => {
  for (const [params, field] of [
    [{ pageSize: '0' }, 'pageSize'],
    [{ pageSize: '101' }, 'pageSize'],
    [{ page: '0' }, 'page'],
    [{ type: 'sac-lenh' }, 'type'],
    [{ field: 'khong-co' }, 'field'],
    [{ status: 'alive' }, 'status'],
    [{ year: 'abc' }, 'year'],
    [{ from: '2024-13-01' }, 'from'],
    [{ from: '2024-02-01', to: '2024-01-01' }, 'to'],
    [{ sort: 'random' }, 'sort'],
    [{ q: 'x'.repeat(201) }, 'q'],
  ] as const) {
    const response = await t.app.request(`/api/v1/documents?${new URLSearchParams(params)}`);
    assert.equal(response.status, 400, JSON.stringify(params));
    const body = await json<{ errors: Record<string, string[]> }>(response);
    assert.ok(body.errors[field], `${JSON.stringify(params)}: ${JSON.stringify(body.errors)}`);
  }
});

test('q with nothing to search for lists everything; FTS syntax in q is only text', async () => {
  assert.equal((await search({ q: '  "" ' })).total, 4);
  for (const q of ['NEAR(a b)', 'hòa OR thủy', '*', 'title:hòa', '"unbalanced', 'a AND', '-x ^y']) {
    await search({ q });
  }
});

test('highlights: number, title and snippet escaped, matches in <mark>, nothing else unescaped', async () => {
  const local = await makeDocumentsApp();
  const long = `${'Mở đầu văn bản có nhiều câu chữ. '.repeat(20)}Người dân được hòa giải tại nhà văn hóa. ${'Phần cuối. '.repeat(30)}`;
  await addDocuments(local, [
    documentInput({
      title: 'Về hòa giải <script>alert("x")</script> & "trích dẫn"',
      summary: null,
      body: `<p>${long}</p>`,
    }),
  ]);
  const page = await json<DocumentPage>(
    await local.app.request(`/api/v1/documents?q=${encodeURIComponent('hoa giai')}`),
  );
  const highlight = page.items[0]?.highlight;
  assert.ok(highlight);
  assert.equal(
    highlight.title,
    'Về <mark>hòa</mark> <mark>giải</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;trích dẫn&quot;',
  );
  assert.equal(highlight.number, '01/2024/QĐ-UBND');
  assert.ok(highlight.snippet);
  assert.match(highlight.snippet, /^…/);
  assert.match(highlight.snippet, /được <mark>hòa<\/mark> <mark>giải<\/mark> tại/);
  assert.ok(highlight.snippet.length < 300, highlight.snippet);
  for (const text of Object.values(highlight)) {
    assert.equal((text ?? '').replace(/<\/?mark>/g, '').match(/[<>]/), null, text ?? '');
  }
  const browsing = await json<DocumentPage>(await local.app.request('/api/v1/documents'));
  assert.equal(browsing.items[0]?.highlight, null, 'no highlight without q');
});
