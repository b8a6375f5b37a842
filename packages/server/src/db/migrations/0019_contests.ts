import type { Kysely } from 'kysely';
import { addContentTrigger, dropContentTrigger } from '../content-trigger.ts';
import { withAutoId } from '../dialect.ts';

/** What public answers read: contests, their rounds, and (once a round has ended) the bank's key. */
const CONTENT_TABLES = ['contests', 'contest_rounds', 'contest_questions'];

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoId(db, db.schema.createTable('contests'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('rules', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
    // JSON arrays: a handful each, read with the contest.
    .addColumn('document_ids', 'text', (col) => col.notNull())
    .addColumn('target_groups', 'text', (col) => col.notNull())
    .addColumn('prizes', 'text', (col) => col.notNull())
    .addColumn('results_published', 'integer', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('draft'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('contests_unit_idx').on('contests').column('unit_id').execute();

  await withAutoId(db, db.schema.createTable('contest_rounds'))
    .addColumn('contest_id', 'integer', (col) => col.notNull().references('contests.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('question_count', 'integer', (col) => col.notNull())
    .addColumn('time_limit_seconds', 'integer', (col) => col.notNull())
    .addColumn('max_attempts', 'integer', (col) => col.notNull())
    .addColumn('tie_break', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('contest_rounds_contest_idx')
    .on('contest_rounds')
    .column('contest_id')
    .execute();

  await withAutoId(db, db.schema.createTable('contest_questions'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('contest_id', 'integer', (col) => col.notNull().references('contests.id').onDelete('cascade'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('options', 'text', (col) => col.notNull())
    // The key: JSON array of option positions as entered. Never leaves the server before a round ends.
    .addColumn('correct', 'text', (col) => col.notNull())
    .addColumn('explanation', 'text', (col) => col.notNull())
    // No foreign key: a withdrawn document leaves the citation in the explanation's words.
    .addColumn('document_id', 'integer')
    .addColumn('difficulty', 'text', (col) => col.notNull())
    .addColumn('tags', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('contest_questions_contest_idx')
    .on('contest_questions')
    .column('contest_id')
    .execute();

  // One participant per phone number and per e-mail address in a contest.
  await withAutoId(db, db.schema.createTable('contest_participants'))
    .addColumn('contest_id', 'integer', (col) => col.notNull().references('contests.id').onDelete('cascade'))
    // SHA-256 of the secret the participant's browser holds: the table holds no usable token.
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    // Lower-cased e-mail: the same address typed differently is the same participant.
    .addColumn('email_key', 'text')
    .addColumn('birth_year', 'integer', (col) => col.notNull())
    .addColumn('commune', 'text', (col) => col.notNull())
    .addColumn('id_number', 'text')
    .addColumn('registered_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('contest_participants_phone', ['contest_id', 'phone'])
    .addUniqueConstraint('contest_participants_email', ['contest_id', 'email_key'])
    .execute();

  await db.schema
    .createTable('contest_consents')
    .addColumn('participant_id', 'integer', (col) =>
      col.notNull().references('contest_participants.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('granted', 'integer', (col) => col.notNull())
    .addColumn('text_version', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    // The exact words shown: proof of what was agreed to even after the texts change.
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('contest_consents_pk', ['participant_id', 'purpose'])
    .execute();

  await withAutoId(db, db.schema.createTable('contest_attempts'))
    .addColumn('key_hash', 'text', (col) => col.notNull().unique())
    .addColumn('participant_id', 'integer', (col) =>
      col.notNull().references('contest_participants.id').onDelete('cascade'),
    )
    .addColumn('round_id', 'integer', (col) =>
      col.notNull().references('contest_rounds.id').onDelete('cascade'),
    )
    // JSON [[question id, [option positions as shown]], …]: the server's draw and shuffles.
    .addColumn('draw', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('deadline', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('auto_closed', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('correct', 'integer')
    .addColumn('seconds', 'real')
    .addColumn('guess', 'integer')
    .addColumn('flagged', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('contest_attempts_round_idx')
    .on('contest_attempts')
    .columns(['round_id', 'participant_id'])
    .execute();

  await db.schema
    .createTable('contest_answers')
    .addColumn('attempt_id', 'integer', (col) =>
      col.notNull().references('contest_attempts.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'integer', (col) => col.notNull())
    // JSON array of option positions as entered (not as shown).
    .addColumn('choices', 'text', (col) => col.notNull())
    .addColumn('saved_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('contest_answers_pk', ['attempt_id', 'question_id'])
    .execute();

  for (const table of CONTENT_TABLES) await addContentTrigger(db, table);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CONTENT_TABLES) await dropContentTrigger(db, table);
  for (const table of [
    'contest_answers',
    'contest_attempts',
    'contest_consents',
    'contest_participants',
    'contest_questions',
    'contest_rounds',
    'contests',
  ])
    await db.schema.dropTable(table).execute();
}
