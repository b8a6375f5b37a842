import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { type Bitset, emptyBitset, setBit, unionAll } from './bitset.ts';
import { type Catalog, positionOf } from './catalog.ts';
import { LruCache } from './lru-cache.ts';
import { postgresIds } from './postgres-ids.ts';
import type { SearchTerm } from './query.ts';
import { sqliteIds } from './sqlite-ids.ts';
import { vocabulary, wordsStartingWith } from './vocabulary.ts';

/** Where a term must occur: anywhere, or in the number or title (the top relevance tier). */
export type TermColumns = 'all' | 'title';

/**
 * Above this many matches a query is broad: bm25 would score nearly the whole corpus, so its
 * matches come from sets of positions instead. A word in more documents than this is frequent.
 */
export const BROAD_MATCHES = 2_000;

/** A prefix standing for more indexed words than this is left to the index whole. */
const MAX_EXPANSIONS = 64;
/** Sets of rare words, prefixes and phrases kept per version: 256 × 12.5 KB at 100,000 documents. */
const RECENT_SETS = 256;

/**
 * The word sets of one catalog version, for either dialect. Words common to most documents
 * ("quyết định", "tỉnh") make an index list nearly every row on each search; a broad search
 * instead intersects these sets. After the catalog loads, the sets of every frequent word (about
 * 300 at 100,000 documents, 7 MB) are found in the background, one word per turn of the event
 * loop; until then, and for rarer words, prefixes and phrases, a set is found when a search
 * first needs it (sqlite-ids.ts, postgres-ids.ts).
 */
interface TermIndex {
  catalog: Catalog;
  /** Every indexed word, sorted, and the number of documents containing it; null until read. */
  words: string[] | null;
  counts: Map<string, number> | null;
  frequent: Map<string, Bitset>;
  recent: LruCache<Bitset>;
  warmed: Promise<void>;
}

const indexes = new WeakMap<Catalog, TermIndex>();
/** The newest catalog seen per database: warming an older one stops. */
const newest = new WeakMap<Db, Catalog>();

/** The word sets of this catalog version; the first search of a version starts warming them. */
export function termIndex(db: Db, catalog: Catalog): TermIndex {
  const existing = indexes.get(catalog);
  if (existing) return existing;
  const index: TermIndex = {
    catalog,
    words: null,
    counts: null,
    frequent: new Map(),
    recent: new LruCache(RECENT_SETS),
    warmed: Promise.resolve(),
  };
  indexes.set(catalog, index);
  if ((newest.get(db)?.version ?? -1) <= catalog.version) newest.set(db, catalog);
  // Warming only saves later searches work: if it fails, they find their sets themselves.
  index.warmed = warm(db, index).catch(() => undefined);
  return index;
}

/**
 * At most how many documents match a term, from the vocabulary's counts (null until it is read):
 * a phrase needs every word, and a prefix one of the words it stands for.
 */
export function documentCountAtMost(index: TermIndex, term: SearchTerm): number | null {
  const { counts } = index;
  if (!counts) return null;
  const last = term.words.length - 1;
  const wordCount = (word: string, i: number) =>
    term.prefix && i === last
      ? wordsStartingWith(index.words ?? [], word).reduce((sum, w) => sum + (counts.get(w) ?? 0), 0)
      : (counts.get(word) ?? 0);
  return Math.min(...term.words.map(wordCount));
}

/**
 * The term without its prefix star when the prefix stands for a single indexed word: the index
 * then reads one word's list instead of scanning a range of it (FTS5 several times for bm25),
 * and the matches, positions and scores are the same.
 */
export function exactWhereSingle(index: TermIndex, term: SearchTerm): SearchTerm {
  const last = term.words.at(-1);
  if (!term.prefix || !index.words || last === undefined) return term;
  const [only, ...more] = wordsStartingWith(index.words ?? [], last);
  return only !== undefined && more.length === 0
    ? { words: [...term.words.slice(0, -1), only], prefix: false }
    : term;
}

/** The documents containing a term in the given columns, as catalog positions. */
export async function termSet(
  db: Db,
  index: TermIndex,
  term: SearchTerm,
  columns: TermColumns,
): Promise<Bitset> {
  const key = `${columns}\n${term.words.join(' ')}${term.prefix ? '*' : ''}`;
  const known = index.frequent.get(key) ?? index.recent.get(key);
  if (known) return known;
  const set = await findSet(db, index, term, columns);
  const [word, ...more] = term.words;
  const frequent = !term.prefix && more.length === 0 && (index.counts?.get(word ?? '') ?? 0) > BROAD_MATCHES;
  if (frequent) index.frequent.set(key, set);
  else index.recent.set(key, set);
  return set;
}

async function findSet(db: Db, index: TermIndex, term: SearchTerm, columns: TermColumns): Promise<Bitset> {
  const { catalog, counts } = index;
  const [word, ...more] = term.words;
  if (!counts || word === undefined || more.length > 0) return idSet(db, catalog, [term], columns);
  if (!term.prefix) {
    return counts.has(word) ? idSet(db, catalog, [term], columns) : emptyBitset(catalog.size);
  }
  // A prefix is the union of the words it expands to: the frequent ones are kept already.
  const all = wordsStartingWith(index.words ?? [], word);
  if (all.length > MAX_EXPANSIONS) return idSet(db, catalog, [term], columns);
  const isFrequent = (w: string) => (counts.get(w) ?? 0) > BROAD_MATCHES;
  const sets = await Promise.all(
    all.filter(isFrequent).map((w) => termSet(db, index, { words: [w], prefix: false }, columns)),
  );
  const rare = all.filter((w) => !isFrequent(w));
  const words = rare.map((w) => ({ words: [w], prefix: false }));
  if (rare.length > 0) sets.push(await idSet(db, catalog, words, columns));
  return unionAll(sets, catalog.size);
}

/** The documents having any of the terms in the given columns, from the dialect's index. */
async function idSet(db: Db, catalog: Catalog, anyOf: SearchTerm[], columns: TermColumns): Promise<Bitset> {
  const ids = isPostgres(db) ? await postgresIds(db, anyOf, columns) : await sqliteIds(db, anyOf, columns);
  return idsToSet(catalog, ids);
}

/** Parses "3,17,42" into a set of catalog positions, digit by digit (no substrings). */
function idsToSet(catalog: Catalog, ids: string): Bitset {
  const set = emptyBitset(catalog.size);
  let id = 0;
  for (let i = 0; i <= ids.length; i++) {
    const code = i < ids.length ? ids.charCodeAt(i) : 44;
    if (code !== 44) {
      id = id * 10 + code - 48;
      continue;
    }
    const p = positionOf(catalog, id);
    // A document written after the catalog was read waits for the next version.
    if (p !== -1 && i > 0) setBit(set, p);
    id = 0;
  }
  return set;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads the vocabulary, then finds the sets of frequent words, yielding between steps. */
async function warm(db: Db, index: TermIndex): Promise<void> {
  const stale = () => newest.get(db) !== index.catalog;
  await nextTurn();
  const { words, counts } = await vocabulary(db, index.catalog);
  if (stale()) return;
  index.words = words;
  index.counts = counts;
  for (const [word, count] of counts) {
    if (count <= BROAD_MATCHES) continue;
    await nextTurn();
    if (stale()) return;
    for (const columns of ['all', 'title'] as const)
      await termSet(db, index, { words: [word], prefix: false }, columns);
  }
}
