import { Migrator, type Migration, sql } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { Db } from './schema.ts';
import * as init from './migrations/0001_init.ts';
import * as documents from './migrations/0002_documents.ts';
import * as questions from './migrations/0003_questions.ts';
import * as videos from './migrations/0004_videos.ts';
import * as stats from './migrations/0005_stats.ts';
import * as singleUseForms from './migrations/0006_single_use_forms.ts';
import * as itemVersions from './migrations/0007_item_versions.ts';
import * as accounts from './migrations/0008_accounts.ts';
import * as media from './migrations/0011_media.ts';
import * as outbox from './migrations/0013_outbox.ts';

/** Migrations ship inside the code (no folder scanning), in the order of their names. */
const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_documents': documents,
  '0003_questions': questions,
  '0004_videos': videos,
  '0005_stats': stats,
  '0006_single_use_forms': singleUseForms,
  '0007_item_versions': itemVersions,
  '0008_accounts': accounts,
  '0011_media': media,
  '0013_outbox': outbox,
};

/**
 * Applies pending migrations, all or none; returns the names applied now. Nodes starting
 * together wait for each other: on PostgreSQL the migrator takes an advisory lock and a
 * transaction; on SQLite it takes neither, so the file's write lock is held around it.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const run = async () => {
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error) throw error;
    return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  };
  if (isPostgres(db)) return run();
  // Kysely's SQLite driver has one connection: the migrator's statements run inside this transaction.
  await sql`begin immediate`.execute(db);
  try {
    const applied = await run();
    await sql`commit`.execute(db);
    return applied;
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
}
