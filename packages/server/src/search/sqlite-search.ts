import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { type Bitset, countBits, intersectAll } from './bitset.ts';
import { type Catalog, currentCatalog } from './catalog.ts';
import type { Matches } from './evaluate.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import { type DocumentSearch, type FoldedText, foldIndexedText, type IndexedText } from './search.ts';
import {
  BROAD_MATCHES,
  documentCountAtMost,
  exactWhereSingle,
  ftsTerm,
  termIndex,
  termSet,
} from './term-sets.ts';
import {
  catalogSearch,
  combinedMatches,
  numberMatches,
  tieredMatches,
  toMatches,
  withNumbers,
} from './text-matches.ts';
import { countWords } from './vocabulary.ts';

/** bm25 with weights for the FTS columns in order: number, title, summary, body. */
const RANKING = 'bm25(20.0, 8.0, 2.0, 1.0)';

const ftsMatch = (terms: SearchTerm[]) => terms.map(ftsTerm).join(' AND ');

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
  return tieredMatches(catalog, await numberMatches(db, catalog, query), found, titled);
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
  const [text, numbers] = await Promise.all([
    query.terms.length > 0 ? matchQuery(query, ranked).execute(db) : { rows: [] },
    numberMatches(db, catalog, query),
  ]);
  return toMatches(catalog, withNumbers(text.rows, numbers));
}

/** Resolves once the word sets of the current data version are found (benchmarks wait for it). */
export async function searchWarmed(db: Db): Promise<void> {
  await termIndex(db, await currentCatalog(db)).warmed;
}

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
    async index(id: number, text: IndexedText) {
      const folded = foldIndexedText(text);
      await db
        .insertInto('documents_fts')
        .values({ rowid: id, ...folded })
        .execute();
      await countWords(db, folded, 1);
    },

    async remove(id: number) {
      const old = (await foldedText(db, [id])).get(id);
      if (!old) return;
      await db.deleteFrom('documents_fts').where('rowid', '=', id).execute();
      await countWords(db, old, -1);
    },

    search: catalogSearch(db, findMatches),

    foldedText: (ids) => foldedText(db, ids),
  };
}
