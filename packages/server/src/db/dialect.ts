import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

/** The few places where SQL differs between the dialects ask this, not the configuration. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table shapes: migrations see none, the app its own
export const isPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** An integer id the database generates: never reused on either dialect. */
export const withAutoId = <T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>) =>
  table.addColumn('id', 'integer', (col) =>
    isPostgres(db) ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
  );

/**
 * After rows were written with ids of their own (an import): PostgreSQL's identity would
 * otherwise hand those ids out again; SQLite's AUTOINCREMENT already continues above them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table with an integer id
export async function continueIdsAfter(db: Kysely<any>, table: string): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'),
                          (select coalesce(max(id), 0) + 1 from ${sql.table(table)}), false)`.execute(db);
}

/** The column contains `part` literally (`%` and `_` in it match themselves), in both dialects. */
export const containsText = (column: string, part: string) =>
  sql<boolean>`${sql.ref(column)} like ${`%${part.replace(/[\\%_]/g, '\\$&')}%`} escape '\\'`;

/**
 * Waits for, then holds until the transaction ends, the right to do one-time work (seeding),
 * so that nodes starting together on an empty database do it once. PostgreSQL: an advisory
 * lock named `name`. SQLite: the file's write lock, taken by a write that changes nothing
 * (a transaction that read first could not take it later, once another node has written).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export async function holdTransactionLock(trx: Kysely<any>, name: string): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx);
  else await sql`delete from site_settings where 0`.execute(trx);
}
