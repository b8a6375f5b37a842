import type { ParsedQuery, SearchTerm } from '../search/query.ts';

/**
 * Relevance of articles, in code so SQLite and PostgreSQL rank alike. The words are those of
 * the document search (search/query.ts: folded, phrases in quotes, the last word a prefix), the
 * weights its bm25's: the title counts eight times the rest. Articles with every term in the
 * title come first (the documents' "titled" tier), then those with the unquoted words in order.
 */
const TITLE_WEIGHT = 8;
const SATURATION = 1.2;
const PHRASE_BONUS = 4;

/** The LIKE pattern finding a term in folded words between spaces (see foldedWords). */
export const likePattern = (term: SearchTerm): string =>
  `% ${term.words.join(' ')}${term.prefix ? '' : ' '}%`;

/** How often the term occurs in folded words between spaces. */
function occurrences(words: string, term: SearchTerm): number {
  const needle = ` ${term.words.join(' ')}${term.prefix ? '' : ' '}`;
  let count = 0;
  for (let at = words.indexOf(needle); at !== -1; at = words.indexOf(needle, at + 1)) count++;
  return count;
}

export interface Rankable {
  searchTitle: string;
  searchText: string;
}

export interface Rank {
  /** 0: every term in the title, 1: the rest. */
  tier: number;
  score: number;
}

/**
 * `documents` is how many candidates each term occurs in (for its inverse frequency) out of
 * `total`; rarer words weigh more.
 */
export function rankArticle(article: Rankable, query: ParsedQuery, documents: number[], total: number): Rank {
  let score = 0;
  let titled = true;
  query.terms.forEach((term, i) => {
    const inTitle = occurrences(article.searchTitle, term);
    const inText = occurrences(article.searchText, term);
    if (inTitle === 0) titled = false;
    const frequency = (TITLE_WEIGHT - 1) * inTitle + inText;
    const df = documents[i] ?? 0;
    const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
    score += (idf * frequency) / (frequency + SATURATION);
  });
  if (query.proximity) {
    if (occurrences(article.searchTitle, query.proximity) > 0) score += PHRASE_BONUS * 2;
    else if (occurrences(article.searchText, query.proximity) > 0) score += PHRASE_BONUS;
  }
  return { tier: titled && query.terms.length > 0 ? 0 : 1, score };
}
