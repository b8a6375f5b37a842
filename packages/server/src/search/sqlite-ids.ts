import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import type { SearchTerm } from './query.ts';
import type { TermColumns } from './term-sets.ts';

/** A term quoted for FTS5 (words are letters and digits only, so nothing else reaches its syntax). */
export const ftsTerm = (term: SearchTerm) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`;

/** The ids of documents having any of the terms in the given columns, comma-joined (see term-sets.ts). */
export async function sqliteIds(db: Db, anyOf: SearchTerm[], columns: TermColumns): Promise<string> {
  const match = anyOf.map(ftsTerm).join(' OR ');
  const expression = columns === 'title' ? `{number title} : (${match})` : match;
  // One comma-joined string instead of a row per document: SQLite walks the matches in C, and
  // handing 100,000 rows to JavaScript one by one costs several times more than finding them.
  const { rows } = await sql<{ ids: string | null }>`
    select group_concat(rowid) as ids from documents_fts where documents_fts match ${expression}`.execute(db);
  return rows[0]?.ids ?? '';
}
