import type { Kysely } from 'kysely';
import { addContentTrigger } from '../content-trigger.ts';
import { withAutoId } from '../dialect.ts';

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  // News, guidance, unit activities, announcements, plans and PBGDPL materials. Lists are small
  // JSON arrays (fields, audiences, attachments, related document numbers): read whole with the
  // row, filtered and counted in code with the search (repositories/article-list.ts).
  await withAutoId(db, db.schema.createTable('articles'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('audiences', 'text', (col) => col.notNull())
    .addColumn('author_name', 'text')
    .addColumn('published_at', 'text')
    .addColumn('pinned', 'integer', (col) => col.notNull())
    .addColumn('featured', 'integer', (col) => col.notNull())
    .addColumn('event', 'text')
    .addColumn('material_format', 'text')
    .addColumn('cover_url', 'text')
    .addColumn('cover_alt', 'text')
    .addColumn('attachments', 'text', (col) => col.notNull())
    .addColumn('related_documents', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('draft'))
    // Folded words (tokenizeVi) between spaces: of the title, and of title, summary and body text.
    .addColumn('search_title', 'text', (col) => col.notNull())
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('articles_public_idx')
    .on('articles')
    .columns(['state', 'category', 'published_at'])
    .execute();

  // Public answers are read from it: its writes move the content version (migration 0010).
  await addContentTrigger(db, 'articles');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('articles').execute();
}
