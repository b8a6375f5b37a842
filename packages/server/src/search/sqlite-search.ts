import { foldVi } from '@pbgdpl/vi-text';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { type Catalog, currentCatalog } from './catalog.ts';
import { evaluate, type Matches } from './evaluate.ts';
import { LruCache } from './lru-cache.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import type { DocumentSearch, IndexedText, SearchRequest } from './search.ts';
import { intersect, termSet } from './term-sets.ts';

/** bm25 with weights for the FTS columns in order: number, title, summary, body. */
const RANKING = 'bm25(20.0, 8.0, 2.0, 1.0)';

/** A term quoted for FTS5 (words are letters and digits only, so nothing else reaches its syntax). */
const ftsTerm = (term: SearchTerm) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`;
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

/**
 * Above this many matches, bm25 would score nearly the whole corpus (hundreds of ms at 100,000
 * documents): the matches come from cached per-term sets instead and rank in tiers, number,
 * then all words in the number or title, then newest.
 */
const BROAD_MATCHES = 2_000;

/** Id rows of a text query as positions of the catalog; ids unknown to it are left out. */
function toMatches(catalog: Catalog, rows: MatchRow[]): Matches {
  const known = rows.filter((row) => catalog.positionOf.has(row.id));
  return {
    positions: Int32Array.from(known, (row) => catalog.positionOf.get(row.id) ?? 0),
    numberRank: Uint8Array.from(known, (row) => row.number_rank),
    score: Float64Array.from(known, (row) => row.score),
  };
}

async function broadMatches(db: Db, catalog: Catalog, query: ParsedQuery, ranked: boolean): Promise<Matches> {
  const terms = query.terms.map(ftsTerm);
  const sets = (columns: 'all' | 'title') =>
    Promise.all(terms.map((term) => termSet(db, catalog, term, columns)));
  const found = intersect(await sets('all'), catalog.size);
  const titled = ranked ? intersect(await sets('title'), catalog.size) : null;
  const numberRank = new Map<number, number>();
  if (query.numberKey !== null) {
    const { rows } = await matchQuery(
      { terms: [], proximity: null, numberKey: query.numberKey },
      false,
    ).execute(db);
    for (const row of rows) {
      const p = catalog.positionOf.get(row.id);
      if (p !== undefined) numberRank.set(p, row.number_rank);
    }
  }
  const positions: number[] = [];
  for (let p = 0; p < catalog.size; p++) if (found[p] || numberRank.has(p)) positions.push(p);
  return {
    positions: Int32Array.from(positions),
    numberRank: Uint8Array.from(positions, (p) => numberRank.get(p) ?? 2),
    score: Float64Array.from(positions, (p) => (titled?.[p] ? -1 : 0)),
  };
}

/** Text matches of q: exact bm25 scores for a focused query, tiers for a broad one. */
async function findMatches(db: Db, catalog: Catalog, query: ParsedQuery, ranked: boolean): Promise<Matches> {
  const match = ftsMatch(query.terms);
  if (match !== null) {
    // Counting stops at the threshold, so a broad query costs little to recognise.
    const { rows } = await sql<{ id: number }>`
      select rowid as id from documents_fts where documents_fts match ${match} limit ${BROAD_MATCHES + 1}`.execute(
      db,
    );
    if (rows.length > BROAD_MATCHES) return broadMatches(db, catalog, query, ranked);
  }
  const { rows } = await matchQuery(query, ranked).execute(db);
  return toMatches(catalog, rows);
}

/** Recent text matches, keyed by data version and query (a stale version is never asked for again). */
const matchCaches = new WeakMap<Db, LruCache<Matches>>();
const MATCH_CACHE_SIZE = 64;

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
        .select(['rowid', 'summary', 'body'])
        .where('rowid', 'in', ids)
        .execute();
      return new Map(rows.map((row) => [row.rowid, { summary: row.summary, body: row.body }]));
    },
  };
}
