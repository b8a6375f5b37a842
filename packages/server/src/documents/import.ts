import { DocumentInput, type ImportReport } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { type Lang, zodErrorMaps } from '../http/language.ts';
import { unknownUnitMessage } from '../http/unknown-unit.ts';
import { addIssues } from '../http/validate.ts';
import type { DocumentData } from '../repositories/document-rows.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { isWithoutNumber, numberKey } from './number-key.ts';

export interface ImportOptions {
  /** Check every row, write nothing. */
  dryRun: boolean;
  now: Date;
  /** Language of the per-field messages. */
  lang: Lang;
}

const NOT_JSON = { vi: 'Dòng này không phải JSON hợp lệ', en: 'This line is not valid JSON' };

interface ValidRow {
  line: number;
  data: DocumentData;
}

/** Each non-blank line as a document, or its errors per field (line numbers count from 1). */
function parseLines(ndjson: string, unitIds: Set<string>, lang: Lang) {
  const valid: ValidRow[] = [];
  const rejected: ImportReport['rejected'] = [];
  ndjson.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      rejected.push({ line, errors: { json: [NOT_JSON[lang]] } });
      return;
    }
    const checked = checkDocumentRow(value, unitIds, lang);
    if ('errors' in checked) rejected.push({ line, errors: checked.errors });
    else valid.push({ line, data: checked.data });
  });
  return { valid, rejected };
}

/**
 * One document as an import row or a synchronised source gives it: the editors' schema, then
 * the issuer among the known units. Errors per field, in `lang`.
 */
export function checkDocumentRow(
  value: unknown,
  unitIds: Set<string>,
  lang: Lang,
): { data: DocumentData } | { errors: Record<string, string[]> } {
  const result = DocumentInput.safeParse(value, { error: zodErrorMaps[lang] });
  if (!result.success) return { errors: addIssues({}, result.error.issues, lang, 'row') };
  if (!unitIds.has(result.data.issuerId))
    return { errors: { issuerId: [unknownUnitMessage(result.data.issuerId)[lang]] } };
  return { data: result.data };
}

/**
 * Imports NDJSON, one DocumentInput per line, all or nothing: if any row is rejected, nothing
 * is written. A row updates the document with the same issuer and number (an earlier row of
 * the same file included); "Không số" always creates.
 */
export async function importDocuments(db: Db, ndjson: string, options: ImportOptions): Promise<ImportReport> {
  const units = await db.selectFrom('units').select('id').execute();
  const { valid, rejected } = parseLines(ndjson, new Set(units.map((u) => u.id)), options.lang);
  const rows = valid.length + rejected.length;
  const write = rejected.length === 0 && !options.dryRun && rows > 0;

  return inTransaction(db, async (trx) => {
    const documents = documentsRepository(trx);
    // Dry runs write nothing, so earlier rows of the file are remembered here instead.
    const earlier = new Set<string>();
    let created = 0;
    for (const { data } of valid) {
      const key = numberKey(data.number);
      const id = await documents.idByNumber(data.issuerId, data.number);
      const sameAsEarlierRow = !isWithoutNumber(key) && earlier.has(`${data.issuerId}\n${key}`);
      earlier.add(`${data.issuerId}\n${key}`);
      if (id === undefined && !sameAsEarlierRow) created++;
      if (!write) continue;
      if (id === undefined) await documents.insert(data, options.now);
      else await documents.update(id, data, options.now);
    }
    return { rows, created, updated: valid.length - created, written: write, rejected };
  });
}
