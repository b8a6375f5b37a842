import { type Kysely, sql } from 'kysely';
import { isPostgres, withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoId(db, db.schema.createTable('documents'))
    .addColumn('number', 'text', (col) => col.notNull())
    // The number folded (no marks, đ→d, lower case, no spaces): "45/2019/qd-ubnd" finds "45/2019/QĐ-UBND".
    .addColumn('number_key', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('issuer_id', 'text', (col) => col.notNull().references('units.id'))
    .addColumn('signer_name', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('issued_on', 'text', (col) => col.notNull())
    // Derived from issued_on so the year filter and facet can use an index.
    .addColumn('issued_year', 'integer', (col) => col.notNull())
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('scope', 'text')
    .addColumn('gazette_on', 'text')
    .addColumn('summary', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    // The body without tags: what snippets are cut from (the index holds it folded).
    .addColumn('body_text', 'text', (col) => col.notNull())
    // Attachments and materials are JSON: always read and written whole with their document,
    // never filtered or joined on, so separate tables would only add writes and joins.
    .addColumn('attachments', 'text', (col) => col.notNull())
    .addColumn('materials', 'text', (col) => col.notNull())
    .addColumn('vbpl_item_id', 'integer')
    .addColumn('gazette_id', 'text')
    .addColumn('published', 'integer', (col) => col.notNull())
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // Browsing (newest first), the feed, and each facet/filter column, scoped to what the public sees.
  for (const column of [
    'issued_on',
    'effective_from',
    'published_at',
    'type',
    'issuer_id',
    'status',
    'issued_year',
  ]) {
    await db.schema
      .createIndex(`documents_published_${column}_idx`)
      .on('documents')
      .columns(['published', column])
      .execute();
  }
  await db.schema.createIndex('documents_number_key_idx').on('documents').column('number_key').execute();
  await db.schema
    .createIndex('documents_issuer_number_idx')
    .on('documents')
    .columns(['issuer_id', 'number_key'])
    .execute();

  await db.schema
    .createTable('document_fields')
    .addColumn('document_id', 'integer', (col) =>
      col.notNull().references('documents.id').onDelete('cascade'),
    )
    .addColumn('field', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('document_fields_pk', ['document_id', 'field'])
    .execute();
  await db.schema
    .createIndex('document_fields_field_idx')
    .on('document_fields')
    .columns(['field', 'document_id'])
    .execute();

  await withAutoId(db, db.schema.createTable('document_relations'))
    .addColumn('document_id', 'integer', (col) =>
      col.notNull().references('documents.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('direction', 'text', (col) => col.notNull())
    .addColumn('target_number', 'text', (col) => col.notNull())
    .addColumn('target_key', 'text', (col) => col.notNull())
    .addColumn('target_title', 'text')
    .addColumn('target_url', 'text')
    .execute();
  await db.schema
    .createIndex('document_relations_document_idx')
    .on('document_relations')
    .columns(['document_id', 'position'])
    .execute();
  await db.schema
    .createIndex('document_relations_target_idx')
    .on('document_relations')
    .column('target_key')
    .execute();

  // Bumped by every write to documents, in the same transaction: caches of derived counts are
  // keyed by it, so they stay correct when several server processes share one database.
  await db.schema
    .createTable('data_versions')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();

  if (isPostgres(db)) await createPostgresSearch(db);
  else await createSqliteSearch(db);
}

/**
 * Folded text (see search/sqlite-search.ts): the tokenizer must not fold again, and it
 * cannot fold đ anyway. rowid is the document id. FTS5 is SQLite only, hence raw SQL.
 */
async function createSqliteSearch(db: Kysely<unknown>) {
  await sql`create virtual table documents_fts using fts5(
    number, title, summary, body, tokenize = 'unicode61 remove_diacritics 0'
  )`.execute(db);
}

/**
 * The same folded columns (see search/postgres-search.ts), and their words as one tsvector
 * weighted A (number) to D (body), built by the application so both dialects split words alike.
 */
async function createPostgresSearch(db: Kysely<unknown>) {
  await db.schema
    .createTable('documents_search')
    .addColumn('id', 'integer', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('words', sql`tsvector`, (col) => col.notNull())
    // Words in the document, what bm25 normalises by: reading it from the tsvector costs a scan.
    .addColumn('length', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('documents_search_words_idx')
    .on('documents_search')
    .using('gin')
    .column('words')
    .execute();
  // Number prefixes compare in code point order (search/text-matches.ts), whatever the collation.
  await db.schema
    .createIndex('documents_number_key_c_idx')
    .on('documents')
    .expression(sql`number_key collate "C"`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable(isPostgres(db) ? 'documents_search' : 'documents_fts').execute();
  for (const table of ['data_versions', 'document_relations', 'document_fields', 'documents']) {
    await db.schema.dropTable(table).execute();
  }
}
