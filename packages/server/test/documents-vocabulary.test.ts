import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentInput } from '@pbgdpl/contract';
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../src/db/dialect.ts';
import * as searchIndex from '../src/db/migrations/0009_search_index.ts';
import type { Db } from '../src/db/schema.ts';
import { documentsRepository } from '../src/repositories/documents.ts';
import { indexMissingDocuments } from '../src/search/reindex.ts';
import { foldVocabulary } from '../src/search/vocabulary.ts';
import { addDocuments, documentInput, makeApp, makeDocumentsApp, SEEDED_AT } from './helpers.ts';

/** The words and document counts as the full-text index itself counts them. */
async function indexWords(db: Db): Promise<Array<[string, number]>> {
  if (isPostgres(db)) {
    const { rows } = await sql<{
      word: string;
      ndoc: number;
    }>`select word, ndoc from ts_stat('select words from documents_search')`.execute(db);
    return rows.map((row): [string, number] => [row.word, row.ndoc]).sort(([a], [b]) => (a < b ? -1 : 1));
  }
  await sql`create virtual table if not exists temp.index_words using fts5vocab(main, documents_fts, row)`.execute(
    db,
  );
  const { rows } = await sql<{ term: string; doc: number }>`select term, doc from temp.index_words`.execute(
    db,
  );
  return rows.map((row): [string, number] => [row.term, row.doc]).sort(([a], [b]) => (a < b ? -1 : 1));
}

async function vocabularyWords(db: Db): Promise<Array<[string, number]>> {
  await foldVocabulary(db);
  const rows = await db.selectFrom('documents_search_vocabulary').select(['word', 'documents']).execute();
  return rows.map((row): [string, number] => [row.word, row.documents]).sort(([a], [b]) => (a < b ? -1 : 1));
}

test('the vocabulary counts what the index holds through inserts, updates and deletes, added up when read', async () => {
  const t = await makeDocumentsApp();
  const db = t.database.db;
  const [first, second] = await addDocuments(t, [
    documentInput({ number: '1/2025/QĐ-UBND', title: 'Bảng giá đất', body: '<p>Giá đất ở đô thị.</p>' }),
    documentInput({ number: '2/2025/QĐ-UBND', title: 'Hoà giải ở cơ sở', summary: 'Thù lao hòa giải viên.' }),
    documentInput({ number: 'Không số', title: 'Trợ giúp pháp lý lưu động' }),
  ]);
  assert.deepEqual(await vocabularyWords(db), await indexWords(db));
  const documents = documentsRepository(db);
  await documents.update(
    second ?? 0,
    DocumentInput.parse(documentInput({ number: '2/2025/QĐ-UBND', title: 'Phí thuỷ lợi nội đồng' })),
    SEEDED_AT,
  );
  await documents.remove(first ?? 0);
  const words = await vocabularyWords(db);
  assert.deepEqual(words, await indexWords(db));
  assert.ok(!words.some(([word]) => word === 'hoa' || word === 'dat'), 'words of no document leave');
  assert.deepEqual(
    words.find(([word]) => word === 'thuy'),
    ['thuy', 1],
  );
});

test('the migration, and the indexing after it, fill the vocabulary from the index as it stands', async () => {
  const { database } = await makeApp();
  const db = database.db as unknown as Kysely<unknown>;
  await searchIndex.down(db);
  await searchIndex.up(db);
  await indexMissingDocuments(database.db);
  const filled = await vocabularyWords(database.db);
  assert.ok(filled.length > 500, `${filled.length} words`);
  assert.deepEqual(filled, await indexWords(database.db));
});
