import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  AdminContestResults,
  Attempt,
  ContestQuestion,
  ImportReport,
  StatsReport,
} from '@pbgdpl/contract';
import { XLSX_TYPE } from '@pbgdpl/contract';
import { readSheet } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { docxFile } from './fixtures/media-files.ts';
import { json } from './helpers.ts';
import { type ContestsApp, contestsApp, nextPhone, OTHER_UNIT, round, takePart } from './contests-support.ts';

/** A request with a raw body (a spreadsheet or any bytes) as `type`. */
const send = (t: ContestsApp, token: string, path: string, body: Uint8Array, type: string, lang = 'vi') =>
  t.app.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type, 'Accept-Language': lang },
    body,
  });

const xlsx = async (rows: Array<Array<string | number | null>>) =>
  new Uint8Array(await writeExcelFile(rows).toBuffer());

const HEADER = [
  'cau_hoi',
  'phuong_an_1',
  'phuong_an_2',
  'phuong_an_3',
  'dap_an',
  'giai_thich',
  'do_kho',
  'the',
];
const EXPLANATION = 'Điều 12 Luật Hòa giải ở cơ sở năm 2013 quy định như vậy.';

test('the bank imports from XLSX all or nothing with errors per row and column in Vietnamese and English; the template is XLSX too', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({}, 0);
  const importPath = `/admin/contest-questions/import?contest=${contest.id}`;

  const template = await t.call(t.officer, 'GET', '/admin/contest-questions/template.xlsx');
  assert.equal(template.status, 200);
  assert.equal(template.headers.get('Content-Type'), XLSX_TYPE);
  assert.match(template.headers.get('Content-Disposition') ?? '', /mau-ngan-hang-cau-hoi\.xlsx/);
  const templateBytes = new Uint8Array(await template.arrayBuffer());
  const [header] = await readSheet(Buffer.from(templateBytes));
  assert.deepEqual(header?.slice(0, 3), ['cau_hoi', 'phuong_an_1', 'phuong_an_2']);
  assert.equal((await t.call(null, 'GET', '/admin/contest-questions/template.xlsx')).status, 401);
  // The template itself passes a dry run as it is.
  const dry = await json<ImportReport>(
    await send(t, t.officer, `${importPath}&dryRun=true`, templateBytes, XLSX_TYPE),
  );
  assert.deepEqual(dry, { rows: 1, created: 0, updated: 0, written: false, rejected: [] });

  // Numbers where the key and a document id go, as spreadsheets type them; blank rows skipped.
  const rows = [
    HEADER,
    [
      'Tổ hòa giải có ít nhất bao nhiêu hòa giải viên?',
      '02',
      '03',
      '05',
      2,
      EXPLANATION,
      'dễ',
      'to-hoa-giai',
    ],
    [],
    [
      'Hòa giải viên phải đáp ứng điều kiện nào?',
      'Có uy tín',
      'Có sức khỏe',
      'Không',
      'A;B',
      EXPLANATION,
      'khó',
      '',
    ],
    ['Câu hỏi chỉ có một phương án?', 'Một', '', '', 1, EXPLANATION, '', ''],
    ['Câu hỏi có đáp án không có?', 'Một', 'Hai', '', 'F', 'Ngắn', '', ''],
  ];
  const bad = await send(t, t.officer, importPath, await xlsx(rows), XLSX_TYPE);
  assert.equal(bad.status, 200);
  const refused = await json<ImportReport>(bad);
  assert.equal(refused.written, false);
  assert.equal(refused.created, 0);
  assert.deepEqual(
    refused.rejected.map((r) => [r.line, Object.keys(r.errors).sort()]),
    [
      [5, ['phuong_an_1']],
      [6, ['dap_an', 'giai_thich']],
    ],
  );
  assert.match(refused.rejected[1]!.errors.dap_an!.join(' '), /phương án/);
  const english = await json<ImportReport>(
    await send(t, t.officer, importPath, await xlsx(rows), XLSX_TYPE, 'en'),
  );
  assert.match(english.rejected[1]!.errors.dap_an!.join(' '), /option/i);
  const bankPath = `/admin/contest-questions?contest=${contest.id}`;
  const empty = await json<{ total: number }>(await t.call(t.officer, 'GET', bankPath));
  assert.equal(empty.total, 0, 'nothing saved while a row is bad');

  const good = await json<ImportReport>(
    await send(t, t.officer, importPath, await xlsx(rows.slice(0, 4)), XLSX_TYPE),
  );
  assert.deepEqual(good, { rows: 2, created: 2, updated: 0, written: true, rejected: [] });
  const bank = await json<{ items: ContestQuestion[] }>(await t.call(t.officer, 'GET', bankPath));
  assert.deepEqual(
    bank.items.map((q) => [q.options.length, q.correct, q.difficulty, q.tags]),
    [
      [3, [1], 'easy', ['to-hoa-giai']],
      [3, [0, 1], 'hard', []],
    ],
  );

  // CSV goes through the same route; a unit's person of another unit cannot import.
  const csv = new TextEncoder().encode(
    `\uFEFF${HEADER.join(',')}\r\nCâu hỏi từ tệp CSV là gì?,Một,Hai,,1,${EXPLANATION},,\r\n`,
  );
  assert.equal((await json<ImportReport>(await send(t, t.officer, importPath, csv, 'text/csv'))).created, 1);
  assert.equal((await send(t, t.stranger, importPath, csv, 'text/csv')).status, 404);
});

