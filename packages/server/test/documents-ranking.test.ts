import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentPage } from '@pbgdpl/contract';
import { documentsRepository } from '../src/repositories/documents.ts';
import { searchWarmed } from '../src/search/find-matches.ts';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';

const t = await makeDocumentsApp();
const filler = '<p>Các cơ quan, đơn vị tổ chức thực hiện theo quy định hiện hành của pháp luật.</p>';
await addDocuments(t, [
  documentInput({ number: '4/2022/QĐ-UBND', title: 'Quy định khác', body: `${filler}<p>Về lúa gạo.</p>` }),
  documentInput({ number: '3/2022/QĐ-UBND', title: 'Quy định khác', summary: 'Về lúa gạo.', body: filler }),
  documentInput({ number: '2/2022/QĐ-UBND', title: 'Quy định về lúa gạo', body: filler }),
  documentInput({
    number: '1/2022/QĐ-UBND',
    title: 'Quy định thay thế Quyết định 9/2022/QĐ-UBND',
    body: filler,
  }),
  documentInput({ number: '9/2022/QĐ-UBND', title: 'Quy định gốc', body: filler }),
]);

const numbers = async (q: string) =>
  (await json<DocumentPage>(await t.app.request(`/api/v1/documents?q=${encodeURIComponent(q)}`))).items.map(
    (i) => i.number,
  );

test('a word in the title ranks above the summary, the summary above the body', async () => {
  assert.deepEqual(await numbers('lúa gạo'), ['2/2022/QĐ-UBND', '3/2022/QĐ-UBND', '4/2022/QĐ-UBND']);
});

test('a number match ranks above the same number quoted in a title', async () => {
  assert.deepEqual(await numbers('9/2022/qđ-ubnd'), ['9/2022/QĐ-UBND', '1/2022/QĐ-UBND']);
});

describe('numbers typed in parts', async () => {
  const typed = await makeDocumentsApp();
  const mentions = (title: string) =>
    documentInput({
      number: `${title.length}/KH-UBND`,
      type: 'ke-hoach',
      title,
      summary: 'Triển khai Hướng dẫn 07/HD-STP của Sở Tư pháp tại 19 xã, phường từ ngày 19/3.',
      body: '<p>Theo Hướng dẫn số 07/HD-STP, 19 xã báo cáo trước ngày 19 hằng tháng.</p>',
      issuedOn: '2025-06-19',
    });
  await addDocuments(typed, [
    documentInput({
      number: '19/HD-STP',
      title: 'Hướng dẫn công tác phổ biến pháp luật năm 2025',
      type: 'huong-dan',
      issuedOn: '2025-02-10',
    }),
    documentInput({
      number: '19/2025/HD-STP',
      title: 'Hướng dẫn khác',
      type: 'huong-dan',
      issuedOn: '2024-01-01',
    }),
    documentInput({
      number: '119/HD-STP',
      title: 'Hướng dẫn thứ ba',
      type: 'huong-dan',
      issuedOn: '2025-01-01',
    }),
    mentions('Kế hoạch 19 về HD-STP tại 19 xã'),
    mentions('Kế hoạch thực hiện HD-STP năm 2025'),
    mentions('Kế hoạch tuyên truyền tại 19 xã, phường'),
  ]);
  const search = async (q: string) =>
    (
      await json<DocumentPage>(await typed.app.request(`/api/v1/documents?q=${encodeURIComponent(q)}`))
    ).items.map((i) => i.number);

  for (const q of ['HD-STP 19', '19 HD-STP', 'hd stp 19', 'HĐ-STP 019', 'huong dan 19 stp']) {
    test(`"${q}": the whole number first, then numbers having every part, above mentions in the text`, async () => {
      const found = await search(q);
      assert.deepEqual(found.slice(0, 2), ['19/HD-STP', '19/2025/HD-STP']);
      assert.ok(!found.includes('119/HD-STP'), 'parts are whole: 19 is not 119');
    });
  }
});

