// What a lawyer would mark wrong in the demo's document texts: the demo is invented, but it is
// the first thing an editor of a real province reads, so its texts follow the drafting rules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { demoContentDir } from '../src/seed/demo-file.ts';

interface DemoDocument {
  number: string;
  type: string;
  issuerId: string;
  issuedOn: string;
  body: string | null;
}

const documents: DemoDocument[] = readFileSync(join(demoContentDir, 'documents.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as DemoDocument);

/** The day the 2025 merger of Tây Ninh and Long An and the two-level local government took effect. */
const REFORM = '2025-07-01';

const paragraphs = (body: string | null) =>
  [...(body ?? '').matchAll(/<p>(?:<em>)?([^<]*)(?:<\/em>)?<\/p>/g)].map((m) => m[1]!);
const legalBases = (doc: DemoDocument) => paragraphs(doc.body).filter((p) => p.startsWith('Căn cứ '));
const isoDate = (day: string, month: string, year: string) =>
  `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

/** Each failing document with what is wrong in it, so a failure names every instance at once. */
function findings(check: (doc: DemoDocument) => string[]): string[] {
  return documents.flatMap((doc) => check(doc).map((what) => `${doc.number}: ${what}`));
}

test('the demo has document texts to check', () => {
  assert.ok(documents.filter((doc) => doc.body).length >= 100);
});

test('every legal basis that is not a code or a law names its number and its issuer', () => {
  // Laws, codes, ordinances and the Constitution are cited by name and date; everything else by
  // number, date and issuing authority ("Nghị định số 71/2024/NĐ-CP ngày … của Chính phủ").
  const byName = /^Căn cứ (Hiến pháp|Bộ luật|Luật|Pháp lệnh) /;
  const byNumber = /^Căn cứ [^;]*? số \d+\/[^\s;]+ ngày \d{1,2} tháng \d{1,2} năm \d{4} của [^;]+;$/;
  assert.deepEqual(
    findings((doc) => legalBases(doc).filter((basis) => !byName.test(basis) && !byNumber.test(basis))),
    [],
  );
});

test('no document states a legal basis twice', () => {
  assert.deepEqual(
    findings((doc) => legalBases(doc).filter((basis, index, all) => all.indexOf(basis) !== index)),
    [],
  );
});

test('no legal basis is younger than the document that cites it', () => {
  assert.deepEqual(
    findings((doc) =>
      legalBases(doc).filter((basis) => {
        const date = basis.match(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/);
        return date && isoDate(date[1]!, date[2]!, date[3]!) > doc.issuedOn;
      }),
    ),
    [],
  );
});

test("a council resolution is headed with the council's term of its date", () => {
  // Councils were elected on 23/5/2021 (term X) and 15/3/2026 (term XI); a term begins at its
  // first session, which the demo places in June 2021 and at the end of March 2026.
  const termOn = (date: string) => (date < '2021-06-01' ? 'IX' : date < '2026-04-01' ? 'X' : 'XI');
  assert.deepEqual(
    findings((doc) => {
      const heading = doc.body?.match(/HỘI ĐỒNG NHÂN DÂN [^<]*? KHÓA ([IVX]+)/);
      return heading && heading[1] !== termOn(doc.issuedOn) ? [`KHÓA ${heading[1]} on ${doc.issuedOn}`] : [];
    }),
    [],
  );
});

test('submissions and proposals name who made them', () => {
  const vague = [
    /Tờ trình số \d+\/TTr-S\b(?!\p{L})/u,
    /Trưởng phòng chuyên môn năm/,
    /\(qua Sở Tư pháp\).*\(qua/,
  ];
  assert.deepEqual(
    findings((doc) => paragraphs(doc.body).filter((p) => vague.some((pattern) => pattern.test(p)))),
    [],
  );
});

test('a report goes through another office than the one it is addressed to', () => {
  assert.deepEqual(
    findings((doc) =>
      paragraphs(doc.body).filter((p) => {
        const route = p.match(/về ([^(]+?) \(qua ([^)]+)\)/);
        return route && route[1] === route[2];
      }),
    ),
    [],
  );
});

test("a department's plan assigns tasks to its own offices, not to the province's", () => {
  assert.deepEqual(
    findings((doc) =>
      doc.issuerId.startsWith('so-') && /Chánh Văn phòng Ủy ban nhân dân tỉnh/.test(doc.body ?? '')
        ? ['assigns the Chief of the Provincial People’s Committee Office']
        : [],
    ),
    [],
  );
});

test('texts written before the 2025 merger do not call the units of their day "former"', () => {
  assert.deepEqual(
    findings((doc) =>
      doc.issuedOn < REFORM
        ? paragraphs(doc.body).filter((p) =>
            /(tỉnh Tây Ninh|tỉnh Long An|thành phố Tây Ninh|hai tỉnh) cũ/.test(p),
          )
        : [],
    ),
    [],
  );
});
