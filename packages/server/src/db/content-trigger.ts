import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.ts';

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * Makes every write to `table` move the content version (migration 0010), as a content table
 * added later must: the response caches key on that counter.
 */
export async function addContentTrigger(db: Kysely<unknown>, table: string): Promise<void> {
  if (isPostgres(db)) {
    // Deferred to the commit, where content_changed() moves the counter once per transaction.
    await sql`
      create constraint trigger ${sql.id(`${table}_content_changed`)}
      after insert or update or delete on ${sql.table(table)}
      deferrable initially deferred for each row execute function content_changed()`.execute(db);
    return;
  }
  // SQLite has one writer at a time and row triggers only: a cheap update per changed row.
  for (const event of EVENTS)
    await sql`
      create trigger ${sql.id(`${table}_content_${event}`)}
      after ${sql.raw(event)} on ${sql.table(table)}
      begin update content_version set version = version + 1; end`.execute(db);
}

export async function dropContentTrigger(db: Kysely<unknown>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger ${sql.id(`${table}_content_changed`)} on ${sql.table(table)}`.execute(db);
    return;
  }
  for (const event of EVENTS) await sql`drop trigger ${sql.id(`${table}_content_${event}`)}`.execute(db);
}
