import type { AdminDocument, DocumentInput } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { documentsRepository } from '../repositories/documents.ts';

/** A stored document as the import writes it: the issuer by id, relations by number. */
export function toDocumentInput(document: AdminDocument): DocumentInput {
  const {
    id: _id,
    issuer,
    links: _links,
    publishedAt: _publishedAt,
    updatedAt: _updatedAt,
    ...fields
  } = document;
  return { ...fields, issuerId: issuer.id };
}

/**
 * Every document, published or not, as NDJSON lines `import-documents` reads back: for
 * moving documents to another server or database. Lines come in id order; relations refer
 * to numbers, so the order does not matter to the import.
 */
export async function* exportDocuments(db: Db): AsyncGenerator<string> {
  const documents = documentsRepository(db);
  const ids = await db.selectFrom('documents').select('id').orderBy('id').execute();
  for (const { id } of ids) {
    const document = await documents.getForEditor(id);
    if (document) yield `${JSON.stringify(toDocumentInput(document))}\n`;
  }
}
