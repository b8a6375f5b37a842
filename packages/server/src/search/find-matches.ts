import type { Db } from '../db/schema.ts';
import { type Bitset, countBits, intersectAll } from './bitset.ts';
import { type Catalog, currentCatalog } from './catalog.ts';
import type { Matches } from './evaluate.ts';
import type { ParsedQuery, SearchTerm } from './query.ts';
import { BROAD_MATCHES, documentCountAtMost, exactWhereSingle, termIndex, termSet } from './term-sets.ts';
import {
  type FindMatches,
  type MatchRow,
  numberMatches,
  tieredMatches,
  toMatches,
  withNumbers,
} from './text-matches.ts';

/**
 * A dialect's text matches of a focused query (at least one term): scored for relevance, lower
 * first, when ranked; unscored when sorting by date.
 */
export type TextMatches = (db: Db, query: ParsedQuery, ranked: boolean) => Promise<MatchRow[]>;

/**
 * A broad query's matches: the intersection of its word sets, plus its number matches. Ranked
 * in tiers: number, then every term in the number or title, then newest.
 */
async function broadMatches(
  db: Db,
  index: ReturnType<typeof termIndex>,
  query: ParsedQuery,
  found: Bitset,
  ranked: boolean,
): Promise<Matches> {
  const { catalog } = index;
  const [titled, numbers] = await Promise.all([
    ranked
      ? Promise.all(query.terms.map((term) => termSet(db, index, term, 'title'))).then((sets) =>
          intersectAll(sets, catalog.size),
        )
      : null,
    numberMatches(db, catalog, query),
  ]);
  return tieredMatches(catalog, numbers, found, titled);
}

/**
 * Whether q may match more than BROAD_MATCHES documents: not when one of its words (or a
 * prefix's expansions) is in fewer documents, which the vocabulary tells without a query.
 */
function mayBeBroad(index: ReturnType<typeof termIndex>, terms: SearchTerm[]): boolean {
  return terms.every((term) => (documentCountAtMost(index, term) ?? Infinity) > BROAD_MATCHES);
}

/**
 * Text matches of q, for either dialect: tiers from word sets for a broad query (scoring nearly
 * every document would cost far more than finding it), the dialect's scores for a focused one.
 */
export function findMatchesWith(textMatches: TextMatches): FindMatches {
  return async (db: Db, catalog: Catalog, parsed: ParsedQuery, ranked: boolean): Promise<Matches> => {
    const index = termIndex(db, catalog);
    const exact = (term: SearchTerm) => exactWhereSingle(index, term);
    const query = {
      ...parsed,
      terms: parsed.terms.map(exact),
      proximity: parsed.proximity && exact(parsed.proximity),
    };
    if (query.terms.length > 0 && mayBeBroad(index, query.terms)) {
      // The word sets of a broad query are mostly kept already; their intersection counts it exactly.
      const sets = await Promise.all(query.terms.map((term) => termSet(db, index, term, 'all')));
      const found = intersectAll(sets, catalog.size);
      if (countBits(found) > BROAD_MATCHES) return broadMatches(db, index, query, found, ranked);
    }
    const [text, numbers] = await Promise.all([
      query.terms.length > 0 ? textMatches(db, query, ranked) : [],
      numberMatches(db, catalog, query),
    ]);
    return toMatches(catalog, withNumbers(text, numbers));
  };
}

/** Resolves once the word sets of the current data version are found (benchmarks wait for it). */
export async function searchWarmed(db: Db): Promise<void> {
  await termIndex(db, await currentCatalog(db)).warmed;
}
