import { type RawBuilder, sql } from 'kysely';
import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { type Bitset, setBit } from './bitset.ts';
import { type Catalog, currentCatalog, positionOf } from './catalog.ts';
import { evaluate, type Matches } from './evaluate.ts';
import { LruCache } from './lru-cache.ts';
import { numberIndex, numbersWithParts } from './number-index.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchRequest, SearchResult } from './search.ts';

/** One matching document: number rank (0 equal, 1 prefix, 2 text) and score, lower first. */
export interface MatchRow {
  id: number;
  number_rank: number;
  score: number;
}

/** Above this many numbers having the typed parts, the parts are words more than a number. */
const MAX_NUMBER_MATCHES = 1_000;

/**
 * Documents whose number equals the key or starts with it, as an index range. PostgreSQL
 * compares in code point order here, as SQLite does, whatever the database's collation.
 */
function keyRange(db: Db, key: string): RawBuilder<MatchRow> {
  const column = isPostgres(db) ? sql`number_key collate "C"` : sql`number_key`;
  return sql<MatchRow>`select id, case when number_key = ${key} then 0 else 1 end as number_rank, 0 as score
                       from documents where ${column} >= ${key} and ${column} < ${`${key}\uffff`}`;
}

/**
 * Documents found by their number: equal to q or starting with it (`45/2019`); else, when q was
 * not typed in the number's order, having every part of q (`HD-STP 19`). Rank 0 for the whole
 * number, 1 for part of it.
 */
export async function numberMatches(db: Db, catalog: Catalog, query: ParsedQuery): Promise<MatchRow[]> {
  if (query.numberKey !== null) {
    const { rows } = await keyRange(db, query.numberKey).execute(db);
    if (rows.length > 0 || query.numberParts === null) return rows;
  }
  if (query.numberParts === null) return [];
  const found = numbersWithParts(await numberIndex(db, catalog), query.numberParts, MAX_NUMBER_MATCHES) ?? [];
  return found.map(({ position, whole }) => ({
    id: catalog.ids[position] ?? 0,
    number_rank: whole ? 0 : 1,
    score: 0,
  }));
}

/** Text matches with the number matches: a document's best number rank, its text score. */
export function withNumbers(text: MatchRow[], numbers: MatchRow[]): MatchRow[] {
  if (numbers.length === 0) return text;
  const byId = new Map(text.map((row) => [row.id, { ...row }]));
  for (const row of numbers) {
    const match = byId.get(row.id);
    if (match) match.number_rank = Math.min(match.number_rank, row.number_rank);
    else byId.set(row.id, row);
  }
  return [...byId.values()];
}

/** Id rows of a text query as positions of the catalog; ids unknown to it are left out. */
export function toMatches(catalog: Catalog, rows: MatchRow[]): Matches {
  const known = rows.filter((row) => positionOf(catalog, row.id) !== -1);
  return {
    kind: 'scored',
    positions: Int32Array.from(known, (row) => positionOf(catalog, row.id)),
    numberRank: Uint8Array.from(known, (row) => row.number_rank),
    score: Float64Array.from(known, (row) => row.score),
  };
}

/**
 * A broad query's matches in tiers (see evaluate.ts): the documents found by its words, plus
 * its number matches, and those with every term in the number or title.
 */
export function tieredMatches(
  catalog: Catalog,
  numbers: MatchRow[],
  found: Bitset,
  titled: Bitset | null,
): Matches {
  const numberRank = new Map<number, number>();
  for (const row of numbers) {
    const p = positionOf(catalog, row.id);
    if (p === -1) continue;
    numberRank.set(p, row.number_rank);
    setBit(found, p);
  }
  return { kind: 'tiered', found, titled, numberRank };
}

/** Recent text matches, keyed by data version and query (a stale version is never asked for again). */
const matchCaches = new WeakMap<Db, LruCache<Matches>>();
const MATCH_CACHE_SIZE = 256;

/** Finds the text matches of a query for one catalog version (a dialect's full-text index). */
export type FindMatches = (db: Db, catalog: Catalog, query: ParsedQuery, ranked: boolean) => Promise<Matches>;

/**
 * A DocumentSearch's `search`: the dialect finds the text matches, the in-memory catalog
 * filters, counts and orders them. Paging and changing filters repeat the same text query, so
 * its matches are kept per data version, ranking and query.
 */
export function catalogSearch(db: Db, find: FindMatches) {
  return async (request: SearchRequest): Promise<SearchResult> => {
    const catalog = await currentCatalog(db);
    const query = request.query;
    if (!query) return evaluate(catalog, request, null);
    const ranked = request.sort === 'relevance';
    let cache = matchCaches.get(db);
    if (!cache) {
      cache = new LruCache<Matches>(MATCH_CACHE_SIZE);
      matchCaches.set(db, cache);
    }
    const key = `${catalog.version}\n${ranked}\n${JSON.stringify(query)}`;
    let matches = cache.get(key);
    if (!matches) {
      matches = await find(db, catalog, query, ranked);
      cache.set(key, matches);
    }
    return evaluate(catalog, request, matches);
  };
}
