import { type Kysely, sql } from 'kysely';
import { isPostgres, withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One report per unit and month: what editors enter (conferences, trainings, contests...).
  await withAutoId(db, db.schema.createTable('activities'))
    .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('conferences', 'integer', (col) => col.notNull())
    .addColumn('trainings', 'integer', (col) => col.notNull())
    .addColumn('contests', 'integer', (col) => col.notNull())
    .addColumn('participants', 'integer', (col) => col.notNull())
    .addColumn('copies', 'integer', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('activities_unit_month', ['unit_id', 'month'])
    .execute();
  await db.schema.createIndex('activities_month_idx').on('activities').column('month').execute();

  await withAutoId(db, db.schema.createTable('reporters'))
    .addColumn('name', 'text', (col) => col.notNull())
    // Name and position folded (foldVi): what the directory search matches against.
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('position', 'text')
    .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    // JSON array of field slugs: a handful per person, filtered in memory with the rest.
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('term_start', 'text', (col) => col.notNull())
    .addColumn('term_end', 'text')
    .addColumn('decision', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('reporters_unit_idx').on('reporters').columns(['unit_id', 'role']).execute();

  // Beacons counted per day (Vietnam time), so a year of statistics reads ~365 × a few rows
  // instead of a million events. Only whole past days are rolled up; today is read raw.
  await db.schema
    .createTable('event_days')
    .addColumn('day', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('site_origin', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_days_pk', ['day', 'subject', 'type', 'unit', 'site_origin'])
    // SQLite: rows stored in key order, so a range of days is one sequential read.
    .$call((table) => (isPostgres(db) ? table : table.modifyEnd(sql`without rowid`)))
    .execute();
  // The daily roll-up reads yesterday's beacons by time, whatever their subject.
  await db.schema.createIndex('events_created_idx').on('events').column('created_at').execute();
  await db.schema
    .createTable('event_rollup')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('until_day', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_created_idx').execute();
  for (const table of ['event_rollup', 'event_days', 'reporters', 'activities']) {
    await db.schema.dropTable(table).execute();
  }
}
