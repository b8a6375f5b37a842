import { type Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoId(db, db.schema.createTable('questions'))
    .addColumn('tracking_code', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) => col.notNull()) // pending | answered | rejected
    .addColumn('field', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.references('units.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    // Personal data: only ever read by admin routes.
    .addColumn('sender_name', 'text', (col) => col.notNull())
    .addColumn('sender_email', 'text')
    .addColumn('sender_phone', 'text')
    .addColumn('sender_address', 'text')
    .addColumn('publish_name', 'integer', (col) => col.notNull())
    .addColumn('answer_html', 'text')
    // The answer without tags: what snippets are cut from.
    .addColumn('answer_text', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answerer_title', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('published', 'integer', (col) => col.notNull())
    .addColumn('published_at', 'text')
    .addColumn('featured', 'integer', (col) => col.notNull())
    // Title, question and answer folded (foldVi): what the search matches against.
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // The public list: its count and newest-answer order come from this index alone (rows are
  // large: counting through them reads every question's text).
  await db.schema
    .createIndex('questions_public_idx')
    .on('questions')
    .columns(['published', 'status', 'answered_at', 'featured'])
    .execute();
  // Filters of the public list, and the editors' queue.
  for (const column of ['field', 'unit_id']) {
    await db.schema
      .createIndex(`questions_published_${column}_idx`)
      .on('questions')
      .columns(['published', column])
      .execute();
  }
  await db.schema
    .createIndex('questions_status_received_idx')
    .on('questions')
    .columns(['status', 'received_at'])
    .execute();

  await db.schema
    .createTable('question_documents')
    .addColumn('question_id', 'integer', (col) =>
      col.notNull().references('questions.id').onDelete('cascade'),
    )
    .addColumn('document_id', 'integer', (col) =>
      col.notNull().references('documents.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('question_documents_pk', ['question_id', 'document_id'])
    .execute();

  await db.schema
    .createTable('question_consents')
    .addColumn('question_id', 'integer', (col) =>
      col.notNull().references('questions.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('granted', 'integer', (col) => col.notNull())
    .addColumn('text_version', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    // The exact text shown, not a reference: proof of what was agreed to even if texts change.
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('question_consents_pk', ['question_id', 'purpose'])
    .execute();

  // No foreign key: the trail outlives a deleted question (its "deleted" entry included).
  await withAutoId(db, db.schema.createTable('question_audit'))
    .addColumn('question_id', 'integer', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('question_audit_question_idx')
    .on('question_audit')
    .columns(['question_id', 'id'])
    .execute();

  // A retried POST with the same Idempotency-Key gets the stored answer (kept 24 hours).
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addColumn('status', 'integer', (col) => col.notNull())
    .addColumn('response', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created_idx')
    .on('idempotency_keys')
    .column('created_at')
    .execute();

  // Hourly counters of question posts per client (a keyed hash of the address, not the address).
  // Not rate_limits: its per-minute pruning deletes every window older than the current minute.
  await db.schema
    .createTable('question_rate_limits')
    .addColumn('client', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .execute();

  // Solved proof-of-work challenges, so one solution cannot be replayed (kept until it expires).
  await db.schema
    .createTable('used_challenges')
    .addColumn('signature', 'text', (col) => col.primaryKey())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'used_challenges',
    'question_rate_limits',
    'idempotency_keys',
    'question_audit',
    'question_consents',
    'question_documents',
    'questions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
