import type { SearchTerm } from './query.ts';

/** FTS5's bm25 constants. */
const K1 = 1.2;
const B = 0.75;
/** SQLite's bm25(20, 8, 2, 1) column weights, by the tsvector weight of each column. */
const COLUMN_WEIGHTS: Record<string, number> = { A: 20, B: 8, C: 2, D: 1 };

/** A document's words that a query may use, as unnest(tsvector) lists them: [lexeme, positions, weights]. */
export type QueryWords = Array<[lexeme: string, positions: number[], weights: string[]]>;

/** Where each of those words stands in the document (one word per position). */
export function wordsByPosition(words: QueryWords): Map<number, { lexeme: string; weight: string }> {
  const at = new Map<number, { lexeme: string; weight: string }>();
  for (const [lexeme, positions, weights] of words) {
    positions.forEach((position, i) => at.set(position, { lexeme, weight: weights[i] ?? 'D' }));
  }
  return at;
}

/**
 * How often a term occurs in the document, each occurrence weighted by its column, as FTS5
 * counts phrase instances: positions of the first word followed by the next words in the same
 * column (the same weight).
 */
export function termFrequency(
  term: SearchTerm,
  words: QueryWords,
  at: Map<number, { lexeme: string; weight: string }>,
): number {
  const last = term.words.length - 1;
  const isWord = (lexeme: string, i: number) => {
    const word = term.words[i] ?? '';
    return term.prefix && i === last ? lexeme.startsWith(word) : lexeme === word;
  };
  let frequency = 0;
  for (const [lexeme, positions, weights] of words) {
    if (!isWord(lexeme, 0)) continue;
    positions.forEach((position, i) => {
      const weight = weights[i] ?? 'D';
      for (let k = 1; k <= last; k++) {
        const next = at.get(position + k);
        if (!next || next.weight !== weight || !isWord(next.lexeme, k)) return;
      }
      frequency += COLUMN_WEIGHTS[weight] ?? 1;
    });
  }
  return frequency;
}

/** FTS5's inverse document frequency of a phrase found in `found` of `documents` rows. */
export function inverseFrequency(documents: number, found: number): number {
  const idf = Math.log((documents - found + 0.5) / (found + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/**
 * FTS5's bm25 of one document (lower is better), term by term in its order of operations, so
 * both dialects compute the same scores from the same frequencies and lengths.
 */
export function bm25(frequencies: number[], idf: number[], length: number, averageLength: number): number {
  let score = 0;
  frequencies.forEach((f, i) => {
    score += (idf[i] ?? 0) * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / averageLength)));
  });
  return -1 * score;
}
