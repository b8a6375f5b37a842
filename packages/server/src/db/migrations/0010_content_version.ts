import { type Kysely, sql } from 'kysely';
import { addContentTrigger, dropContentTrigger } from '../content-trigger.ts';
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
  }
  for (const table of CONTENT_TABLES) await addContentTrigger(db, table);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CONTENT_TABLES) await dropContentTrigger(db, table);
  if (isPostgres(db)) await sql`drop function content_changed()`.execute(db);
  await db.schema.dropTable('content_version').execute();
}
