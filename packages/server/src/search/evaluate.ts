import { LegalField } from '@pbgdpl/contract';
import { type Catalog, dateNumber } from './catalog.ts';
import type { FacetCounts, SearchFilters, SearchRequest, SearchResult } from './search.ts';

/**
 * Documents found by the text index, as parallel arrays of catalog positions (compact enough
 * to cache, and no id lookups per search): number rank 0 when the number equals q, 1 when it
 * starts with q, 2 for text; then score, lower first. Valid for the catalog version they were
 * made with.
 */
export interface Matches {
  positions: Int32Array;
  numberRank: Uint8Array;
  score: Float64Array;
}

/** Years of issue the contract allows (DocumentQuery.year): 1945–2100. */
const FIRST_YEAR = 1945;
const YEAR_SPAN = 2100 - FIRST_YEAR + 1;

const NO_VALUE = -1;
/** A filter value no document has: it matches nothing, but the facet still counts the others. */
const UNKNOWN = -2;

/** Filter values as catalog codes (NO_VALUE: no filter). */
function filterCodes(catalog: Catalog, filters: SearchFilters) {
  const code = (values: string[], value: string | undefined) =>
    value === undefined ? NO_VALUE : values.indexOf(value) === -1 ? UNKNOWN : values.indexOf(value);
  const bit = filters.field === undefined ? -1 : LegalField.options.indexOf(filters.field as LegalField);
  return {
    published: filters.published === undefined ? NO_VALUE : Number(filters.published),
    type: code(catalog.values.type, filters.type),
    issuer: code(catalog.values.issuer, filters.issuer),
    status: code(catalog.values.status, filters.status),
    year: filters.year ?? NO_VALUE,
    fieldMask: bit === -1 ? (filters.field === undefined ? 0 : UNKNOWN) : 1 << bit,
    from: dateNumber(filters.from),
    to: filters.to ? dateNumber(filters.to) : Number.MAX_SAFE_INTEGER,
  };
}

function counted(values: (index: number) => string, counts: Int32Array) {
  const entries = [...counts.entries()];
  return entries
    .filter(([, count]) => count > 0)
    .map(([index, count]) => ({ value: values(index), count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Filters, counts facets and orders in one pass over the candidates (the text matches, or every
 * document). A document failing exactly one facet's filter still counts for that facet: each
 * facet ignores its own filter. Date range and publication are not facets and always apply.
 */
export function evaluate(catalog: Catalog, request: SearchRequest, matches: Matches | null): SearchResult {
  const f = filterCodes(catalog, request.filters);
  const typeCounts = new Int32Array(catalog.values.type.length);
  const issuerCounts = new Int32Array(catalog.values.issuer.length);
  const statusCounts = new Int32Array(catalog.values.status.length);
  const fieldCounts = new Int32Array(LegalField.options.length);
  // An array, not a Map: this runs once per candidate, up to the whole corpus.
  const yearCounts = new Int32Array(YEAR_SPAN);
  const passes = new Uint8Array(catalog.size);
  let total = 0;

  const visit = (p: number) => {
    if (f.published !== NO_VALUE && catalog.published[p] !== f.published) return;
    const issued = catalog.issued[p] ?? 0;
    if (issued < f.from || issued > f.to) return;
    const type = catalog.type[p] ?? 0;
    const issuer = catalog.issuer[p] ?? 0;
    const status = catalog.status[p] ?? 0;
    const year = catalog.year[p] ?? 0;
    const fields = catalog.fields[p] ?? 0;
    const failsType = f.type !== NO_VALUE && type !== f.type;
    const failsIssuer = f.issuer !== NO_VALUE && issuer !== f.issuer;
    const failsStatus = f.status !== NO_VALUE && status !== f.status;
    const failsYear = f.year !== NO_VALUE && year !== f.year;
    const failsField = f.fieldMask !== 0 && (f.fieldMask === UNKNOWN || (fields & f.fieldMask) === 0);
    const fails = +failsType + +failsIssuer + +failsStatus + +failsYear + +failsField;
    if (fails > 1) return;
    if (fails === 0) {
      passes[p] = 1;
      total++;
    }
    if (!(fails && !failsType)) typeCounts[type] = (typeCounts[type] ?? 0) + 1;
    if (!(fails && !failsIssuer)) issuerCounts[issuer] = (issuerCounts[issuer] ?? 0) + 1;
    if (!(fails && !failsStatus)) statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    if (!(fails && !failsYear)) yearCounts[year - FIRST_YEAR] = (yearCounts[year - FIRST_YEAR] ?? 0) + 1;
    if (!(fails && !failsField)) {
      for (let bits = fields, bit = 0; bits !== 0; bits >>>= 1, bit++) {
        if (bits & 1) fieldCounts[bit] = (fieldCounts[bit] ?? 0) + 1;
      }
    }
  };

  if (matches) {
    for (const p of matches.positions) visit(p);
  } else {
    for (let p = 0; p < catalog.size; p++) visit(p);
  }

  const offset = (request.page - 1) * request.pageSize;
  const ids =
    matches && request.sort === 'relevance'
      ? byRelevance(catalog, matches, passes, offset + request.pageSize).slice(offset)
      : inOrder(catalog, request, passes, offset);
  const facets: FacetCounts = {
    type: counted((i) => catalog.values.type[i] ?? '', typeCounts),
    issuer: counted((i) => catalog.values.issuer[i] ?? '', issuerCounts),
    field: counted((i) => LegalField.options[i] ?? '', fieldCounts),
    status: counted((i) => catalog.values.status[i] ?? '', statusCounts),
    year: counted((i) => String(i + FIRST_YEAR), yearCounts).sort(
      (a, b) => Number(b.value) - Number(a.value),
    ),
  };
  return { ids, total, facets };
}

/**
 * The best `limit` passing matches in order: number match, score, then newest. A bounded
 * insertion keeps this linear in the matches, and only a match that makes the list allocates.
 */
function byRelevance(catalog: Catalog, matches: Matches, passes: Uint8Array, limit: number): number[] {
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
    if (passes[matches.positions[i] ?? 0] !== 1) continue;
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
function inOrder(catalog: Catalog, request: SearchRequest, passes: Uint8Array, offset: number): number[] {
  const order = request.sort === 'effective' ? catalog.byEffective : catalog.byIssued;
  const ids: number[] = [];
  let skipped = 0;
  for (let i = 0; i < order.length && ids.length < request.pageSize; i++) {
    const p = order[i] ?? 0;
    if (passes[p] !== 1) continue;
    if (skipped < offset) skipped++;
    else ids.push(catalog.ids[p] ?? 0);
  }
  return ids;
}
