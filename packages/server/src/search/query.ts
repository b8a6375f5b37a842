import { foldVi } from '@pbgdpl/vi-text';
import { looksLikeNumber, numberKey } from '../documents/number-key.ts';
import { typedNumberParts } from '../documents/number-parts.ts';

/** One thing to find, in folded words: a word, a quoted phrase, or the word being typed (prefix). */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/** A user's `q` understood once, used by every search implementation and by highlighting. */
export interface ParsedQuery {
  /** Every term must match (AND). */
  terms: SearchTerm[];
  /** The unquoted words in order as one phrase, when there are several: matching it ranks higher. */
  proximity: SearchTerm | null;
  /** Set when q looks like a document number: also match numbers equal to it or starting with it. */
  numberKey: string | null;
  /** Set when q could be a number typed in parts (`HD-STP 19`): also match numbers having them all. */
  numberParts: string[] | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const PHRASE = /"([^"]*)"?/g;

/**
 * Folds q and splits it into quoted phrases and words; the last word of the query, unless it
 * closes a quote, is a prefix (the user may still be typing it).
 * Returns null when q has nothing to search for.
 */
export function parseQuery(q: string | undefined): ParsedQuery | null {
  const folded = foldVi(q ?? '').trim();
  if (!folded) return null;
  const terms: SearchTerm[] = [];
  let rest = '';
  let last = 0;
  for (const match of folded.matchAll(PHRASE)) {
    rest += `${folded.slice(last, match.index)} `;
    last = match.index + match[0].length;
    const words = match[1]?.match(WORD) ?? [];
    if (words.length > 0) terms.push({ words, prefix: false });
  }
  const tail = folded.slice(last);
  rest += tail;
  const loose = rest.match(WORD) ?? [];
  const typing = tail.length > 0 && /[\p{L}\p{N}]$/u.test(tail);
  loose.forEach((word, i) => terms.push({ words: [word], prefix: typing && i === loose.length - 1 }));
  const key = looksLikeNumber(folded) ? numberKey(folded.replace(/"/g, '')) : null;
  if (terms.length === 0 && !key) return null;
  return {
    terms,
    proximity: loose.length > 1 ? { words: loose, prefix: typing } : null,
    numberKey: key,
    numberParts: typedNumberParts(folded.match(WORD) ?? []),
  };
}