// More matches than BROAD_MATCHES (2,000): these searches take the word-set path, ranked in
// tiers (number, every term in the number or title, the rest), each tier newest first.
describe('broad searches', async () => {
  const broad = await makeDocumentsApp();
  const day = (i: number) => new Date(Date.UTC(2001, 0, 1 + (i % 700))).toISOString().slice(0, 10);
  const inputs = Array.from({ length: 2_300 }, (_, i) =>
    documentInput({
      // Every number holds the word “kh”: a decision's code says QĐ (its issuer, here KH, follows).
      number: `${i + 1}/2001/${i % 3 === 0 ? 'QĐ-KH' : 'KH-UBND'}`,
      title: i % 50 === 0 ? `Kế hoạch thủy lợi đợt ${i}` : `Kế hoạch công tác đợt ${i}`,
      type: i % 3 === 0 ? 'quyet-dinh' : 'ke-hoach',
      body: '<p>Công tác thủy lợi nội đồng.</p>',
      issuedOn: day(i),
      published: i % 10 !== 9,
    }),
  );
  inputs.push(
    documentInput({
      number: '2001/KH',
      type: 'ke-hoach',
      title: 'Văn bản gốc',
      body: '<p>Thủy lợi.</p>',
      issuedOn: '2000-01-01',
    }),
    documentInput({
      number: '2001/KH-STP',
      type: 'ke-hoach',
      title: 'Văn bản khác',
      body: '<p>Thủy lợi.</p>',
      issuedOn: '2000-01-02',
    }),
  );
  const ids = await addDocuments(broad, inputs);
  const docs = inputs.map((input, i) => ({ ...input, id: ids[i] ?? 0 }));
  const page = async (params: Record<string, string>) =>
    json<DocumentPage>(await broad.app.request(`/api/v1/documents?${new URLSearchParams(params)}`));
  /** The expected order, computed from the inputs: tier, then newest issued, then highest id. */
  const ranked = (tier: (d: (typeof docs)[number]) => number) =>
    docs
      .filter((d) => d.published !== false)
      .sort((a, b) => tier(a) - tier(b) || b.issuedOn.localeCompare(a.issuedOn) || b.id - a.id)
      .map((d) => d.number);
  const inTitle = (d: (typeof docs)[number]) => (d.title.includes('thủy lợi') ? 0 : 1);
  const typeCounts = (numbers: string[]) => {
    const counts: Record<string, number> = {};
    for (const d of docs) if (numbers.includes(d.number)) counts[d.type] = (counts[d.type] ?? 0) + 1;
    return counts;
  };

  test('all words in the title first, then the rest, each newest first; total and facets exact', async () => {
    const expected = ranked(inTitle);
    const first = await page({ q: 'thủy lợi' });
    assert.equal(first.total, expected.length);
    assert.ok(first.total > 2_000, 'more matches than the broad threshold');
    assert.deepEqual(
      first.items.map((i) => i.number),
      expected.slice(0, 20),
    );
    const third = await page({ q: 'thuy loi', page: '3' });
    assert.deepEqual(
      third.items.map((i) => i.number),
      expected.slice(40, 60),
    );
    const counts = Object.fromEntries(first.facets.type.map((f) => [f.value, f.count]));
    assert.deepEqual(counts, typeCounts(expected));
    const newest = await page({ q: 'thủy lợi', sort: 'issued', page: '2' });
    assert.deepEqual(
      newest.items.map((i) => i.number),
      ranked(() => 0).slice(20, 40),
    );
  });

  test('filters apply to broad matches; a facet ignores its own filter', async () => {
    const expected = ranked(inTitle);
    const filtered = await page({ q: 'thủy lợi', type: 'ke-hoach', pageSize: '100' });
    const kept = expected.filter((n) => docs.find((d) => d.number === n)?.type === 'ke-hoach');
    assert.equal(filtered.total, kept.length);
    assert.deepEqual(
      filtered.items.map((i) => i.number),
      kept.slice(0, 100),
    );
    assert.deepEqual(
      Object.fromEntries(filtered.facets.type.map((f) => [f.value, f.count])),
      typeCounts(expected),
    );
  });

  test('a number query ranks the equal number, then numbers starting with it, above the text', async () => {
    const numbers = (await page({ q: '2001/kh' })).items.map((i) => i.number);
    assert.deepEqual(numbers.slice(0, 2), ['2001/KH', '2001/KH-STP']);
    assert.deepEqual(
      numbers.slice(2),
      ranked(() => 0)
        .filter((n) => !n.startsWith('2001/'))
        .slice(0, 18),
    );
  });

  test('quoted phrases of common words: the words in a row, within one column, in tiers', async () => {
    const expected = ranked(inTitle);
    const phrase = await page({ q: '"thủy lợi"' });
    assert.equal(phrase.total, expected.length);
    assert.deepEqual(
      phrase.items.map((i) => i.number),
      expected.slice(0, 20),
    );
    const inBodies = docs.filter((d) => d.published !== false && d.body.includes('Công tác thủy lợi'));
    assert.equal((await page({ q: '"cong tac thuy loi"' })).total, inBodies.length);
    assert.equal((await page({ q: '"loi thuy"' })).total, 0, 'in order');
    assert.equal((await page({ q: '"dong cong"' })).total, 0, 'body "…nội đồng." and title do not join');
  });

  const requests: Record<string, string>[] = [
    { q: 'thủy lợi' },
    { q: 'kế hoạch công', page: '7' },
    { q: '2001/kh', type: 'quyet-dinh' },
  ];

  test('the same results before and after the word sets are found', async () => {
    const before = await Promise.all(requests.map(page));
    await searchWarmed(broad.database.db);
    assert.deepEqual(await Promise.all(requests.map(page)), before);
  });

  test('writes show at once in broad searches', async () => {
    const before = await page({ q: 'thủy lợi' });
    const [id] = await addDocuments(broad, [
      documentInput({
        number: '1/2026/KH-UBND',
        type: 'ke-hoach',
        title: 'Thủy lợi mùa khô',
        issuedOn: '2026-01-01',
      }),
    ]);
    const after = await page({ q: 'thủy lợi' });
    assert.equal(after.items[0]?.number, '1/2026/KH-UBND');
    assert.equal(after.total, before.total + 1);
    await documentsRepository(broad.database.db).remove(id ?? 0);
    assert.deepEqual(await page({ q: 'thủy lợi' }), before);
  });
});
