import { foldVi } from '@pbgdpl/vi-text';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { type Bitset, countBits, intersectAll, setBit } from './bitset.ts';
import { type Catalog, currentCatalog, positionOf } from './catalog.ts';
import { evaluate, type Matches } from './evaluate.ts';
import { LruCache } from './lru-cache.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import type { DocumentSearch, IndexedText, SearchRequest } from './search.ts';
import {
  BROAD_MATCHES,
  documentCountAtMost,
  exactWhereSingle,
  ftsTerm,
  termIndex,
  termSet,
} from './term-sets.ts';

/** bm25 with weights for the FTS columns in order: number, title, summary, body. */
const RANKING = 'bm25(20.0, 8.0, 2.0, 1.0)';

const ftsMatch = (terms: SearchTerm[]) => (terms.length > 0 ? terms.map(ftsTerm).join(' AND ') : null);

/** Numbers equal to the key or starting with it, as an index range. */
const numberRange = (key: string) => sql`number_key >= ${key} and number_key < ${`${key}\uffff`}`;

interface MatchRow {
  id: number;
  number_rank: number;
  score: number;
}

/**
 * Documents matching q. Ranked: the number match first, then the sum of the bm25 scores of
 * the words and, where the words also stand together, of the phrase. Unranked (sorting by
 * date) skips the scoring.
 */
function matchQuery(query: ParsedQuery, ranked: boolean) {
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
  if (query.numberKey !== null) {
    const key = query.numberKey;
    sources.push(
      sql`select id, case when number_key = ${key} then 0 else 1 end as number_rank, 0 as score
          from documents where ${numberRange(key)}`,
    );
  }
  const [only] = sources;
  // One source needs no grouping, and grouping 100,000 rows costs more than finding them.
  if (sources.length === 1 && only) return sql<MatchRow>`${only}`;
  return sql<MatchRow>`select id, min(number_rank) as number_rank, sum(score) as score
                       from (${sql.join(sources, sql` union all `)}) group by id`;
}

/** Id rows of a text query as positions of the catalog; ids unknown to it are left out. */
function toMatches(catalog: Catalog, rows: MatchRow[]): Matches {
  const known = rows.filter((row) => positionOf(catalog, row.id) !== -1);
  return {
    kind: 'scored',
    positions: Int32Array.from(known, (row) => positionOf(catalog, row.id)),
    numberRank: Uint8Array.from(known, (row) => row.number_rank),
    score: Float64Array.from(known, (row) => row.score),
  };
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
  const numberRank = new Map<number, number>();
  if (query.numberKey !== null) {
    const { rows } = await matchQuery(
      { terms: [], proximity: null, numberKey: query.numberKey },
      false,
    ).execute(db);
    for (const row of rows) {
      const p = positionOf(catalog, row.id);
      if (p === -1) continue;
      numberRank.set(p, row.number_rank);
      setBit(found, p);
    }
  }
  return { kind: 'tiered', found, titled, numberRank };
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
  const { rows } = await matchQuery(query, ranked).execute(db);
  return toMatches(catalog, rows);
}

/** Resolves once the word sets of the current data version are found (benchmarks wait for it). */
export async function searchWarmed(db: Db): Promise<void> {
  await termIndex(db, await currentCatalog(db)).warmed;
}

/** Recent text matches, keyed by data version and query (a stale version is never asked for again). */
const matchCaches = new WeakMap<Db, LruCache<Matches>>();
const MATCH_CACHE_SIZE = 256;

/** SQLite: FTS5 finds the text matches; the in-memory catalog filters, counts and orders them. */
export function sqliteDocumentSearch(db: Db): DocumentSearch {
  const matchCache = matchCaches.get(db) ?? new LruCache<Matches>(MATCH_CACHE_SIZE);
  matchCaches.set(db, matchCache);
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

    async search(request: SearchRequest) {
      const catalog = await currentCatalog(db);
      const query = request.query;
      if (!query) return evaluate(catalog, request, null);
      const ranked = request.sort === 'relevance';
      // Paging and changing filters repeat the same text query: its matches are kept per data version.
      const key = `${catalog.version}\n${ranked}\n${JSON.stringify(query)}`;
      let matches = matchCache.get(key);
      if (!matches) {
        matches = await findMatches(db, catalog, query, ranked);
        matchCache.set(key, matches);
      }
      return evaluate(catalog, request, matches);
    },

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
