import type { AdminDocument, DocumentInput } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { toDbBool } from '../db/values.ts';
import { documentsRepository } from '../repositories/documents.ts';

/** A stored document as the import writes it: the issuer by id, relations by number. */
export function toDocumentInput(document: AdminDocument): DocumentInput {
  const {
    id: _id,
    issuer,
    links: _links,
    publishedAt: _publishedAt,
    updatedAt: _updatedAt,
    state: _state,
    version: _version,
    statusSince,
    ...fields
  } = document;
  // Since when a dated status applies follows from the dates; only an editor's date is data.
  return { ...fields, statusSince: fields.statusExplicit ? statusSince : null, issuerId: issuer.id };
}

/**
 * Every document (or only the published ones, for the public export) as NDJSON lines
 * `import-documents` reads back: for moving documents to another server or database, or for
 * another portal to take them. Lines come in id order; relations refer to numbers, so the
 * order does not matter to the import.
 */
export async function* exportDocuments(db: Db, { publishedOnly = false } = {}): AsyncGenerator<string> {
  const documents = documentsRepository(db);
  let query = db.selectFrom('documents').select('id').orderBy('id');
  if (publishedOnly) query = query.where('published', '=', toDbBool(true));
  const ids = await query.execute();
  for (const { id } of ids) {
    const document = await documents.getForEditor(id);
    if (document) yield `${JSON.stringify(toDocumentInput(document))}\n`;
  }
}
