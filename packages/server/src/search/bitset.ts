/**
 * Sets of catalog positions as bits, 32 to a word: 12.5 KB per set at 100,000 documents, and
 * intersecting or counting two sets walks 3,125 words instead of 100,000 entries.
 */
export type Bitset = Uint32Array;

export const emptyBitset = (size: number): Bitset => new Uint32Array((size + 31) >>> 5);

export const hasBit = (set: Bitset, p: number): boolean => ((set[p >>> 5] ?? 0) & (1 << (p & 31))) !== 0;

export function setBit(set: Bitset, p: number): void {
  set[p >>> 5] = (set[p >>> 5] ?? 0) | (1 << (p & 31));
}

/** Positions in every set (a new set); all positions below size when there are no sets. */
export function intersectAll(sets: Bitset[], size: number): Bitset {
  const [first, ...rest] = sets;
  if (!first) {
    const all = emptyBitset(size).fill(0xffffffff);
    if (size & 31) all[all.length - 1] = (1 << (size & 31)) - 1;
    return all;
  }
  const result = first.slice();
  for (const set of rest)
    for (let w = 0; w < result.length; w++) result[w] = (result[w] ?? 0) & (set[w] ?? 0);
  return result;
}

/** Positions in any of the sets (a new set). */
export function unionAll(sets: Bitset[], size: number): Bitset {
  const result = emptyBitset(size);
  for (const set of sets)
    for (let w = 0; w < result.length; w++) result[w] = (result[w] ?? 0) | (set[w] ?? 0);
  return result;
}

export function countBits(set: Bitset): number {
  let count = 0;
  for (let w = 0; w < set.length; w++) {
    let v = set[w] ?? 0;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** Writes the positions in the set to `into` in increasing order; returns how many. */
export function bitPositions(set: Bitset, into: Int32Array): number {
  let n = 0;
  for (let w = 0; w < set.length; w++) {
    for (let word = set[w] ?? 0; word !== 0; word &= word - 1) {
      into[n++] = (w << 5) + 31 - Math.clz32(word & -word);
    }
  }
  return n;
}

/** Writes the positions below size missing from the set to `into` in increasing order; returns how many. */
export function missingPositions(set: Bitset, size: number, into: Int32Array): number {
  let n = 0;
  for (let w = 0; w < set.length; w++) {
    const inside = w === set.length - 1 && size & 31 ? (1 << (size & 31)) - 1 : 0xffffffff;
    for (let word = ~(set[w] ?? 0) & inside; word !== 0; word &= word - 1) {
      into[n++] = (w << 5) + 31 - Math.clz32(word & -word);
    }
  }
  return n;
}
