import type { Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('successor_id', 'text')
    .addColumn('website', 'text')
    // Deferred so an import can insert units in any order inside one transaction.
    .addForeignKeyConstraint('units_parent_fk', ['parent_id'], 'units', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .addForeignKeyConstraint('units_successor_fk', ['successor_id'], 'units', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .execute();

  await db.schema
    .createTable('site_links')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('site_settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();

  await withAutoId(db, db.schema.createTable('banners'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('alt', 'text', (col) => col.notNull())
    .addColumn('href', 'text', (col) => col.notNull())
    .addColumn('image_url', 'text', (col) => col.notNull())
    .addColumn('image_width', 'integer', (col) => col.notNull())
    .addColumn('image_height', 'integer', (col) => col.notNull())
    .addColumn('placement', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.references('units.id'))
    .addColumn('starts_at', 'text')
    .addColumn('ends_at', 'text')
    .addColumn('priority', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('active', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('banners_placement_idx')
    .on('banners')
    .columns(['placement', 'active'])
    .execute();

  await withAutoId(db, db.schema.createTable('tokens'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await withAutoId(db, db.schema.createTable('events'))
    .addColumn('page_view_id', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('unit', 'text')
    .addColumn('site_origin', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    // One count per page view: a widget re-rendering or a beacon retried is not a new event.
    .addUniqueConstraint('events_dedup', ['page_view_id', 'type', 'subject', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('events_stats_idx')
    .on('events')
    .columns(['subject', 'type', 'created_at'])
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'rate_limits',
    'events',
    'tokens',
    'banners',
    'site_settings',
    'site_links',
    'units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
