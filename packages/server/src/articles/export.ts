import type { Db } from '../db/schema.ts';
import { toInput } from '../repositories/article-rows.ts';

/** Every published article as NDJSON lines the import reads back, in id order. */
export async function* exportArticles(db: Db): AsyncGenerator<string> {
  const ids = await db
    .selectFrom('articles')
    .select('id')
    .where('state', '=', 'published')
    .orderBy('id')
    .execute();
  for (const { id } of ids) {
    const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (row) yield `${JSON.stringify(toInput(row))}\n`;
  }
}