test('hostile bank files are refused with a reason and save nothing: wrong type, not a spreadsheet, not UTF-8, a ZIP bomb, too large, too many rows', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({}, 0);
  const importPath = `/admin/contest-questions/import?contest=${contest.id}`;
  const problem = async (response: Response, status: number) => {
    assert.equal(response.status, status, await response.clone().text());
    return json<{ detail: string; errors?: Record<string, string[]> }>(response);
  };

  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  await problem(await send(t, t.officer, importPath, pdf, 'application/pdf'), 415);

  const notZip = await problem(await send(t, t.officer, importPath, pdf, XLSX_TYPE), 422);
  assert.match(notZip.errors?.file?.join(' ') ?? '', /Không đọc được tệp/);
  const renamedCsv = new TextEncoder().encode(`${HEADER.join(',')}\r\n`);
  const english = await problem(await send(t, t.officer, importPath, renamedCsv, XLSX_TYPE, 'en'), 422);
  assert.match(english.errors?.file?.join(' ') ?? '', /cannot be read/);
  // A ZIP that is no workbook (a document's container) is refused by the reader.
  const notWorkbook = new Uint8Array(docxFile());
  const noSheet = await problem(await send(t, t.officer, importPath, notWorkbook, XLSX_TYPE), 422);
  assert.match(noSheet.errors?.file?.join(' ') ?? '', /không phải bảng tính XLSX/);

  const latin1 = Uint8Array.from(
    [...'cau_hoi,phuong_an_1\r\nC'].map((c) => c.charCodeAt(0)).concat([0xe2, 0x0d]),
  );
  const notUtf8 = await problem(await send(t, t.officer, importPath, latin1, 'text/csv'), 400);
  assert.match(notUtf8.errors?.file?.join(' ') ?? '', /UTF-8/);

  // A sheet of one 3 MB cell of one letter: packed a thousand times tighter than text.
  const bomb = await xlsx([HEADER, ['A'.repeat(3 * 1024 * 1024)]]);
  assert.ok(bomb.length < 100_000);
  const refusedBomb = await problem(await send(t, t.officer, importPath, bomb, XLSX_TYPE), 422);
  assert.match(refusedBomb.detail, /bom nén/);

  const huge = new Uint8Array(6 * 1024 * 1024).fill(0x41);
  await problem(await send(t, t.officer, importPath, huge, 'text/csv'), 413);

  const many = [
    HEADER.join(','),
    ...Array.from({ length: 3001 }, (_, i) => `Câu ${i},A,B,,1,${EXPLANATION},,`),
  ];
  const tooMany = await json<ImportReport>(
    await send(t, t.officer, importPath, new TextEncoder().encode(many.join('\n')), 'text/csv'),
  );
  assert.equal(tooMany.written, false);
  assert.match(tooMany.rejected[0]!.errors.file!.join(' '), /tối đa 3000/);

  const bank = await json<{ total: number }>(
    await t.call(t.officer, 'GET', `/admin/contest-questions?contest=${contest.id}`),
  );
  assert.equal(bank.total, 0);
});

