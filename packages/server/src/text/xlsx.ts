import { readSheet } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { checkZipBytes } from '../media/office.ts';
import { unsafe } from '../media/refusal.ts';
import { type CsvValue, defuseFormula } from './csv.ts';

/** A sheet of a few thousand questions unpacks to a few MB; far more is no question bank. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * An XLSX file of `rows` (first row: the headers, bold). Texts that start like a formula are
 * defused as in CSV, so a name typed as "=HYPERLINK(…)" stays text wherever the file goes.
 */
export async function xlsxFile(rows: CsvValue[][]): Promise<Uint8Array<ArrayBuffer>> {
  const cells = rows.map((row, index) =>
    row.map((value) =>
      value === null
        ? null
        : {
            value: typeof value === 'string' ? defuseFormula(value) : value,
            fontWeight: index === 0 ? ('bold' as const) : undefined,
          },
    ),
  );
  return new Uint8Array(await writeExcelFile(cells).toBuffer());
}

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);

/**
 * The first sheet of an XLSX file as rows of text with their row numbers (blank rows skipped),
 * like `parseCsv`. The container is checked before it is unpacked (a ZIP bomb or a damaged
 * file is refused); a file that is no spreadsheet is refused too.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<Array<{ line: number; cells: string[] }>> {
  await checkZipBytes(bytes, MAX_UNPACKED_BYTES);
  let data: unknown[][];
  try {
    data = await readSheet(Buffer.from(bytes));
  } catch {
    throw unsafe({
      vi: 'Không đọc được tệp: không phải bảng tính XLSX hoặc tệp bị hỏng',
      en: 'The file cannot be read: it is not an XLSX spreadsheet, or it is damaged',
    });
  }
  return data.flatMap((row, index) => {
    const cells = row.map(cellText);
    return cells.some((cell) => cell.trim() !== '') ? [{ line: index + 1, cells }] : [];
  });
}
