import { foldVi } from '@pbgdpl/vi-text';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { type Bitset, emptyBitset, setBit } from './bitset.ts';
import { type Catalog, positionOf } from './catalog.ts';
import type { Matches } from './evaluate.ts';
import { bm25, inverseFrequency, type QueryWords, termFrequency, wordsByPosition } from './postgres-bm25.ts';
import { tsqueryAll, tsqueryTerm, tsvectorInput } from './postgres-words.ts';
import { LruCache } from '../lru-cache.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import type { DocumentSearch, IndexedText } from './search.ts';
import { BROAD_MATCHES } from './term-sets.ts';
import {
  catalogSearch,
  combinedMatches,
  type MatchRow,
  numberMatches,
  tieredMatches,
  toMatches,
} from './text-matches.ts';

/** bm25's average document length in words, per catalog version (FTS5: total tokens / rows). */
const averageLengths = new WeakMap<Catalog, Promise<number>>();
function averageLength(db: Db, catalog: Catalog): Promise<number> {
  let average = averageLengths.get(catalog);
  if (!average) {
    average = sql<{ average: number | null }>`select avg(length)::float8 as average from documents_search`
      .execute(db)
      .then(({ rows }) => rows[0]?.average ?? 0);
    averageLengths.set(catalog, average);
    average.catch(() => averageLengths.delete(catalog));
  }
  return average;
}

/** Document counts of terms per catalog version: common words recur in many queries. */
const documentCounts = new WeakMap<Catalog, LruCache<Promise<number>>>();
const COUNTS_KEPT = 1_024;

/** How many documents contain a term (bm25's idf): FTS5 keeps this in its index, PostgreSQL counts. */
function documentCount(db: Db, catalog: Catalog, tsquery: string): Promise<number> {
  const counts = documentCounts.get(catalog) ?? new LruCache<Promise<number>>(COUNTS_KEPT);
  documentCounts.set(catalog, counts);
  let count = counts.get(tsquery);
  if (!count) {
    count = sql<{ n: number }>`select count(*) as n from documents_search where words @@ ${tsquery}::tsquery`
      .execute(db)
      .then(({ rows }) => rows[0]?.n ?? 0);
    counts.set(tsquery, count);
    count.catch(() => counts.delete(tsquery));
  }
  return count;
}

/** The words of the query's terms, exact and as prefixes: the only lexemes scoring reads. */
function lexemeFilter(terms: SearchTerm[]) {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const term of terms) {
    term.words.forEach((word, i) =>
      (term.prefix && i === term.words.length - 1 ? prefixes : exact).add(word),
    );
  }
  const startsWith = [...prefixes].map((prefix) => sql` or starts_with(u.lexeme, ${prefix})`);
  return sql`(u.lexeme = any(${[...exact]}::text[])${sql.join(startsWith, sql``)})`;
}

interface ScoredRow {
  id: number;
  together: boolean;
  length: number;
  words: QueryWords | null;
}

/**
 * Focused text matches scored by FTS5's bm25 with SQLite's column weights, as SQLite ranks
 * them: the words' score, plus, where the words also stand together, the score of the words
 * with the phrase. PostgreSQL finds the documents and hands over each one's length and the
 * positions of the query's words; the scores are computed here, in FTS5's arithmetic, so the
 * same words at the same positions give the same order on both dialects.
 */
async function rankedMatches(db: Db, catalog: Catalog, query: ParsedQuery): Promise<MatchRow[]> {
  const { terms, proximity } = query;
  const phrases = proximity ? [...terms, proximity] : terms;
  const together = proximity ? sql`s.words @@ ${tsqueryAll(phrases)}::tsquery` : sql`false`;
  const [average, counts, { rows }, numbers] = await Promise.all([
    averageLength(db, catalog),
    Promise.all(phrases.map((phrase) => documentCount(db, catalog, tsqueryTerm(phrase)))),
    sql<ScoredRow>`
      select s.id, ${together} as together, s.length, w.words
      from documents_search as s, lateral (
        select json_agg(json_build_array(u.lexeme, u.positions, u.weights)) filter (where ${lexemeFilter(phrases)}) as words
        from unnest(s.words) as u
      ) as w
      where s.words @@ ${tsqueryAll(terms)}::tsquery`.execute(db),
    query.numberKey === null ? { rows: [] } : numberMatches(db, query.numberKey).execute(db),
  ]);
  const idf = counts.map((count) => inverseFrequency(catalog.size, count));
  const matches = new Map<number, MatchRow>();
  for (const row of rows) {
    const words = row.words ?? [];
    const at = wordsByPosition(words);
    const frequencies = phrases.map((phrase) => termFrequency(phrase, words, at));
    let score = bm25(frequencies.slice(0, terms.length), idf, row.length, average);
    if (row.together) score += bm25(frequencies, idf, row.length, average);
    matches.set(row.id, { id: row.id, number_rank: 2, score });
  }
  for (const row of numbers.rows) {
    const match = matches.get(row.id);
    if (match) match.number_rank = Math.min(match.number_rank, row.number_rank);
    else matches.set(row.id, row);
  }
  return [...matches.values()];
}

