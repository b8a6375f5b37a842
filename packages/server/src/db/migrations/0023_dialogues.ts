import type { Kysely } from 'kysely';
import { addContentTrigger, dropContentTrigger } from '../content-trigger.ts';
import { withAutoId } from '../dialect.ts';

/** What public answers read: sessions, their questions and answers, responses to feedback. */
const CONTENT_TABLES = ['dialogues', 'dialogue_questions', 'document_feedback'];

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoId(db, db.schema.createTable('dialogues'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
    // JSON arrays: a handful each, read with the session.
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('target_groups', 'text', (col) => col.notNull())
    .addColumn('document_ids', 'text', (col) => col.notNull())
    .addColumn('article_ids', 'text', (col) => col.notNull())
    .addColumn('officials', 'text', (col) => col.notNull())
    .addColumn('attachments', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('livestream_url', 'text')
    .addColumn('conclusion', 'text', (col) => col.notNull())
    .addColumn('conclusion_file', 'text')
    // No foreign key: a deleted video leaves the session without its recording.
    .addColumn('recording_video_id', 'integer')
    // Where the session stands (DIALOGUE_STATES) and where its page stands in review (CONTENT_STATES).
    .addColumn('session_state', 'text', (col) => col.notNull().defaultTo('upcoming'))
    .addColumn('review_state', 'text', (col) => col.notNull().defaultTo('draft'))
    // Folded words of title and topic between spaces, for `q` (as articles do).
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('dialogues_unit_idx').on('dialogues').column('unit_id').execute();

  await withAutoId(db, db.schema.createTable('dialogue_questions'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('dialogue_id', 'integer', (col) =>
      col.notNull().references('dialogues.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('sender_name', 'text', (col) => col.notNull())
    .addColumn('sender_email', 'text')
    .addColumn('sender_phone', 'text')
    .addColumn('sender_organisation', 'text')
    .addColumn('publish_name', 'integer', (col) => col.notNull())
    .addColumn('merged_into', 'integer')
    .addColumn('reject_reason', 'text')
    .addColumn('supports', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('answer_html', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answerer_title', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answer_published', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_questions_dialogue_idx')
    .on('dialogue_questions')
    .columns(['dialogue_id', 'status'])
    .execute();

  // One support per browser and question: the key is a keyed hash of the browser's own id.
  await db.schema
    .createTable('dialogue_supports')
    .addColumn('question_id', 'integer', (col) =>
      col.notNull().references('dialogue_questions.id').onDelete('cascade'),
    )
    .addColumn('supporter', 'text', (col) => col.notNull())
    .addColumn('supported_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('dialogue_supports_pk', ['question_id', 'supporter'])
    .execute();

  await withAutoId(db, db.schema.createTable('document_feedback'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('tracking_code', 'text', (col) => col.notNull().unique())
    .addColumn('document_id', 'integer', (col) =>
      col.notNull().references('documents.id').onDelete('cascade'),
    )
    // The issuing unit when it arrived: the queue it went to.
    .addColumn('unit_id', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('provision', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('sender_name', 'text', (col) => col.notNull())
    .addColumn('sender_email', 'text')
    .addColumn('sender_phone', 'text')
    .addColumn('sender_organisation', 'text')
    .addColumn('publish_name', 'integer', (col) => col.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('response_html', 'text')
    .addColumn('responded_by', 'text')
    .addColumn('responder_title', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('response_published', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('document_feedback_document_idx')
    .on('document_feedback')
    .column('document_id')
    .execute();
  await db.schema
    .createIndex('document_feedback_unit_idx')
    .on('document_feedback')
    .column('unit_id')
    .execute();

  // The consents of both forms, per purpose, with the exact words shown (proof of consent).
  await db.schema
    .createTable('submission_consents')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('granted', 'integer', (col) => col.notNull())
    .addColumn('text_version', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('submission_consents_pk', ['kind', 'item_id', 'purpose'])
    .execute();

  for (const table of CONTENT_TABLES) await addContentTrigger(db, table);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CONTENT_TABLES) await dropContentTrigger(db, table);
  for (const table of [
    'submission_consents',
    'document_feedback',
    'dialogue_supports',
    'dialogue_questions',
    'dialogues',
  ])
    await db.schema.dropTable(table).execute();
}
