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
  const { rows } = await sql<{ id: number }>`
    select rowid as id from documents_fts where documents_fts match ${match}`.execute(db);
  const set = new Uint8Array(catalog.size);
  for (const { id } of rows) {
    const p = catalog.positionOf.get(id);
    // A document written after the catalog was read waits for the next version.
    if (p !== undefined) set[p] = 1;
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
