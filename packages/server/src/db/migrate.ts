import { Migrator, type Migration } from 'kysely';
import type { Db } from './schema.ts';
import * as init from './migrations/0001_init.ts';
import * as documents from './migrations/0002_documents.ts';
import * as questions from './migrations/0003_questions.ts';
import * as videos from './migrations/0004_videos.ts';
import * as stats from './migrations/0005_stats.ts';

/** Migrations ship inside the code (no folder scanning), in the order of their names. */
const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_documents': documents,
  '0003_questions': questions,
  '0004_videos': videos,
  '0005_stats': stats,
};

/** Applies pending migrations; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
