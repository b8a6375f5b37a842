import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The search index's vocabulary: each folded word and how many documents contain it, kept in
  // step with the index (search/vocabulary.ts). Searches read it whole per data version: for
  // "did you mean" and, without asking the index, which words are frequent.
  let table = db.schema
    .createTable('documents_search_words')
    .addColumn('word', 'text', (col) => col.primaryKey())
    .addColumn('documents', 'integer', (col) => col.notNull());
  if (!isPostgres(db)) table = table.modifyEnd(sql`without rowid`);
  await table.execute();

  // Filled from the index as it stands, in one pass of each dialect's own code.
  if (isPostgres(db)) {
    await sql`insert into documents_search_words (word, documents)
              select word, ndoc from ts_stat('select words from documents_search')`.execute(db);
    return;
  }
  await sql`create virtual table temp.documents_fts_vocabulary using fts5vocab(main, documents_fts, row)`.execute(
    db,
  );
  await sql`insert into documents_search_words (word, documents)
            select term, doc from temp.documents_fts_vocabulary`.execute(db);
  await sql`drop table temp.documents_fts_vocabulary`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('documents_search_words').execute();
}
