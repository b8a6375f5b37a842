import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

/**
 * The tables public answers are read from, as of this migration. A later migration that adds
 * such a table gives it the same trigger (`test/content-version.test.ts` fails until it does).
 */
const CONTENT_TABLES = [
  'units',
  'site_settings',
  'site_links',
  'banners',
  'documents',
  'document_fields',
  'document_relations',
  'questions',
  'question_documents',
  'videos',
  'video_fields',
  'activities',
  'reporters',
];

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * One counter that every change to content moves, whoever writes (the API, the CLI, an import,
 * the demo loader, SQL by hand): the API nodes' response caches key on it. Kept by triggers so
 * that no write path can forget it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_version')
    .addColumn('version', 'bigint', (col) => col.notNull())
    .execute();
  await sql`insert into content_version (version) values (0)`.execute(db);

  if (isPostgres(db)) {
    // Deferred to the commit and once per transaction: the counter row is locked only for the
    // instant of the commit, so writers never wait on it for long or deadlock over it.
    await sql`
      create function content_changed() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('pbgdpl.content_changed', true), '') <> 'on' then
          perform set_config('pbgdpl.content_changed', 'on', true);
          update content_version set version = version + 1;
        end if;
        return null;
      end
      $$`.execute(db);
    for (const table of CONTENT_TABLES)
      await sql`
        create constraint trigger ${sql.id(`${table}_content_changed`)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred for each row execute function content_changed()`.execute(db);
    return;
  }
  // SQLite has one writer at a time and row triggers only: a cheap update per changed row.
  for (const table of CONTENT_TABLES)
    for (const event of EVENTS)
      await sql`
        create trigger ${sql.id(`${table}_content_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        begin update content_version set version = version + 1; end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of CONTENT_TABLES)
      await sql`drop trigger ${sql.id(`${table}_content_changed`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function content_changed()`.execute(db);
  } else {
    for (const table of CONTENT_TABLES)
      for (const event of EVENTS) await sql`drop trigger ${sql.id(`${table}_content_${event}`)}`.execute(db);
  }
  await db.schema.dropTable('content_version').execute();
}
