import type { Question } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { toDbBool } from '../db/values.ts';
import { questionsRepository } from '../repositories/questions.ts';

/** What the public list shows: answered and published. */
const published = (db: Db) =>
  db.selectFrom('questions').where('published', '=', toDbBool(true)).where('status', '=', 'answered');

/**
 * Every published question as NDJSON lines, in id order, each exactly as `GET /questions/{id}`
 * answers it: no contact details, the asker's name only with their consent.
 */
export async function* exportQuestions(db: Db): AsyncGenerator<string> {
  const questions = questionsRepository(db);
  for (const { id } of await published(db).select('id').orderBy('id').execute()) {
    const question = await questions.getPublished(id);
    if (question) yield `${JSON.stringify(question)}\n`;
  }
}

/** The newest published questions (by publication) with when each last changed, for the feed. */
export async function newestQuestions(
  db: Db,
  limit: number,
): Promise<Array<{ question: Question; updatedAt: string }>> {
  const questions = questionsRepository(db);
  const rows = await published(db)
    .select(['id', 'updated_at'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const found = await Promise.all(
    rows.map(async (row) => ({ row, question: await questions.getPublished(row.id) })),
  );
  return found.flatMap(({ row, question }) => (question ? [{ question, updatedAt: row.updated_at }] : []));
}
