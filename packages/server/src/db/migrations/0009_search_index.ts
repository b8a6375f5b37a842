import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The search index's vocabulary: each folded word and how many documents contain it, kept in
  // step with the index (search/vocabulary.ts). Searches read it whole per data version: for
  // "did you mean" and, without asking the index, which words are frequent.
  let table = db.schema
    .createTable('documents_search_vocabulary')
    .addColumn('word', 'text', (col) => col.primaryKey())
    .addColumn('documents', 'integer', (col) => col.notNull());
  if (!isPostgres(db)) table = table.modifyEnd(sql`without rowid`);
  await table.execute();
  // Appended by writes, added up by reads: no key, no index (see search/vocabulary.ts).
  await db.schema
    .createTable('documents_search_vocabulary_changes')
    .addColumn('word', 'text', (col) => col.notNull())
    .addColumn('change', 'integer', (col) => col.notNull())
    .execute();

  if (isPostgres(db)) {
    await rebuildPostgresSearch(db);
    return;
  }
  // FTS5 keeps its index: the vocabulary is filled from it, in one pass of its own code.
  await sql`create virtual table temp.documents_fts_vocabulary using fts5vocab(main, documents_fts, row)`.execute(
    db,
  );
  await sql`insert into documents_search_vocabulary (word, documents)
            select term, doc from temp.documents_fts_vocabulary`.execute(db);
  await sql`drop table temp.documents_fts_vocabulary`.execute(db);
}

/**
 * PostgreSQL's search in a new shape (search/postgres-search.ts): the tsvectors in a table of
 * their own, stored out of line so a GIN index's matches read a small heap; the words of the
 * number and title, and the pairs of neighbouring words, each with a GIN index, so titles and
 * phrases need no positions; the folded text apart. The new tables start empty: the documents
 * are indexed again after the migrations (search/reindex.ts). The catalog's columns (and the
 * number keys of search/number-index.ts) get one covering index, read without the table.
 */
async function rebuildPostgresSearch(db: Kysely<unknown>) {
  await db.schema.dropTable('documents_search').execute();
  await db.schema
    .createTable('documents_search')
    .addColumn('id', 'integer', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('words', sql`tsvector`, (col) => col.notNull())
    .addColumn('title_words', sql`tsvector`, (col) => col.notNull())
    .addColumn('pairs', sql`tsvector`, (col) => col.notNull())
    .modifyEnd(sql`with (toast_tuple_target = 128)`)
    .execute();
  for (const column of ['words', 'title_words', 'pairs']) {
    await sql`alter table documents_search alter column ${sql.ref(column)} set storage external`.execute(db);
    await db.schema
      .createIndex(`documents_search_${column}_idx`)
      .on('documents_search')
      .using('gin')
      .column(column)
      .execute();
  }
  await db.schema
    .createTable('documents_search_text')
    .addColumn('id', 'integer', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .execute();
  await sql`create index documents_catalog_idx on documents (id)
            include (published, issued_year, type, issuer_id, status, issued_on, effective_from, number_key)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('documents_search_vocabulary_changes').execute();
  await db.schema.dropTable('documents_search_vocabulary').execute();
  if (!isPostgres(db)) return;
  await sql`drop index documents_catalog_idx`.execute(db);
  await db.schema.dropTable('documents_search_text').execute();
  await db.schema.dropTable('documents_search').execute();
  // The shape of 0002, empty: the documents are indexed again after the migrations.
  await db.schema
    .createTable('documents_search')
    .addColumn('id', 'integer', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('words', sql`tsvector`, (col) => col.notNull())
    .addColumn('length', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('documents_search_words_idx')
    .on('documents_search')
    .using('gin')
    .column('words')
    .execute();
}
