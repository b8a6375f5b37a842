import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentPage } from '@pbgdpl/contract';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';

/**
 * The same documents and queries on either dialect (run this file on SQLite and under
 * test/support/with-postgres.ts): passing on both proves FTS5 and PostgreSQL find the same
 * documents (words, đ/d, prefixes, phrases within a column, numbers), count them alike, filter,
 * sort by date and page alike, and agree on the order wherever one document is plainly the
 * better match. Where several are equally plausible (`anyOrder`), each dialect ranks its own
 * way: FTS5 by bm25, which favours short documents, PostgreSQL by cover density, which favours
 * the words standing together; the relevance fixtures (documents-relevance.test.ts) hold both
 * to the same expectations.
 */
const t = await makeDocumentsApp();
await addDocuments(t, [
  documentInput({
    number: '45/2019/QĐ-UBND',
    title: 'Quyết định ban hành bảng giá đất trên địa bàn tỉnh Tây Ninh',
    summary: 'Bảng giá đất áp dụng từ ngày 01/01/2020 đến ngày 31/12/2024.',
    body: '<p>Điều 1. Ban hành kèm theo Quyết định này bảng giá các loại đất. Điều 2. Giá đất ở đô thị.</p>',
    fields: ['dat-dai'],
    issuedOn: '2019-12-20',
    effectiveFrom: '2020-01-01',
    status: 'expired',
  }),
  documentInput({
    number: '45/2019/NQ-HĐND',
    title: 'Nghị quyết thông qua bảng giá đất giai đoạn 2020 - 2024',
    type: 'nghi-quyet',
    fields: ['dat-dai'],
    issuedOn: '2019-12-10',
    status: 'expired',
  }),
  documentInput({
    number: '25/2025/NQ-HĐND',
    title: 'Nghị quyết về bảng giá đất áp dụng từ năm 2026',
    type: 'nghi-quyet',
    fields: ['dat-dai'],
    body: '<p>Giá đất nông nghiệp, giá đất ở tại nông thôn và đô thị.</p>',
    issuedOn: '2025-12-05',
    effectiveFrom: '2026-01-01',
  }),
  documentInput({
    number: '1024/SNNMT-QLĐĐ',
    title: 'Về việc đăng ký biến động đất đai',
    type: 'cong-van',
    issuerId: 'tay-ninh',
    fields: ['dat-dai'],
    body: '<p>Hướng dẫn đăng ký biến động đất đai khi chuyển nhượng quyền sử dụng đất.</p>',
    issuedOn: '2025-03-14',
  }),
  documentInput({
    number: '36/2024/QĐ-UBND',
    title: 'Quy định diện tích tối thiểu được tách thửa đối với đất ở',
    fields: ['dat-dai', 'xay-dung'],
    body: '<p>Điều kiện tách thửa đất ở tại đô thị và nông thôn.</p>',
    issuedOn: '2024-08-30',
  }),
  documentInput({
    number: '12/2024/NQ-HĐND',
    title: 'Nghị quyết quy định nội dung, mức chi hỗ trợ hoạt động hoà giải ở cơ sở',
    type: 'nghi-quyet',
    fields: ['tu-phap', 'tai-chinh-ngan-sach'],
    summary: 'Mức chi thù lao cho hòa giải viên.',
    issuedOn: '2024-07-12',
  }),
  documentInput({
    number: '07/HD-STP',
    title: 'Hướng dẫn công tác hòa giải ở cơ sở năm 2025',
    type: 'huong-dan',
    issuerId: 'so-tu-phap',
    body: '<p>Nội dung chi cho công tác hòa giải ở cơ sở thực hiện theo nghị quyết.</p>',
    issuedOn: '2025-01-20',
  }),
  documentInput({
    number: '03/CT-UBND',
    title: 'Chỉ thị về tăng cường bảo vệ môi trường nông thôn',
    type: 'chi-thi',
    fields: ['tai-nguyen-moi-truong'],
    body: '<p>Các sở, ngành bảo vệ nguồn nước; môi trường làng nghề được giám sát.</p>',
    issuedOn: '2023-04-03',
  }),
  documentInput({
    number: '88/KH-UBND',
    title: 'Kế hoạch xây dựng môi trường văn hóa và bảo vệ trẻ em',
    type: 'ke-hoach',
    fields: ['van-hoa-the-thao-du-lich'],
    issuedOn: '2025-06-02',
  }),
  documentInput({
    number: '19/2022/QĐ-UBND',
    title: 'Quy định quản lý đường bộ và hành lang an toàn giao thông',
    fields: ['giao-thong-van-tai'],
    body: '<p>Đường tỉnh, đường huyện và đường đô thị.</p>',
    issuedOn: '2022-05-16',
    status: 'partly-expired',
  }),
  documentInput({
    number: '2310/STP-HCTP',
    title: 'Về việc duy trì dữ liệu hộ tịch',
    type: 'cong-van',
    issuerId: 'so-tu-phap',
    issuedOn: '2025-09-09',
  }),
  documentInput({
    number: '9/2025/QĐ-UBND',
    title: 'Quy định về phí thủy lợi nội đồng',
    fields: ['nong-nghiep', 'thue-phi-le-phi'],
    issuerId: 'long-an',
    issuedOn: '2025-02-11',
    effectiveFrom: '2025-03-01',
  }),
  documentInput({
    number: '10/2025/QĐ-UBND',
    title: 'Quy định về giá đất ở chưa công bố',
    fields: ['dat-dai'],
    issuedOn: '2025-10-10',
    published: false,
  }),
]);

