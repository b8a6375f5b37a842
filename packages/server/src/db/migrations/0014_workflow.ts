import type { Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Reports entered before the workflow were entered by editors and already counted: published.
  await db.schema
    .alterTable('activities')
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('published'))
    .execute();

  // Every move of an item along the workflow, with the reviewer's comment: shown on the item.
  await withAutoId(db, db.schema.createTable('content_transitions'))
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (col) => col.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema
    .createIndex('content_transitions_item_idx')
    .on('content_transitions')
    .columns(['entity', 'item_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('content_transitions').execute();
  await db.schema.alterTable('activities').dropColumn('state').execute();
}
