import { LegalField } from '@pbgdpl/contract';
import { compareCodes } from '@pbgdpl/vi-text';
import { type Bitset, bitPositions, countBits, hasBit, missingPositions } from './bitset.ts';
import type { Catalog } from './catalog.ts';
import type { FacetCounts, SearchRequest, SearchResult } from './search.ts';
import {
  baseline,
  type Counts,
  copyCounts,
  emptyCounts,
  everyPosition,
  FIRST_YEAR,
  type FilterCodes,
  filterCodes,
  NO_VALUE,
  onlyPublication,
  subtract,
  tally,
} from './tally.ts';

/**
 * Documents found by the text index, valid for the catalog version they were made with.
 * Scored (a focused query): parallel arrays of catalog positions, number rank (0 when the number
 * equals q, 1 when it starts with q, 2 for text) and bm25 score, lower first. Tiered (a broad
 * query): the found positions as a set, those with every term in the number or title, and the
 * number ranks of the few number matches.
 */
export type Matches =
  | { kind: 'scored'; positions: Int32Array; numberRank: Uint8Array; score: Float64Array }
  | { kind: 'tiered'; found: Bitset; titled: Bitset | null; numberRank: Map<number, number> };

/**
 * Which documents pass: flagged by the counting pass, or (counts taken from the baseline) those
 * in the found set, if any, under the publication filter. Data, not a closure, so the ordering
 * loops stay monomorphic.
 */
interface Passes {
  flags: Uint8Array | null;
  found: Bitset | null;
  published: Uint8Array;
  want: number;
}

const passes = (t: Passes, p: number): boolean =>
  t.flags
    ? t.flags[p] === 1
    : (t.found === null || hasBit(t.found, p)) && (t.want === NO_VALUE || t.published[p] === t.want);

