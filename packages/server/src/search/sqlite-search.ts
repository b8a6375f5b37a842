import { foldVi } from '@pbgdpl/vi-text';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { type Bitset, countBits, intersectAll } from './bitset.ts';
import { type Catalog, currentCatalog } from './catalog.ts';
import type { Matches } from './evaluate.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import type { DocumentSearch, IndexedText } from './search.ts';
import {
  BROAD_MATCHES,
  documentCountAtMost,
  exactWhereSingle,
  ftsTerm,
  termIndex,
  termSet,
} from './term-sets.ts';
import { catalogSearch, combinedMatches, numberMatches, tieredMatches, toMatches } from './text-matches.ts';

/** bm25 with weights for the FTS columns in order: number, title, summary, body. */
const RANKING = 'bm25(20.0, 8.0, 2.0, 1.0)';

const ftsMatch = (terms: SearchTerm[]) => (terms.length > 0 ? terms.map(ftsTerm).join(' AND ') : null);

/**
 * Documents matching q. Ranked: the number match first, then the sum of the bm25 scores of
 * the words and, where the words also stand together, of the phrase. Unranked (sorting by
 * date) skips the scoring.
 */
function matchQuery(db: Db, query: ParsedQuery, ranked: boolean) {
  const sources: RawBuilder<unknown>[] = [];
  const scored = (match: string) =>
    ranked
      ? // `rank`, not bm25(): the auxiliary function fails once SQLite flattens the subquery.
        sql`select rowid as id, 2 as number_rank, rank as score
            from documents_fts where documents_fts match ${match} and rank match ${RANKING}`
      : sql`select rowid as id, 2 as number_rank, 0 as score from documents_fts where documents_fts match ${match}`;
  const match = ftsMatch(query.terms);
  if (match !== null) sources.push(scored(match));
  if (match !== null && ranked && query.proximity) {
    sources.push(scored(ftsMatch([...query.terms, query.proximity]) ?? match));
  }
  if (query.numberKey !== null) sources.push(numberMatches(db, query.numberKey));
  return combinedMatches(sources);
}

/**
 * A broad query's matches: the intersection of its word sets, plus numbers equal to q or
 * starting with it. Ranked in tiers: number, then every term in the number or title, then newest.
 */
async function broadMatches(
  db: Db,
  index: ReturnType<typeof termIndex>,
  query: ParsedQuery,
  found: Bitset,
  ranked: boolean,
): Promise<Matches> {
  const { catalog } = index;
  const titled = ranked
    ? intersectAll(
        await Promise.all(query.terms.map((term) => termSet(db, index, term, 'title'))),
        catalog.size,
      )
    : null;
  return tieredMatches(db, catalog, query.numberKey, found, titled);
}

/**
 * Whether q may match more than BROAD_MATCHES documents: not when one of its words (or a
 * prefix's expansions) is in fewer documents, which the vocabulary tells without a query.
 */
function mayBeBroad(index: ReturnType<typeof termIndex>, terms: SearchTerm[]): boolean {
  return terms.every((term) => (documentCountAtMost(index, term) ?? Infinity) > BROAD_MATCHES);
}

/** Text matches of q: exact bm25 scores for a focused query, tiers for a broad one. */
async function findMatches(db: Db, catalog: Catalog, parsed: ParsedQuery, ranked: boolean): Promise<Matches> {
  const index = termIndex(db, catalog);
  const exact = (term: SearchTerm) => exactWhereSingle(index, term);
  const query = {
    ...parsed,
    terms: parsed.terms.map(exact),
    proximity: parsed.proximity && exact(parsed.proximity),
  };
  if (query.terms.length > 0 && mayBeBroad(index, query.terms)) {
    // The word sets of a broad query are mostly kept already; their intersection counts it exactly.
    const sets = await Promise.all(query.terms.map((term) => termSet(db, index, term, 'all')));
    const found = intersectAll(sets, catalog.size);
    if (countBits(found) > BROAD_MATCHES) return broadMatches(db, index, query, found, ranked);
  }
  const { rows } = await matchQuery(db, query, ranked).execute(db);
  return toMatches(catalog, rows);
}

/** Resolves once the word sets of the current data version are found (benchmarks wait for it). */
export async function searchWarmed(db: Db): Promise<void> {
  await termIndex(db, await currentCatalog(db)).warmed;
}

/** SQLite: FTS5 finds the text matches; the in-memory catalog filters, counts and orders them. */
export function sqliteDocumentSearch(db: Db): DocumentSearch {
  return {
    async index(id: number, text: IndexedText) {
      await db
        .insertInto('documents_fts')
        .values({
          rowid: id,
          number: foldVi(text.number),
          title: foldVi(text.title),
          summary: foldVi(text.summary ?? ''),
          body: foldVi(text.bodyText),
        })
        .execute();
    },

    async remove(id: number) {
      await db.deleteFrom('documents_fts').where('rowid', '=', id).execute();
    },

    search: catalogSearch(db, findMatches),

    async foldedText(ids: number[]) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('documents_fts')
        .select(['rowid', 'number', 'title', 'summary', 'body'])
        .where('rowid', 'in', ids)
        .execute();
      return new Map(rows.map(({ rowid, ...text }) => [rowid, text]));
    },
  };
}