/** Documents matching q, unranked (sorting by date): text or number, as in SQLite. */
function unrankedMatches(db: Db, query: ParsedQuery) {
  const sources: RawBuilder<unknown>[] = [];
  if (query.terms.length > 0) {
    sources.push(sql`select id, 2 as number_rank, 0 as score
                     from documents_search where words @@ ${tsqueryAll(query.terms)}::tsquery`);
  }
  if (query.numberKey !== null) sources.push(numberMatches(db, query.numberKey));
  return combinedMatches(sources);
}

/** The documents matching a tsquery, as a set of catalog positions. */
async function matchingSet(db: Db, catalog: Catalog, tsquery: string): Promise<Bitset> {
  const { rows } = await sql<{
    id: number;
  }>`select id from documents_search where words @@ ${tsquery}::tsquery`.execute(db);
  const set = emptyBitset(catalog.size);
  for (const { id } of rows) {
    const p = positionOf(catalog, id);
    // A document written after the catalog was read waits for the next version.
    if (p !== -1) setBit(set, p);
  }
  return set;
}

/** Whether more than BROAD_MATCHES documents match every term (counting no further). */
async function isBroad(db: Db, terms: SearchTerm[]): Promise<boolean> {
  const { rows } = await sql<{ found: number }>`select count(*) as found from (
      select 1 from documents_search where words @@ ${tsqueryAll(terms)}::tsquery limit ${BROAD_MATCHES + 1}
    ) as first`.execute(db);
  return (rows[0]?.found ?? 0) > BROAD_MATCHES;
}

/**
 * Text matches of q: bm25 scores for a focused query; for a broad one, as in SQLite, tiers
 * (number, every term in the number or title, the rest, each newest first) instead of scoring
 * nearly every document.
 */
async function findMatches(db: Db, catalog: Catalog, query: ParsedQuery, ranked: boolean): Promise<Matches> {
  if (ranked && query.terms.length > 0 && (await isBroad(db, query.terms))) {
    const [found, titled] = await Promise.all([
      matchingSet(db, catalog, tsqueryAll(query.terms)),
      matchingSet(db, catalog, tsqueryAll(query.terms, 'title')),
    ]);
    return tieredMatches(db, catalog, query.numberKey, found, titled);
  }
  if (ranked && query.terms.length > 0) return toMatches(catalog, await rankedMatches(db, catalog, query));
  const { rows } = await unrankedMatches(db, query).execute(db);
  return toMatches(catalog, rows);
}

/**
 * PostgreSQL: a GIN index over the weighted tsvector finds the text matches; the in-memory
 * catalog filters, counts and orders them, as for SQLite.
 */
export function postgresDocumentSearch(db: Db): DocumentSearch {
  return {
    async index(id: number, text: IndexedText) {
      const folded = {
        number: foldVi(text.number),
        title: foldVi(text.title),
        summary: foldVi(text.summary ?? ''),
        body: foldVi(text.bodyText),
      };
      const words = tsvectorInput([folded.number, folded.title, folded.summary, folded.body]);
      await db
        .insertInto('documents_search')
        .values({ id, ...folded, words: sql<string>`${words.input}::tsvector`, length: words.length })
        .execute();
    },

    async remove(id: number) {
      await db.deleteFrom('documents_search').where('id', '=', id).execute();
    },

    search: catalogSearch(db, findMatches),

    async foldedText(ids: number[]) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('documents_search')
        .select(['id', 'number', 'title', 'summary', 'body'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map(({ id, ...text }) => [id, text]));
    },
  };
}
