import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { termCondition } from './postgres-words.ts';
import type { SearchTerm } from './query.ts';
import type { TermColumns } from './term-sets.ts';

/**
 * Runs a query with sequential scans off: the planner counts `@@` as cheap, but on a table whose
 * tsvectors live out of line a sequential scan reads every one of them, where the GIN indexes
 * answer from the index and a small heap.
 */
export function withIndexes<T>(db: Db, run: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return run(trx);
  });
}

/** The ids of documents having any of the terms in the given columns, comma-joined (see term-sets.ts). */
export async function postgresIds(db: Db, anyOf: SearchTerm[], columns: TermColumns): Promise<string> {
  // One select per term, not `or`: PostgreSQL would check an `or` row by row, reading the
  // tsvectors of every match. A document having several terms comes twice: the set takes it once.
  const selects = anyOf.map(
    (term) => sql`select id from documents_search where ${termCondition(term, columns)}`,
  );
  return withIndexes(db, async (trx) => {
    const { rows } = await sql<{ ids: string | null }>`
      select string_agg(id::text, ',') as ids from (${sql.join(selects, sql` union all `)}) as found`.execute(
      trx,
    );
    return rows[0]?.ids ?? '';
  });
}