test('results for the organisers: prizes awarded by editors, contact data for editors only with consent, exports as XLSX with formulas defused', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest(
    {
      prizes: [
        { name: 'Giải Nhất', count: 1, value: '2.000.000 đồng' },
        { name: 'Giải Khuyến khích', count: 5, value: 'Giấy khen' },
      ],
      rounds: [round('Tuần 1', '2026-03-01T00:00:00+07:00', 24, { questionCount: 4 })],
    },
    6,
  );
  const roundId = contest.rounds[0]!.id;
  const people = [
    { name: '=HYPERLINK("http://x.example","Bấm")', commune: '+Xã Hòa Thạnh', right: 4, contact: true },
    { name: 'Lê Văn Cường', commune: '@Phường Tân Ninh', right: 3, contact: false },
  ];
  const phones = people.map(() => nextPhone());
  for (const [index, person] of people.entries()) {
    const consents = {
      version: '2026-12-vi',
      takePart: true as const,
      publishResult: true,
      prizeContact: person.contact,
    };
    const { name, commune } = person;
    const input = { name, commune, phone: phones[index]!, consents };
    await takePart(t, contest.id, input, `203.0.113.${40 + index}`, {
      right: person.right,
      seconds: 60,
      guess: 1,
    });
  }
  const resultsPath = `/admin/contests/${contest.id}/results?round=${roundId}`;
  const asEditor = await json<AdminContestResults>(await t.call(t.editor, 'GET', resultsPath));
  assert.equal(asEditor.attempts, 2);
  assert.deepEqual(
    asEditor.items.map((row) => [row.rank, row.name, row.contact?.phone ?? null, row.prize]),
    [
      [1, people[0]!.name, phones[0], null],
      [2, 'Lê Văn Cường', null, null], // no consent to be contacted
    ],
  );
  const asOfficer = await json<AdminContestResults>(await t.call(t.officer, 'GET', resultsPath));
  assert.deepEqual(
    asOfficer.items.map((row) => row.contact),
    [null, null],
  );
  assert.equal(JSON.stringify(asOfficer).includes(phones[0]!), false);
  assert.equal((await t.call(t.stranger, 'GET', resultsPath)).status, 404);

  const prizePath = `/admin/contests/${contest.id}/prizes`;
  const winner = asEditor.items[0]!.participantId;
  const award = { roundId, participantId: winner, prize: 'Giải Nhất' };
  assert.equal((await t.call(t.officer, 'PUT', prizePath, award)).status, 403);
  const unknown = await t.call(t.editor, 'PUT', prizePath, { ...award, prize: 'Giải Đặc biệt' });
  assert.equal(unknown.status, 400);
  assert.ok((await json<{ errors: Record<string, string[]> }>(unknown)).errors.prize);
  const stranger = await t.call(t.editor, 'PUT', prizePath, { ...award, participantId: 999_999 });
  assert.ok((await json<{ errors: Record<string, string[]> }>(stranger)).errors.participantId);
  assert.equal((await t.call(t.editor, 'PUT', prizePath, award)).status, 200);
  const second = { roundId, participantId: asEditor.items[1]!.participantId, prize: 'Giải Khuyến khích' };
  assert.equal((await t.call(t.editor, 'PUT', prizePath, second)).status, 200);
  assert.equal((await t.call(t.editor, 'PUT', prizePath, { ...second, prize: null })).status, 200);
  const awarded = await json<AdminContestResults>(await t.call(t.officer, 'GET', resultsPath));
  assert.deepEqual(
    awarded.items.map((row) => row.prize),
    ['Giải Nhất', null],
  );

  // The XLSX export: names as typed but never a live formula; contact data only for editors.
  const sheetOf = async (token: string) => {
    const response = await t.call(
      token,
      'GET',
      `/admin/contests/${contest.id}/results.xlsx?round=${roundId}`,
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), XLSX_TYPE);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    return readSheet(Buffer.from(await response.arrayBuffer()));
  };
  const [head, first, secondRow] = await sheetOf(t.editor);
  const column = (name: string) => head!.indexOf(name);
  assert.equal(first![column('ho_ten')], `'${people[0]!.name}`);
  assert.equal(first![column('don_vi_xa_phuong')], "'+Xã Hòa Thạnh");
  assert.equal(secondRow![column('don_vi_xa_phuong')], "'@Phường Tân Ninh");
  assert.equal(first![column('giai_thuong')], 'Giải Nhất');
  assert.equal(String(first![column('dien_thoai')]), phones[0]);
  assert.equal(secondRow![column('dien_thoai')], null);
  const [, officerFirst] = await sheetOf(t.officer);
  assert.equal(officerFirst![column('dien_thoai')], null);
  const csv = await (
    await t.call(t.editor, 'GET', `/admin/contests/${contest.id}/results.csv?round=${roundId}`)
  ).text();
  assert.match(csv, /\r\n1,"'=HYPERLINK\(""http:\/\/x\.example"",""Bấm""\)",'\+Xã Hòa Thạnh,/);
});

test('/stats counts each contest round’s participants and attempts in the period asked, by unit', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest(
    {
      rounds: [
        round('Tuần 1', '2026-03-01T00:00:00+07:00', 24, { questionCount: 2, maxAttempts: 2 }),
        round('Tuần 2', '2026-03-08T00:00:00+07:00', 24, { questionCount: 2 }),
      ],
    },
    4,
  );
  const first = await t.register(contest.id, {}, '203.0.113.60');
  const second = await t.register(contest.id, {}, '203.0.113.61');
  for (const token of [first, first, second]) {
    const attempt = await json<Attempt>(await t.start(contest.id, token));
    assert.ok(attempt.key);
    if (token === first) await t.pub('POST', `/attempts/${attempt.key}/submit`, {});
  }
  const stats = async (query: string) =>
    (await json<StatsReport>(await t.pub('GET', `/stats?${query}`))).contests.filter(
      (row) => row.contestId === contest.id,
    );
  const year = await stats('from=2026-01-01&to=2026-12-31');
  assert.deepEqual(
    year.map((row) => [row.roundTitle, row.participants, row.attempts, row.submitted]),
    [
      ['Tuần 1', 2, 3, 2],
      ['Tuần 2', 0, 0, 0],
    ],
  );
  assert.equal(year[0]!.unitId, contest.unit.id);
  assert.deepEqual(await stats('from=2025-01-01&to=2025-12-31'), []);
  assert.deepEqual(await stats(`from=2026-01-01&to=2026-12-31&unit=${OTHER_UNIT}`), []);
  assert.equal((await stats(`from=2026-03-05&to=2026-03-31`)).length, 1, 'only the round that ran then');
});
