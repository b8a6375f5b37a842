import { ContestQuestionInput, type ImportReport, MAX_CONTEST_OPTIONS, XLSX_TYPE } from '@pbgdpl/contract';
import { foldVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';
import { type Lang, zodErrorMaps } from '../http/language.ts';
import { addIssues } from '../http/validate.ts';
import { contestQuestionsRepository } from '../repositories/contest-questions.ts';
import { MediaRefusal } from '../media/refusal.ts';
import { csvFile, parseCsv } from '../text/csv.ts';
import { readXlsxRows, xlsxFile } from '../text/xlsx.ts';

/** The largest bank file taken (CSV or XLSX); its own limit, above the 64 KB of other bodies. */
export const QUESTION_IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;
/** More rows than any contest's bank needs: the whole file is checked in memory. */
const MAX_ROWS = 3000;

type SheetRow = { line: number; cells: string[] };

const OPTION_COLUMNS = Array.from({ length: MAX_CONTEST_OPTIONS }, (_, i) => `phuong_an_${i + 1}`);
const COLUMNS = ['cau_hoi', ...OPTION_COLUMNS, 'dap_an', 'giai_thich', 'van_ban_id', 'do_kho', 'the'];
const REQUIRED = ['cau_hoi', 'phuong_an_1', 'phuong_an_2', 'dap_an', 'giai_thich'];

/** The column a field of the input came from, so each message names what the editor sees. */
const columnOf = (path: string): string => {
  const [field, index] = path.split('.');
  if (field === 'options') return index === undefined ? 'phuong_an_1' : `phuong_an_${Number(index) + 1}`;
  const columns: Record<string, string> = {
    text: 'cau_hoi',
    correct: 'dap_an',
    explanation: 'giai_thich',
    documentId: 'van_ban_id',
    difficulty: 'do_kho',
    tags: 'the',
  };
  return columns[field ?? ''] ?? path;
};

const DIFFICULTIES: Record<string, string> = {
  de: 'easy',
  easy: 'easy',
  'trung binh': 'medium',
  medium: 'medium',
  kho: 'hard',
  hard: 'hard',
};

/** "2", "B", "1;3" or "A, C": right options, 1-based or by letter. */
function parseKey(value: string): number[] | string {
  const parts = value.split(/[;,\s]+/).filter(Boolean);
  const positions = parts.map((part) =>
    /^\d+$/.test(part)
      ? Number(part) - 1
      : /^[A-Fa-f]$/.test(part)
        ? part.toUpperCase().charCodeAt(0) - 65
        : NaN,
  );
  return positions.every(Number.isInteger) ? positions : value;
}

/** The template editors fill in: the columns and one example row. */
const TEMPLATE_ROWS = (): string[][] => [
  COLUMNS,
  [
    'Theo Luật Hòa giải ở cơ sở năm 2013, tổ hòa giải có ít nhất bao nhiêu hòa giải viên?',
    '02 hòa giải viên',
    '03 hòa giải viên',
    '05 hòa giải viên',
    '07 hòa giải viên',
    '',
    '',
    'B',
    'Khoản 1 Điều 12 Luật Hòa giải ở cơ sở năm 2013: tổ hòa giải có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ.',
    '',
    'de',
    'hoa-giai;to-hoa-giai',
  ],
];

export const questionTemplateCsv = (): string => csvFile(TEMPLATE_ROWS());
export const questionTemplateXlsx = (): Promise<Uint8Array<ArrayBuffer>> => xlsxFile(TEMPLATE_ROWS());

/** The rows of a bank file: CSV in UTF-8 (BOM allowed) or the first sheet of an XLSX file. */
export async function readQuestionRows(body: { bytes: Uint8Array; type: string }): Promise<SheetRow[]> {
  if (body.type === XLSX_TYPE) return readXlsxRows(body.bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    throw new MediaRefusal(400, {
      vi: 'Tệp CSV phải mã hóa UTF-8 (trong Excel: Lưu thành "CSV UTF-8")',
      en: 'The CSV file must be UTF-8 (in Excel: Save as "CSV UTF-8")',
    });
  }
  return parseCsv(text);
}

/**
 * Reads a bank's rows (the template's columns, in any order, by name) into `contestId`. Every
 * row is checked; if any is rejected nothing is written, so a fixed file can be sent again.
 * Messages name the row's line and the column.
 */
export async function importQuestions(
  db: Db,
  contestId: number,
  sheet: SheetRow[],
  options: { dryRun: boolean; lang: Lang; now: Date },
): Promise<ImportReport> {
  const [header, ...rows] = sheet;
  if (rows.length > MAX_ROWS) {
    const message =
      options.lang === 'en'
        ? `At most ${MAX_ROWS} questions per file (this one has ${rows.length})`
        : `Mỗi tệp tối đa ${MAX_ROWS} câu hỏi (tệp này có ${rows.length})`;
    return {
      rows: rows.length,
      created: 0,
      updated: 0,
      written: false,
      rejected: [{ line: 1, errors: { file: [message] } }],
    };
  }
  const names = (header?.cells ?? []).map((name) => foldVi(name.trim()).replace(/\s+/g, '_'));
  const missing = REQUIRED.filter((column) => !names.includes(column));
  if (!header || missing.length > 0) {
    const message =
      options.lang === 'en' ? `Missing columns: ${missing.join(', ')}` : `Thiếu cột: ${missing.join(', ')}`;
    return {
      rows: 0,
      created: 0,
      updated: 0,
      written: false,
      rejected: [{ line: header?.line ?? 1, errors: { header: [message] } }],
    };
  }
  const rejected: ImportReport['rejected'] = [];
  const inputs: Array<ReturnType<typeof ContestQuestionInput.parse>> = [];
  const cited = rows.flatMap((row) => {
    const id = (row.cells[names.indexOf('van_ban_id')] ?? '').trim();
    return /^\d{1,9}$/.test(id) ? [Number(id)] : [];
  });
  const documentIds = new Set(
    cited.length === 0
      ? []
      : (await db.selectFrom('documents').select('id').where('id', 'in', cited).execute()).map(
          (row) => row.id,
        ),
  );
  for (const row of rows) {
    const get = (column: string) => (row.cells[names.indexOf(column)] ?? '').trim();
    const documentId = get('van_ban_id');
    const difficulty = get('do_kho');
    const candidate = {
      contestId,
      text: get('cau_hoi'),
      options: OPTION_COLUMNS.map(get).filter((option) => option !== ''),
      correct: parseKey(get('dap_an')),
      explanation: get('giai_thich'),
      documentId: documentId === '' ? null : /^\d+$/.test(documentId) ? Number(documentId) : documentId,
      difficulty: difficulty === '' ? undefined : (DIFFICULTIES[foldVi(difficulty)] ?? difficulty),
      tags: get('the')
        .split(';')
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    const parsed = ContestQuestionInput.safeParse(candidate, { error: zodErrorMaps[options.lang] });
    const errors: Record<string, string[]> = {};
    if (!parsed.success) {
      const byPath = addIssues({}, parsed.error.issues, options.lang, 'row');
      for (const [path, messages] of Object.entries(byPath))
        (errors[columnOf(path)] ??= []).push(...messages);
    } else if (parsed.data.documentId !== null && !documentIds.has(parsed.data.documentId)) {
      errors.van_ban_id = [options.lang === 'en' ? 'No such document' : 'Không có văn bản này'];
    }
    if (parsed.success && Object.keys(errors).length === 0) inputs.push(parsed.data);
    else rejected.push({ line: row.line, errors });
  }
  const write = rejected.length === 0 && !options.dryRun && inputs.length > 0;
  if (write)
    await db.transaction().execute(async (trx) => {
      const bank = contestQuestionsRepository(trx);
      for (const input of inputs) await bank.create(input, options.now);
    });
  return { rows: rows.length, created: write ? inputs.length : 0, updated: 0, written: write, rejected };
}