interface AgreementCase {
  params: Record<string, string>;
  /** Document numbers of the page, in order (in any order with `anyOrder`), and how many match in all. */
  expect: string[];
  anyOrder?: true;
  total: number;
}

const cases: AgreementCase[] = [
  {
    params: { q: 'bang gia dat' },
    expect: ['45/2019/NQ-HĐND', '25/2025/NQ-HĐND', '45/2019/QĐ-UBND'],
    anyOrder: true,
    total: 3,
  },
  {
    params: { q: 'BẢNG GIÁ ĐẤT' },
    expect: ['45/2019/NQ-HĐND', '25/2025/NQ-HĐND', '45/2019/QĐ-UBND'],
    anyOrder: true,
    total: 3,
  },
  { params: { q: 'Bảng Giá Đất 2026' }, expect: ['25/2025/NQ-HĐND'], total: 1 },
  { params: { q: 'dat dai' }, expect: ['1024/SNNMT-QLĐĐ'], total: 1 },
  { params: { q: 'đất đai' }, expect: ['1024/SNNMT-QLĐĐ'], total: 1 },
  { params: { q: 'duong bo' }, expect: ['19/2022/QĐ-UBND'], total: 1 },
  { params: { q: 'đường' }, expect: ['19/2022/QĐ-UBND'], total: 1 },
  { params: { q: 'duy tri' }, expect: ['2310/STP-HCTP'], total: 1 },
  { params: { q: 'hoa giai' }, expect: ['12/2024/NQ-HĐND', '07/HD-STP'], total: 2 },
  { params: { q: 'hoà giải ở cơ sở' }, expect: ['07/HD-STP', '12/2024/NQ-HĐND'], total: 2 },
  { params: { q: 'hòa giải', type: 'huong-dan' }, expect: ['07/HD-STP'], total: 1 },
  {
    params: { q: 'bang gi' },
    expect: ['45/2019/NQ-HĐND', '25/2025/NQ-HĐND', '45/2019/QĐ-UBND'],
    anyOrder: true,
    total: 3,
  },
  { params: { q: 'tach th' }, expect: ['36/2024/QĐ-UBND'], total: 1 },
  { params: { q: 'thuy l' }, expect: ['9/2025/QĐ-UBND'], total: 1 },
  { params: { q: '"bao ve moi truong"' }, expect: ['03/CT-UBND'], total: 1 },
  { params: { q: 'bao ve moi truong' }, expect: ['03/CT-UBND', '88/KH-UBND'], total: 2 },
  { params: { q: '"moi truong" bao' }, expect: ['88/KH-UBND', '03/CT-UBND'], anyOrder: true, total: 2 },
  { params: { q: '45/2019/qd-ubnd' }, expect: ['45/2019/QĐ-UBND'], total: 1 },
  { params: { q: '45/2019' }, expect: ['45/2019/NQ-HĐND', '45/2019/QĐ-UBND'], total: 2 },
  { params: { q: '45/2019/QĐ-UBND'.normalize('NFD') }, expect: ['45/2019/QĐ-UBND'], total: 1 },
  { params: { q: '1024/snnmt-qldd' }, expect: ['1024/SNNMT-QLĐĐ'], total: 1 },
  { params: { q: '03/ct-ubnd' }, expect: ['03/CT-UBND'], total: 1 },
  { params: { q: '2310/stp' }, expect: ['2310/STP-HCTP'], total: 1 },
  {
    params: { q: 'dat', sort: 'issued' },
    expect: ['25/2025/NQ-HĐND', '1024/SNNMT-QLĐĐ', '36/2024/QĐ-UBND', '45/2019/QĐ-UBND', '45/2019/NQ-HĐND'],
    total: 5,
  },
  {
    params: { q: 'dat', sort: 'effective' },
    expect: ['25/2025/NQ-HĐND', '45/2019/QĐ-UBND', '36/2024/QĐ-UBND', '1024/SNNMT-QLĐĐ', '45/2019/NQ-HĐND'],
    total: 5,
  },
  {
    params: { q: 'gia dat', status: 'expired' },
    expect: ['45/2019/NQ-HĐND', '45/2019/QĐ-UBND'],
    anyOrder: true,
    total: 2,
  },
  {
    params: { q: 'gia dat', year: '2019' },
    expect: ['45/2019/NQ-HĐND', '45/2019/QĐ-UBND'],
    anyOrder: true,
    total: 2,
  },
  { params: { q: 'dat', field: 'xay-dung' }, expect: ['36/2024/QĐ-UBND'], total: 1 },
  { params: { q: 'quy dinh', issuer: 'long-an' }, expect: ['9/2025/QĐ-UBND'], total: 1 },
  { params: { q: 'quy dinh', pageSize: '3', page: '2' }, expect: ['12/2024/NQ-HĐND'], total: 4 },
  { params: { q: 'chua cong bo' }, expect: [], total: 0 },
  { params: { q: 'khong co van ban nay' }, expect: [], total: 0 },
  { params: { q: 'nong thon' }, expect: ['03/CT-UBND', '25/2025/NQ-HĐND', '36/2024/QĐ-UBND'], total: 3 },
  {
    params: { q: 'do thi' },
    expect: ['36/2024/QĐ-UBND', '19/2022/QĐ-UBND', '25/2025/NQ-HĐND', '45/2019/QĐ-UBND'],
    total: 4,
  },
  { params: { q: '"gia dat o"' }, expect: ['25/2025/NQ-HĐND', '45/2019/QĐ-UBND'], total: 2 },
  { params: { q: 'muc chi' }, expect: ['12/2024/NQ-HĐND'], total: 1 },
  // A phrase stays within one column: number → title, title → summary.
  { params: { q: '"hctp ve viec"' }, expect: [], total: 0 },
  { params: { q: '"ve viec duy"' }, expect: ['2310/STP-HCTP'], total: 1 },
  { params: { q: '"tay ninh bang gia"' }, expect: [], total: 0 },
];

for (const { params, expect, anyOrder, total } of cases) {
  test(`${new URLSearchParams(params)} → ${expect.join(', ') || 'nothing'}`, async () => {
    const response = await t.app.request(`/api/v1/documents?${new URLSearchParams(params)}`);
    assert.equal(response.status, 200, await response.clone().text());
    const page = await json<DocumentPage>(response);
    const found = page.items.map((item) => item.number);
    assert.deepEqual(anyOrder ? found.sort() : found, anyOrder ? [...expect].sort() : expect);
    assert.equal(page.total, total);
  });
}
