import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { findMatchesWith, type TextMatches } from './find-matches.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import { type DocumentSearch, type FoldedText, foldIndexedText } from './search.ts';
import { ftsTerm } from './sqlite-ids.ts';
import { catalogSearch, type MatchRow } from './text-matches.ts';
import { countWords } from './vocabulary.ts';

/** bm25 with weights for the FTS columns in order: number, title, summary, body. */
const RANKING = 'bm25(20.0, 8.0, 2.0, 1.0)';

const ftsMatch = (terms: SearchTerm[]) => terms.map(ftsTerm).join(' AND ');

/** The matches of several sources: a document's best number rank and the sum of its scores. */
export function combinedMatches(sources: RawBuilder<unknown>[]): RawBuilder<MatchRow> {
  const [only] = sources;
  // One source needs no grouping, and grouping 100,000 rows costs more than finding them.
  if (sources.length === 1 && only) return sql<MatchRow>`${only}`;
  return sql<MatchRow>`select id, min(number_rank) as number_rank, sum(score) as score
                       from (${sql.join(sources, sql` union all `)}) as matches group by id`;
}

/**
 * Documents whose text matches q's terms (at least one). Ranked: the sum of the bm25 scores of
 * the words and, where the words also stand together, of the phrase. Unranked (sorting by
 * date) skips the scoring.
 */
function matchQuery(query: ParsedQuery, ranked: boolean) {
  const scored = (terms: SearchTerm[]) =>
    ranked
      ? // `rank`, not bm25(): the auxiliary function fails once SQLite flattens the subquery.
        sql`select rowid as id, 2 as number_rank, rank as score
            from documents_fts where documents_fts match ${ftsMatch(terms)} and rank match ${RANKING}`
      : sql`select rowid as id, 2 as number_rank, 0 as score from documents_fts where documents_fts match ${ftsMatch(terms)}`;
  const sources = [scored(query.terms)];
  if (ranked && query.proximity) sources.push(scored([...query.terms, query.proximity]));
  return combinedMatches(sources);
}

/** Focused text matches: FTS5's bm25 when ranked. */
const sqliteTextMatches: TextMatches = async (db, query, ranked) =>
  (await matchQuery(query, ranked).execute(db)).rows;

/** Folded text of these documents, as the index holds it. */
async function foldedText(db: Db, ids: number[]): Promise<Map<number, FoldedText>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents_fts')
    .select(['rowid', 'number', 'title', 'summary', 'body'])
    .where('rowid', 'in', ids)
    .execute();
  return new Map(rows.map(({ rowid, ...text }) => [rowid, text]));
}

/** SQLite: FTS5 finds the text matches; the in-memory catalog filters, counts and orders them. */
export function sqliteDocumentSearch(db: Db): DocumentSearch {
  return {
    async index(documents) {
      if (documents.length === 0) return;
      const folded = documents.map(({ id, text }) => ({ id, text: foldIndexedText(text) }));
      await db
        .insertInto('documents_fts')
        .values(folded.map(({ id, text }) => ({ rowid: id, ...text })))
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
      await db.deleteFrom('documents_fts').where('rowid', '=', id).execute();
      await countWords(db, [old], -1);
    },

    search: catalogSearch(db, findMatchesWith(sqliteTextMatches)),

    foldedText: (ids) => foldedText(db, ids),
  };
}