function counted(values: (index: number) => string, counts: Int32Array) {
  const entries = [...counts.entries()];
  return entries
    .filter(([, count]) => count > 0)
    .map(([index, count]) => ({ value: values(index), count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.value, b.value));
}

/** Filters, counts facets and orders the candidates (the text matches, or every document). */
export function evaluate(catalog: Catalog, request: SearchRequest, matches: Matches | null): SearchResult {
  const { counts, test } = countMatches(catalog, filterCodes(catalog, request.filters), matches);
  const offset = (request.page - 1) * request.pageSize;
  const end = offset + request.pageSize;
  const relevance = request.sort === 'relevance';
  const ids =
    matches?.kind === 'scored' && relevance
      ? byRelevance(catalog, matches, test, end).slice(offset)
      : matches?.kind === 'tiered' && relevance
        ? byTier(catalog, matches, test, end).slice(offset)
        : inOrder(catalog, request, test, offset);
  const facets: FacetCounts = {
    type: counted((i) => catalog.values.type[i] ?? '', counts.type),
    issuer: counted((i) => catalog.values.issuer[i] ?? '', counts.issuer),
    field: counted((i) => LegalField.options[i] ?? '', counts.field),
    status: counted((i) => catalog.values.status[i] ?? '', counts.status),
    year: counted((i) => String(i + FIRST_YEAR), counts.year).sort(
      (a, b) => Number(b.value) - Number(a.value),
    ),
  };
  return { ids, total: counts.total, facets };
}

/** Candidate positions and pass flags, reused: evaluate runs start to end without awaiting. */
let scratch = new Int32Array(0);
let scratchFlags = new Uint8Array(0);
function scratchFor(size: number): Int32Array {
  if (scratch.length < size) scratch = new Int32Array(size);
  return scratch;
}
function flagsFor(size: number): Uint8Array {
  if (scratchFlags.length < size) scratchFlags = new Uint8Array(size);
  return scratchFlags.subarray(0, size).fill(0);
}

/**
 * Counts and the test for passing documents. Without facet or date filters the counts start
 * from the catalog's baseline: as they are without q, less the few documents a broad q misses
 * (walking 3,000 misses instead of 97,000 matches).
 */
function countMatches(
  catalog: Catalog,
  f: FilterCodes,
  matches: Matches | null,
): { counts: Counts; test: Passes } {
  const test: Passes = { flags: null, found: null, published: catalog.published, want: f.published };
  if (onlyPublication(f) && !matches) return { counts: baseline(catalog, f), test };
  if (onlyPublication(f) && matches?.kind === 'tiered' && countBits(matches.found) > catalog.size / 2) {
    const { found } = matches;
    const counts = copyCounts(baseline(catalog, f));
    const missed = emptyCounts(catalog);
    const positions = scratchFor(catalog.size);
    tally(catalog, f, positions.subarray(0, missingPositions(found, catalog.size, positions)), missed, null);
    subtract(counts, missed);
    return { counts, test: { ...test, found } };
  }
  const flags = flagsFor(catalog.size);
  const counts = emptyCounts(catalog);
  tally(catalog, f, candidatePositions(catalog, matches), counts, flags);
  return { counts, test: { ...test, flags } };
}

/** The positions to visit: the scored matches, the tiered set's members, or every document. */
function candidatePositions(catalog: Catalog, matches: Matches | null): Int32Array {
  if (matches?.kind === 'scored') return matches.positions;
  if (!matches) return everyPosition(catalog);
  const positions = scratchFor(catalog.size);
  return positions.subarray(0, bitPositions(matches.found, positions));
}

/**
 * The first `limit` passing broad matches: number equal to q, number starting with q, every
 * term in the number or title, the rest; each tier newest first. One walk of the date order
 * replaces sorting up to 100,000 matches.
 */
function byTier(
  catalog: Catalog,
  matches: Extract<Matches, { kind: 'tiered' }>,
  test: Passes,
  limit: number,
): number[] {
  const tiers: number[][] = [[], [], [], [], [], []];
  const { titled, numberRank } = matches;
  const numbered = numberRank.size > 0;
  const best = numbered ? 0 : 4;
  const { byIssued, ids } = catalog;
  for (let i = 0; i < byIssued.length; i++) {
    const p = byIssued[i] ?? 0;
    if (!passes(test, p)) continue;
    const tier = (numbered ? (numberRank.get(p) ?? 2) : 2) * 2 + (titled && hasBit(titled, p) ? 0 : 1);
    const list = tiers[tier];
    if (list && list.length < limit) list.push(ids[p] ?? 0);
    // Nothing found later can rank above a full best tier.
    if (tier === best && list?.length === limit) break;
  }
  return tiers.flat().slice(0, limit);
}

/**
 * The best `limit` passing matches in order: number match, score, then newest. A bounded
 * insertion keeps this linear in the matches, and only a match that makes the list allocates.
 */
function byRelevance(
  catalog: Catalog,
  matches: Extract<Matches, { kind: 'scored' }>,
  test: Passes,
  limit: number,
): number[] {
  const best: number[] = []; // indexes into matches, best first
  const before = (a: number, b: number) => {
    const pa = matches.positions[a] ?? 0;
    const pb = matches.positions[b] ?? 0;
    return (
      (matches.numberRank[a] ?? 2) - (matches.numberRank[b] ?? 2) ||
      (matches.score[a] ?? 0) - (matches.score[b] ?? 0) ||
      (catalog.issued[pb] ?? 0) - (catalog.issued[pa] ?? 0) ||
      (catalog.ids[pb] ?? 0) - (catalog.ids[pa] ?? 0)
    );
  };
  for (let i = 0; i < matches.positions.length; i++) {
    if (!passes(test, matches.positions[i] ?? 0)) continue;
    const worst = best[best.length - 1];
    if (best.length === limit && worst !== undefined && before(worst, i) <= 0) continue;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1] ?? 0) < 0) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best.map((i) => catalog.ids[matches.positions[i] ?? 0] ?? 0);
}

/** One page of passing documents in a precomputed date order. */
function inOrder(catalog: Catalog, request: SearchRequest, test: Passes, offset: number): number[] {
  const order = request.sort === 'effective' ? catalog.byEffective : catalog.byIssued;
  const ids: number[] = [];
  let skipped = 0;
  for (let i = 0; i < order.length && ids.length < request.pageSize; i++) {
    const p = order[i] ?? 0;
    if (!passes(test, p)) continue;
    if (skipped < offset) skipped++;
    else ids.push(catalog.ids[p] ?? 0);
  }
  return ids;
}
