import type { Db } from '../db/schema.ts';
import { isWithoutNumber } from '../documents/number-key.ts';
import { keyParts } from '../documents/number-parts.ts';
import { type Catalog, positionOf } from './catalog.ts';

/**
 * Document numbers by part (documents/number-parts.ts), for numbers typed in any order: about
 * four parts per number, so 100,000 documents make a few hundred thousand entries.
 */
export interface NumberIndex {
  /** Catalog positions, ascending, of the numbers having each part. */
  byPart: Map<string, Int32Array>;
  /** How many distinct parts each position's number has. */
  partCount: Uint8Array;
}

/** Indexes the number keys of the catalog's documents ("Không số" has no parts). */
function buildNumberIndex(catalog: Catalog, keys: Array<{ id: number; number_key: string }>): NumberIndex {
  const lists = new Map<string, number[]>();
  const partCount = new Uint8Array(catalog.size);
  for (const { id, number_key: key } of keys) {
    const position = positionOf(catalog, id);
    // A document written after the catalog was read waits for the next version.
    if (position === -1 || isWithoutNumber(key)) continue;
    const parts = keyParts(key).filter((part, i, all) => all.indexOf(part) === i);
    partCount[position] = Math.min(parts.length, 255);
    for (const part of parts) {
      const list = lists.get(part);
      if (list) list.push(position);
      else lists.set(part, [position]);
    }
  }
  const byPart = new Map<string, Int32Array>();
  for (const [part, list] of lists) byPart.set(part, Int32Array.from(list).sort());
  return { byPart, partCount };
}

const indexes = new WeakMap<Catalog, Promise<NumberIndex>>();

/**
 * The number index of a catalog version, built when a search first types a number in parts:
 * about 0.2 s per 100,000 documents, which most searches never need.
 */
export function numberIndex(db: Db, catalog: Catalog): Promise<NumberIndex> {
  let index = indexes.get(catalog);
  if (!index) {
    index = db
      .selectFrom('documents')
      .select(['id', 'number_key'])
      .execute()
      .then((keys) => buildNumberIndex(catalog, keys));
    indexes.set(catalog, index);
    index.catch(() => indexes.delete(catalog));
  }
  return index;
}

function contains(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return sorted[low] === value;
}

/**
 * Positions whose number has every part, each with whether it has no other part (the number
 * typed whole); null when more than `limit` numbers have them, as when the parts are only a
 * year and an issuer's letters: then they are words more than a number.
 */
export function numbersWithParts(
  index: NumberIndex,
  parts: readonly string[],
  limit: number,
): Array<{ position: number; whole: boolean }> | null {
  const lists = parts.map((part) => index.byPart.get(part) ?? new Int32Array(0));
  lists.sort((a, b) => a.length - b.length);
  const [smallest = new Int32Array(0), ...others] = lists;
  const found: Array<{ position: number; whole: boolean }> = [];
  for (const position of smallest) {
    if (!others.every((list) => contains(list, position))) continue;
    if (found.length === limit) return null;
    found.push({ position, whole: index.partCount[position] === parts.length });
  }
  return found;
}
