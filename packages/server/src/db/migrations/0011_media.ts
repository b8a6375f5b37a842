import type { Kysely } from 'kysely';
import { isPostgres, withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per file of the library; `key` names its bytes in storage and in its /media/ address.
  await withAutoId(db, db.schema.createTable('media'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('alt', 'text')
    .addColumn('caption', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    // Videos may pass 2 GB.
    .addColumn('size', 'bigint', (col) => col.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('duration_seconds', 'double precision')
    .addColumn('pages', 'integer')
    .addColumn('unit_id', 'text', (col) => col.references('units.id'))
    .addColumn('uploaded_by', 'text', (col) => col.notNull())
    // Folded words of the name and title, between spaces: what search matches.
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // The same bytes uploaded twice are two entries of the library sharing one stored file.
  await db.schema.createIndex('media_key_idx').on('media').column('key').execute();
  for (const column of ['kind', 'unit_id', 'uploaded_by'])
    await db.schema.createIndex(`media_${column}_idx`).on('media').columns([column, 'id']).execute();

  // The smaller WebP copies of a raster image, each stored under its own key.
  await db.schema
    .createTable('media_variants')
    .addColumn('media_id', 'integer', (col) => col.notNull().references('media.id').onDelete('cascade'))
    .addColumn('width', 'integer', (col) => col.notNull())
    .addColumn('height', 'integer', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('size', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('media_variants_pk', ['media_id', 'width'])
    .execute();
  await db.schema.createIndex('media_variants_key_idx').on('media_variants').column('key').execute();

  // Bytes of stored files when the storage is the database (PostgreSQL): fixed-size chunks in order.
  await db.schema
    .createTable('media_chunks')
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('data', isPostgres(db) ? 'bytea' : 'blob', (col) => col.notNull())
    .addPrimaryKeyConstraint('media_chunks_pk', ['key', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('media_chunks').execute();
  await db.schema.dropTable('media_variants').execute();
  await db.schema.dropTable('media').execute();
}
