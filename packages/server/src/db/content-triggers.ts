import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.ts';

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * Gives `tables` the triggers that move the content version on every change (the function
 * they call on PostgreSQL, `content_changed()`, is made by migration 0010). Deferred to the
 * commit and once per transaction there; a cheap update per changed row on SQLite.
 */
export async function addContentTriggers(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isPostgres(db)) {
      await sql`
        create constraint trigger ${sql.id(`${table}_content_changed`)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred for each row execute function content_changed()`.execute(db);
      continue;
    }
    for (const event of EVENTS)
      await sql`
        create trigger ${sql.id(`${table}_content_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        begin update content_version set version = version + 1; end`.execute(db);
  }
}

export async function dropContentTriggers(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isPostgres(db))
      await sql`drop trigger ${sql.id(`${table}_content_changed`)} on ${sql.table(table)}`.execute(db);
    else
      for (const event of EVENTS) await sql`drop trigger ${sql.id(`${table}_content_${event}`)}`.execute(db);
  }
}
