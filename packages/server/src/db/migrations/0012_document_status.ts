import { type Kysely, sql } from 'kysely';

/**
 * A document's status follows its dates unless an editor set it (status_explicit), with a
 * reason and a date. Statuses the dates cannot give (partly expired, suspended, no longer
 * suitable) were set by hand already: they are marked so.
 */
// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('status_explicit', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('documents').addColumn('status_reason', 'text').execute();
  await db.schema.alterTable('documents').addColumn('status_since', 'text').execute();
  await sql`update documents set status_explicit = 1
    where status in ('partly-expired', 'suspended', 'outdated')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['status_since', 'status_reason', 'status_explicit'])
    await db.schema.alterTable('documents').dropColumn(column).execute();
}
