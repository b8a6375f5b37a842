import { type Kysely, sql } from 'kysely';
import { addContentTrigger, dropContentTrigger } from '../content-trigger.ts';

// Migrations see the schema as it was then, not as the code types it now.

/**
 * A unit gone in a reform can have several successors (a district's communes and the province
 * that took over part of its work), in the order they are named. `units.successor_id` stays in
 * the table, no longer read or written: SQLite cannot drop a column a foreign key names.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_successors')
    .addColumn('unit_id', 'text', (col) => col.notNull())
    .addColumn('successor_id', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('unit_successors_pk', ['unit_id', 'successor_id'])
    // Deferred like the units' own references, so an import can write units in any order.
    .addForeignKeyConstraint('unit_successors_unit_fk', ['unit_id'], 'units', ['id'], (fk) =>
      fk.onDelete('cascade').deferrable().initiallyDeferred(),
    )
    .addForeignKeyConstraint('unit_successors_successor_fk', ['successor_id'], 'units', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .execute();
  await sql`
    insert into unit_successors (unit_id, successor_id, position)
    select id, successor_id, 0 from units where successor_id is not null`.execute(db);
  await addContentTrigger(db, 'unit_successors');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropContentTrigger(db, 'unit_successors');
  await db.schema.dropTable('unit_successors').execute();
}
