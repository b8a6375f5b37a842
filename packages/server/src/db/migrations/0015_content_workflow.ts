import { type Kysely, sql } from 'kysely';

/** The kinds that join the review workflow (activities did in 0014). */
const TABLES = ['documents', 'videos', 'banners'] as const;

// Migrations see the schema as it was then, not as the code types it now.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('state', 'text', (col) => col.notNull().defaultTo('published'))
      .execute();
    // "Việc của tôi" and the review queue look items up by state.
    await db.schema.createIndex(`${table}_state_idx`).on(table).column('state').execute();
  }
  // Items entered before the workflow were entered by editors: what was public is published,
  // what an editor held back stays out of sight as a draft. The `published` flag of documents
  // and videos now follows the state (what every public read filters on).
  for (const table of ['documents', 'videos'] as const)
    await sql`update ${sql.table(table)} set state = 'draft' where published = 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.dropIndex(`${table}_state_idx`).execute();
    await db.schema.alterTable(table).dropColumn('state').execute();
  }
}
