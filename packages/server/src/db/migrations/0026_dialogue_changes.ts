import type { Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.

/**
 * What changed publicly in a dialogue session, one row per change, written in the change's own
 * transaction: each API node reads the rows after the last it saw and tells its open streams;
 * the id is the stream's event id (`Last-Event-ID`). Old rows are pruned. Not content itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoId(db, db.schema.createTable('dialogue_changes'))
    .addColumn('dialogue_id', 'integer', (col) => col.notNull())
    // `question` (item_id: the question) or `session` (item_id: the session).
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_changes_dialogue_idx')
    .on('dialogue_changes')
    .columns(['dialogue_id', 'id'])
    .execute();
  await db.schema
    .createIndex('dialogue_changes_time_idx')
    .on('dialogue_changes')
    .column('changed_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dialogue_changes').execute();
}
