import { type Kysely } from 'kysely';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoId(db, db.schema.createTable('videos'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.references('units.id'))
    .addColumn('published_at', 'text', (col) => col.notNull())
    .addColumn('duration_seconds', 'integer', (col) => col.notNull())
    .addColumn('poster_url', 'text', (col) => col.notNull())
    .addColumn('poster_width', 'integer', (col) => col.notNull())
    .addColumn('poster_height', 'integer', (col) => col.notNull())
    // Sources and captions are JSON: read and written whole with their video, never filtered on.
    .addColumn('sources', 'text', (col) => col.notNull())
    .addColumn('youtube_id', 'text')
    .addColumn('captions', 'text', (col) => col.notNull())
    .addColumn('transcript', 'text')
    // The folded words of title, description and transcript, between spaces: what search matches.
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('published', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // The public list: newest first, filtered by category or unit, published only.
  for (const column of ['published_at', 'category', 'unit_id']) {
    await db.schema
      .createIndex(`videos_published_${column}_idx`)
      .on('videos')
      .columns(['published', column])
      .execute();
  }
  await db.schema
    .createTable('video_fields')
    .addColumn('video_id', 'integer', (col) => col.notNull().references('videos.id').onDelete('cascade'))
    .addColumn('field', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('video_fields_pk', ['video_id', 'field'])
    .execute();
  await db.schema
    .createIndex('video_fields_field_idx')
    .on('video_fields')
    .columns(['field', 'video_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('video_fields').execute();
  await db.schema.dropTable('videos').execute();
}
