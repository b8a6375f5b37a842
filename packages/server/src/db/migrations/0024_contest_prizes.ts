import type { Kysely } from 'kysely';

// Migrations see the schema as it was then, not as the code types it now.

/**
 * Prizes the organisers award in a round: one prize (by its name in the contest's list) per
 * participant and round, with who awarded it and when. Never public: no content trigger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contest_prizes')
    .addColumn('round_id', 'integer', (col) =>
      col.notNull().references('contest_rounds.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'integer', (col) =>
      col.notNull().references('contest_participants.id').onDelete('cascade'),
    )
    .addColumn('prize', 'text', (col) => col.notNull())
    .addColumn('awarded_by', 'text', (col) => col.notNull())
    .addColumn('awarded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('contest_prizes_pk', ['round_id', 'participant_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('contest_prizes').execute();
}
