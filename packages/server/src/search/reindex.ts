import { sql } from 'kysely';
import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { documentSearch } from './document-search.ts';

/** Documents indexed per read: their bodies are in memory together. */
const BATCH = 200;

/**
 * Indexes every document the search index lacks, with the search code of this release: all of
 * them after a migration that changed the index's shape (it leaves the index empty), after a
 * copy into another database, none otherwise (one anti-join). Call it in a transaction that
 * holds the right to write alone. Returns how many were indexed.
 */
export async function indexMissingDocuments(db: Db): Promise<number> {
  const search = documentSearch(db);
  const indexed = isPostgres(db)
    ? sql`exists (select 1 from documents_search as s where s.id = d.id)`
    : sql`exists (select 1 from documents_fts as s where s.rowid = d.id)`;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('documents as d')
      .select(['d.id', 'd.number', 'd.title', 'd.summary', 'd.body_text'])
      .where(sql<boolean>`not ${indexed}`)
      .orderBy('d.id')
      .limit(BATCH)
      .execute();
    await search.index(
      rows.map((row) => ({
        id: row.id,
        text: { number: row.number, title: row.title, summary: row.summary, bodyText: row.body_text },
      })),
    );
    count += rows.length;
    if (rows.length < BATCH) return count;
  }
}
