import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DocumentPage, DocumentInput, numberTypeCode, typesForNumber } from '@pbgdpl/contract';
import { documentInput, json, makeApp } from './helpers.ts';

test('a number’s code names its type, in each format the national database uses', () => {
  const cases: [string, string | null, readonly string[] | null][] = [
    ['91/2015/QH13', 'QH', ['bo-luat', 'luat', 'hien-phap', 'nghi-quyet']],
    ['02/2022/UBTVQH15', 'UBTVQH', ['phap-lenh']],
    ['15/2020/NĐ-CP', 'NĐ', ['nghi-dinh']],
    ['01/2021/TT-BTP', 'TT', ['thong-tu']],
    ['01/2014/TTLT-BTP-BNV', 'TTLT', ['thong-tu-lien-tich']],
    ['09/2025/NQ-HĐND', 'NQ', ['nghi-quyet']],
    ['35/2023/NQ-UBTVQH15', 'NQ', ['nghi-quyet']],
    ['471/QĐ-TTg', 'QĐ', ['quyet-dinh']],
    [' 45 / 2019 /qđ-ubnd'.normalize('NFD'), 'QĐ', ['quyet-dinh']],
    ['05/CT-UBND', 'CT', ['chi-thi']],
    ['01/VBHN-UBND', 'VBHN', ['van-ban-hop-nhat']],
    ['10/VBHN-VPQH', 'VBHN', ['van-ban-hop-nhat']],
    ['88/KH-STP', 'KH', ['ke-hoach']],
    ['1234/UBND-NC', null, null],
    ['Không số', null, null],
  ];
  for (const [number, code, types] of cases) {
    assert.equal(numberTypeCode(number), code, number);
    assert.deepEqual(typesForNumber(number), types, number);
  }
});

test('a type that contradicts the number is refused on the type field', () => {
  const wrong = DocumentInput.safeParse(documentInput({ number: '01/VBHN-UBND', type: 'khac' }));
  assert.equal(wrong.success, false);
  assert.deepEqual(
    wrong.error?.issues.map((issue) => issue.path.join('.')),
    ['type'],
  );
  for (const [number, type] of [
    ['01/VBHN-UBND', 'van-ban-hop-nhat'],
    ['91/2015/QH13', 'bo-luat'],
    ['02/2022/UBTVQH15', 'phap-lenh'],
    ['01/2014/TTLT-BTP-BNV', 'thong-tu-lien-tich'],
    ['Không số', 'hien-phap'],
    ['1234/UBND-NC', 'cong-van'],
  ] as const) {
    assert.ok(DocumentInput.safeParse(documentInput({ number, type })).success, number);
  }
});

test('the seeded consolidated text 01/VBHN-UBND is a Văn bản hợp nhất, not “Khác”', async () => {
  const { app } = await makeApp();
  const page = await json<DocumentPage>(
    await app.request(`/api/v1/documents?q=${encodeURIComponent('01/VBHN-UBND')}`),
  );
  assert.equal(page.items[0]?.number, '01/VBHN-UBND');
  assert.equal(page.items[0]?.type, 'van-ban-hop-nhat');
  const all = await json<DocumentPage>(await app.request('/api/v1/documents?type=van-ban-hop-nhat'));
  assert.ok(all.facets.type.some((facet) => facet.value === 'van-ban-hop-nhat' && facet.count >= 1));
  assert.ok(!all.facets.type.some((facet) => facet.value === 'khac'), 'no document left as Khác');
});
