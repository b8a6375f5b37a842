import type { Kysely } from 'kysely';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Where a question asked on no unit's site goes, by its legal field: the administrator's table.
  await db.schema
    .createTable('question_routing')
    .addColumn('field', 'text', (col) => col.primaryKey())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id').onDelete('cascade'))
    .execute();
  // Units the administrator lets publish their own answers (no row: an editor approves them).
  await db.schema
    .createTable('unit_answer_rights')
    .addColumn('unit_id', 'text', (col) => col.primaryKey().references('units.id').onDelete('cascade'))
    .addColumn('publishes_answers', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  // One row per question whose staff were told it is overdue: the key makes it once, across nodes.
  await db.schema
    .createTable('question_overdue_notices')
    .addColumn('question_id', 'integer', (col) =>
      col.primaryKey().references('questions.id').onDelete('cascade'),
    )
    .addColumn('noticed_at', 'text', (col) => col.notNull())
    .execute();
  // Periodic jobs that one node at a time runs: who holds each, and until when.
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('owner', 'text')
    .addColumn('lease_until', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['job_leases', 'question_overdue_notices', 'unit_answer_rights', 'question_routing'])
    await db.schema.dropTable(table).execute();
}
