import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { findMatchesWith, type TextMatches } from './find-matches.ts';
import { withIndexes } from './postgres-ids.ts';
import { pairsFilter, tsqueryAll, tsvectorInput } from './postgres-words.ts';
import { type DocumentSearch, type FoldedText, foldIndexedText } from './search.ts';
import { catalogSearch, type MatchRow } from './text-matches.ts';
import { countWords } from './vocabulary.ts';

/**
 * ts_rank_cd's weight of each column, by tsvector weight {D, C, B, A}: body 1, summary 2, title
 * 8, number 20, the proportions of SQLite's bm25 weights.
 */
const WEIGHTS = '{0.05, 0.1, 0.4, 1.0}';
/** Rank divided by 1 + the logarithm of the document's length: a long body does not win by length alone. */
const NORMALIZATION = 1;

/**
 * Focused text matches (a rare word among the terms: a few thousand documents at most), ranked
 * by PostgreSQL's cover density: the weighted occurrences of the terms, higher where they stand
 * together, as SQLite adds the score of the words as a phrase.
 */
const postgresTextMatches: TextMatches = (db, query, ranked) =>
  withIndexes(db, async (trx) => {
    const tsquery = tsqueryAll(query.terms);
    const score = ranked
      ? sql`-ts_rank_cd(${WEIGHTS}::float4[], words, ${tsquery}::tsquery, ${NORMALIZATION})`
      : sql`0`;
    const pairs = pairsFilter(query.terms);
    const paired = pairs === null ? sql`` : sql`and pairs @@ ${pairs}::tsquery`;
    const { rows } = await sql<MatchRow>`
      select id, 2 as number_rank, ${score} as score
      from documents_search where words @@ ${tsquery}::tsquery ${paired}`.execute(trx);
    return rows;
  });

/** Folded text of these documents, as the index holds it. */
async function foldedText(db: Db, ids: number[]): Promise<Map<number, FoldedText>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents_search_text')
    .select(['id', 'number', 'title', 'summary', 'body'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map(({ id, ...text }) => [id, text]));
}

/**
 * PostgreSQL: GIN indexes over the folded words, the number's and title's words, and the pairs
 * of neighbouring words find the text matches; the in-memory catalog filters, counts and orders
 * them, as for SQLite. The folded text, for highlighting, lives apart, so the table the indexes
 * point into stays small.
 */
export function postgresDocumentSearch(db: Db): DocumentSearch {
  return {
    async index(documents) {
      if (documents.length === 0) return;
      const folded = documents.map(({ id, text }) => ({ id, text: foldIndexedText(text) }));
      await db
        .insertInto('documents_search')
        .values(
          folded.map(({ id, text }) => {
            const vectors = tsvectorInput([text.number, text.title, text.summary, text.body]);
            return {
              id,
              words: sql<string>`${vectors.words}::tsvector`,
              title_words: sql<string>`${vectors.titleWords}::tsvector`,
              pairs: sql<string>`${vectors.pairs}::tsvector`,
            };
          }),
        )
        .execute();
      await db
        .insertInto('documents_search_text')
        .values(folded.map(({ id, text }) => ({ id, ...text })))
        .execute();
      await countWords(
        db,
        folded.map(({ text }) => text),
        1,
      );
    },

    async remove(id: number) {
      const old = (await foldedText(db, [id])).get(id);
      if (!old) return;
      await db.deleteFrom('documents_search').where('id', '=', id).execute();
      await db.deleteFrom('documents_search_text').where('id', '=', id).execute();
      await countWords(db, [old], -1);
    },

    search: catalogSearch(db, findMatchesWith(postgresTextMatches)),

    foldedText: (ids) => foldedText(db, ids),
  };
}
