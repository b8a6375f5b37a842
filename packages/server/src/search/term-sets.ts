import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import type { Catalog } from './catalog.ts';
import { LruCache } from './lru-cache.ts';

/** Where a term must occur: anywhere, or in the number or title (the top relevance tier). */
export type TermColumns = 'all' | 'title';

/** 128 sets of one byte per document: about 13 MB at 100,000 documents. */
const CAPACITY = 128;
const caches = new WeakMap<Db, LruCache<Uint8Array>>();

/**
 * The documents containing one FTS term, as a flag per catalog position, kept per data
 * version. Words common to most documents ("quyết định", "tỉnh") make FTS list and score
 * nearly every row on each search; a search of common words instead intersects these sets,
 * which later searches sharing a word reuse.
 */
export async function termSet(db: Db, catalog: Catalog, ftsTerm: string, columns: TermColumns) {
  const cache = caches.get(db) ?? new LruCache<Uint8Array>(CAPACITY);
  caches.set(db, cache);
  const key = `${catalog.version}\n${columns}\n${ftsTerm}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const match = columns === 'title' ? `{number title} : ${ftsTerm}` : ftsTerm;
  // One comma-joined string instead of a row per document: SQLite walks the matches in C, and
  // handing 100,000 rows to JavaScript one by one costs several times more than finding them.
  const { rows } = await sql<{ ids: string | null }>`
    select group_concat(rowid) as ids from documents_fts where documents_fts match ${match}`.execute(db);
  const set = new Uint8Array(catalog.size);
  const ids = rows[0]?.ids ?? '';
  for (let start = 0; start < ids.length; ) {
    const comma = ids.indexOf(',', start);
    const end = comma === -1 ? ids.length : comma;
    const p = catalog.positionOf.get(Number(ids.slice(start, end)));
    // A document written after the catalog was read waits for the next version.
    if (p !== undefined) set[p] = 1;
    start = end + 1;
  }
  cache.set(key, set);
  return set;
}

/** Positions flagged in every set. */
export function intersect(sets: Uint8Array[], size: number): Uint8Array {
  const [first, ...rest] = sets;
  const result = first ? first.slice() : new Uint8Array(size);
  for (const set of rest) for (let p = 0; p < size; p++) result[p] = (result[p] ?? 0) & (set[p] ?? 0);
  return result;
}
