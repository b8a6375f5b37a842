import type { Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

/** What editors change: each row counts its writes, so a change made meanwhile is noticed (If-Match). */
const VERSIONED = ['banners', 'documents', 'questions', 'videos', 'activities', 'reporters'];

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED)
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();

  // Who changed what and when, for every kind of content (questions keep their own trail).
  await withAutoId(db, db.schema.createTable('audit_log'))
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'integer', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  for (const table of VERSIONED) await db.schema.alterTable(table).dropColumn('version').execute();
}
