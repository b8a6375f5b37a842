import { LegalField } from '@pbgdpl/contract';
import { type Catalog, dateNumber } from './catalog.ts';
import type { SearchFilters } from './search.ts';

/** Years of issue the contract allows (DocumentQuery.year): 1945–2100. */
export const FIRST_YEAR = 1945;
const YEAR_SPAN = 2100 - FIRST_YEAR + 1;

export const NO_VALUE = -1;
/** A filter value no document has: it matches nothing, but the facet still counts the others. */
const UNKNOWN = -2;

export type FilterCodes = ReturnType<typeof filterCodes>;

/** Filter values as catalog codes (NO_VALUE: no filter). */
export function filterCodes(catalog: Catalog, filters: SearchFilters) {
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

/** Only publication filters: counts can start from the whole catalog's (see baseline). */
export const onlyPublication = (f: FilterCodes) =>
  f.type === NO_VALUE &&
  f.issuer === NO_VALUE &&
  f.status === NO_VALUE &&
  f.year === NO_VALUE &&
  f.fieldMask === 0 &&
  f.from === 0 &&
  f.to === Number.MAX_SAFE_INTEGER;

/** How many passing documents, and per facet value how many documents count for it. */
export interface Counts {
  total: number;
  type: Int32Array;
  issuer: Int32Array;
  status: Int32Array;
  /** Index: year − FIRST_YEAR (an array, not a Map: it is counted up to 100,000 times a search). */
  year: Int32Array;
  field: Int32Array;
}

export const emptyCounts = (catalog: Catalog): Counts => ({
  total: 0,
  type: new Int32Array(catalog.values.type.length),
  issuer: new Int32Array(catalog.values.issuer.length),
  status: new Int32Array(catalog.values.status.length),
  year: new Int32Array(YEAR_SPAN),
  field: new Int32Array(LegalField.options.length),
});

/** `counts` minus `less`, in place. */
export function subtract(counts: Counts, less: Counts): void {
  counts.total -= less.total;
  for (const key of ['type', 'issuer', 'status', 'year', 'field'] as const) {
    const into = counts[key];
    const from = less[key];
    for (let i = 0; i < into.length; i++) into[i] = (into[i] ?? 0) - (from[i] ?? 0);
  }
}

/**
 * Filters and counts the given positions into `counts`, flagging the passing ones in `passes`
 * when given. A document failing exactly one facet's filter still counts for that facet: each
 * facet ignores its own filter. Date range and publication are not facets and always apply.
 */
export function tally(
  catalog: Catalog,
  f: FilterCodes,
  positions: Int32Array,
  counts: Counts,
  passes: Uint8Array | null,
): void {
  // Locals, not property reads, in the loop that runs up to 100,000 times per search.
  const { published, issued: issuedOf, type: typeOf, issuer: issuerOf, status: statusOf } = catalog;
  const { year: yearOf, fields: fieldsOf } = catalog;
  const { published: wantPublished, from, to, type: wantType, issuer: wantIssuer, status: wantStatus } = f;
  const { year: wantYear, fieldMask } = f;
  const { type: types, issuer: issuers, status: statuses, year: years, field: fieldCounts } = counts;
  let total = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] ?? 0;
    if (wantPublished !== NO_VALUE && published[p] !== wantPublished) continue;
    const issued = issuedOf[p] ?? 0;
    if (issued < from || issued > to) continue;
    const type = typeOf[p] ?? 0;
    const issuer = issuerOf[p] ?? 0;
    const status = statusOf[p] ?? 0;
    const year = yearOf[p] ?? 0;
    const fields = fieldsOf[p] ?? 0;
    const failsType = wantType !== NO_VALUE && type !== wantType;
    const failsIssuer = wantIssuer !== NO_VALUE && issuer !== wantIssuer;
    const failsStatus = wantStatus !== NO_VALUE && status !== wantStatus;
    const failsYear = wantYear !== NO_VALUE && year !== wantYear;
    const failsField = fieldMask !== 0 && (fieldMask === UNKNOWN || (fields & fieldMask) === 0);
    const fails = +failsType + +failsIssuer + +failsStatus + +failsYear + +failsField;
    if (fails > 1) continue;
    if (fails === 0) {
      if (passes) passes[p] = 1;
      total++;
    }
    if (!(fails && !failsType)) types[type] = (types[type] ?? 0) + 1;
    if (!(fails && !failsIssuer)) issuers[issuer] = (issuers[issuer] ?? 0) + 1;
    if (!(fails && !failsStatus)) statuses[status] = (statuses[status] ?? 0) + 1;
    if (!(fails && !failsYear)) years[year - FIRST_YEAR] = (years[year - FIRST_YEAR] ?? 0) + 1;
    if (!(fails && !failsField)) {
      for (let bits = fields; bits !== 0; bits &= bits - 1) {
        const bit = 31 - Math.clz32(bits & -bits);
        fieldCounts[bit] = (fieldCounts[bit] ?? 0) + 1;
      }
    }
  }
  counts.total += total;
}

const baselines = new WeakMap<Catalog, Map<number, Counts>>();

/**
 * Counts of the whole catalog under a publication filter, computed once per catalog: a search
 * without other filters copies them, and a broad one subtracts the few documents it misses.
 */
export function baseline(catalog: Catalog, f: FilterCodes): Counts {
  const byPublished = baselines.get(catalog) ?? new Map<number, Counts>();
  baselines.set(catalog, byPublished);
  let counts = byPublished.get(f.published);
  if (!counts) {
    counts = emptyCounts(catalog);
    tally(catalog, f, everyPosition(catalog), counts, null);
    byPublished.set(f.published, counts);
  }
  return counts;
}

export const copyCounts = (counts: Counts): Counts => ({
  total: counts.total,
  type: counts.type.slice(),
  issuer: counts.issuer.slice(),
  status: counts.status.slice(),
  year: counts.year.slice(),
  field: counts.field.slice(),
});

const everyPositions = new WeakMap<Catalog, Int32Array>();

/** Every position of the catalog, shared (readers only). */
export function everyPosition(catalog: Catalog): Int32Array {
  let all = everyPositions.get(catalog);
  if (!all) {
    all = Int32Array.from({ length: catalog.size }, (_, p) => p);
    everyPositions.set(catalog, all);
  }
  return all;
}
