import { type ContentState, DocumentInput, type ImportReport } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Lang } from '../http/language.ts';
import { unknownUnitMessage } from '../http/unknown-unit.ts';
import { checkRow, parseNdjsonRows } from '../transfer/ndjson-rows.ts';
import type { DocumentData } from '../repositories/document-rows.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { isWithoutNumber, numberKey } from './number-key.ts';
import { type Actor, flaggedState, transitionsRepository } from '../workflow/transitions.ts';

export interface ImportOptions {
  /** Check every row, write nothing. */
  dryRun: boolean;
  now: Date;
  /** Language of the per-field messages. */
  lang: Lang;
  /** Who the workflow's history says created or moved each item. */
  actor: Actor;
}

/** The issuer must be a known unit (historical ones included). */
const knownIssuer = (unitIds: Set<string>, lang: Lang) => (data: DocumentData) =>
  unitIds.has(data.issuerId) ? null : { issuerId: [unknownUnitMessage(data.issuerId)[lang]] };

/**
 * One document as an import row or a synchronised source gives it: the editors' schema, then
 * the issuer among the known units. Errors per field, in `lang`.
 */
export const checkDocumentRow = (value: unknown, unitIds: Set<string>, lang: Lang) =>
  checkRow(value, DocumentInput, lang, knownIssuer(unitIds, lang));

/**
 * Imports NDJSON, one DocumentInput per line, all or nothing: if any row is rejected, nothing
 * is written. A row updates the document with the same issuer and number (an earlier row of
 * the same file included); "Không số" always creates. Each new item and each state a row moves
 * is on the item's workflow history, as `actor`.
 */
export async function importDocuments(db: Db, ndjson: string, options: ImportOptions): Promise<ImportReport> {
  const units = await db.selectFrom('units').select('id').execute();
  const unitIds = new Set(units.map((u) => u.id));
  const { valid, rejected } = parseNdjsonRows(
    ndjson,
    DocumentInput,
    options.lang,
    knownIssuer(unitIds, options.lang),
  );
  const rows = valid.length + rejected.length;
  const write = rejected.length === 0 && !options.dryRun && rows > 0;

  return inTransaction(db, async (trx) => {
    const documents = documentsRepository(trx);
    const transitions = transitionsRepository(trx);
    const record = (id: number, from: ContentState | null, to: ContentState) =>
      transitions.record('document', id, { at: options.now, actor: options.actor, from, to, comment: null });
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
      if (id === undefined) {
        await record(await documents.insert(data, options.now), null, data.published ? 'published' : 'draft');
        continue;
      }
      const updated = await documents.update(id, data, options.now);
      const state = updated && flaggedState(updated.state, data.published);
      if (state && state !== updated.state) {
        await documents.setState(id, state, options.now);
        await record(id, updated.state, state);
      }
    }
    return { rows, created, updated: valid.length - created, written: write, rejected };
  });
}
