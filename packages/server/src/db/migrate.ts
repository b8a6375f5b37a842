import { Migrator, type Migration, sql } from 'kysely';
import { indexMissingDocuments } from '../search/reindex.ts';
import { holdTransactionLock, isPostgres } from './dialect.ts';
import type { Db } from './schema.ts';
import * as init from './migrations/0001_init.ts';
import * as documents from './migrations/0002_documents.ts';
import * as questions from './migrations/0003_questions.ts';
import * as videos from './migrations/0004_videos.ts';
import * as stats from './migrations/0005_stats.ts';
import * as singleUseForms from './migrations/0006_single_use_forms.ts';
import * as itemVersions from './migrations/0007_item_versions.ts';
import * as accounts from './migrations/0008_accounts.ts';
import * as searchIndex from './migrations/0009_search_index.ts';
import * as contentVersion from './migrations/0010_content_version.ts';
import * as media from './migrations/0011_media.ts';
import * as documentStatus from './migrations/0012_document_status.ts';
import * as outbox from './migrations/0013_outbox.ts';
import * as workflow from './migrations/0014_workflow.ts';
import * as contentWorkflow from './migrations/0015_content_workflow.ts';
import * as questionRouting from './migrations/0016_question_routing.ts';
import * as articles from './migrations/0017_articles.ts';
import * as contests from './migrations/0019_contests.ts';
import * as sources from './migrations/0021_sources.ts';
import * as unitSuccessors from './migrations/0022_unit_successors.ts';
import * as dialogues from './migrations/0023_dialogues.ts';
import * as contestPrizes from './migrations/0024_contest_prizes.ts';
import * as dialogueChanges from './migrations/0026_dialogue_changes.ts';

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
  '0009_search_index': searchIndex,
  '0010_content_version': contentVersion,
  '0011_media': media,
  '0012_document_status': documentStatus,
  '0013_outbox': outbox,
  '0014_workflow': workflow,
  '0015_content_workflow': contentWorkflow,
  '0016_question_routing': questionRouting,
  '0017_articles': articles,
  '0019_contests': contests,
  '0021_sources': sources,
  '0022_unit_successors': unitSuccessors,
  '0023_dialogues': dialogues,
  '0024_contest_prizes': contestPrizes,
  '0026_dialogue_changes': dialogueChanges,
};

/**
 * Applies pending migrations, all or none, then indexes the documents the search index lacks (a
 * migration that changes the index's shape leaves it empty); returns the names applied now.
 * Nodes starting together wait for each other: on PostgreSQL the migrator takes an advisory
 * lock and a transaction, and so does the indexing; on SQLite neither does, so the file's write
 * lock is held around both.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // Work done side by side can land a migration numbered below one a database already ran: it
  // still runs (each migration touches its own tables), rather than stopping the node.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const run = async () => {
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error) throw error;
    return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  };
  if (isPostgres(db)) {
    const applied = await run();
    await db.transaction().execute(async (trx) => {
      await holdTransactionLock(trx, 'search-index');
      await indexMissingDocuments(trx);
    });
    return applied;
  }
  // Kysely's SQLite driver has one connection: the migrator's statements run inside this transaction.
  await sql`begin immediate`.execute(db);
  try {
    const applied = await run();
    await indexMissingDocuments(db);
    await sql`commit`.execute(db);
    return applied;
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
}
