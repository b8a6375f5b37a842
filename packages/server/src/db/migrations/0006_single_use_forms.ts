import type { Kysely } from 'kysely';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A form token sends one question: its signature is kept until the token would expire anyway.
  await db.schema
    .createTable('used_form_tokens')
    .addColumn('signature', 'text', (col) => col.primaryKey())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('used_form_tokens_expires_idx')
    .on('used_form_tokens')
    .column('expires_at')
    .execute();

  // One table of fixed-window counters for every window length: each row says when its window
  // ends, so pruning one limiter's old windows never deletes another's current one. Counters
  // are short-lived, so the old tables are replaced rather than converted.
  await db.schema.dropTable('question_rate_limits').execute();
  await db.schema.dropTable('rate_limits').execute();
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('window_end', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_end_idx').on('rate_limits').column('window_end').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('used_form_tokens').execute();
  await db.schema.dropTable('rate_limits').execute();
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('question_rate_limits')
    .addColumn('client', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();
}
