import { foldVi } from '@pbgdpl/vi-text';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { currentCatalog } from './catalog.ts';
import { evaluate, type Matches } from './evaluate.ts';
import { LruCache } from './lru-cache.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import type { DocumentSearch, IndexedText, SearchRequest } from './search.ts';

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
        const { rows } = await matchQuery(query, ranked).execute(db);
        matches = {
          ids: Int32Array.from(rows, (row) => row.id),
          numberRank: Uint8Array.from(rows, (row) => row.number_rank),
          score: Float64Array.from(rows, (row) => row.score),
        };
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
