import type { Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Upstreams an administrator configured; the schedule and its lease live on the same row, so
  // one node at a time runs a given source.
  await withAutoId(db, db.schema.createTable('sources'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('feeds', 'text', (col) => col.notNull())
    .addColumn('mapping', 'text', (col) => col.notNull())
    .addColumn('interval_minutes', 'integer')
    .addColumn('enabled', 'integer', (col) => col.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('next_run_at', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // What each upstream item became here: the hash says whether it changed upstream, the
  // document's version at our last write whether an editor changed it since.
  await db.schema
    .createTable('source_items')
    .addColumn('source_id', 'integer', (col) => col.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('upstream_id', 'text', (col) => col.notNull())
    .addColumn('document_id', 'integer')
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('synced_version', 'integer', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('conflict_hash', 'text')
    .addColumn('conflict_since', 'text')
    .addPrimaryKeyConstraint('source_items_pk', ['source_id', 'upstream_id'])
    .execute();

  await withAutoId(db, db.schema.createTable('source_runs'))
    .addColumn('source_id', 'integer', (col) => col.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('dry_run', 'integer', (col) => col.notNull())
    .addColumn('trigger', 'text', (col) => col.notNull())
    .addColumn('actor', 'text')
    .addColumn('outcome', 'text')
    .addColumn('error', 'text')
    .addColumn('added', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('conflicts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('log', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createIndex('source_runs_source_idx')
    .on('source_runs')
    .columns(['source_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('source_runs').execute();
  await db.schema.dropTable('source_items').execute();
  await db.schema.dropTable('sources').execute();
}
