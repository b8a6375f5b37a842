import { type RawBuilder, sql } from 'kysely';
import type { SearchTerm } from './query.ts';
import type { TermColumns } from './term-sets.ts';

/** Words as FTS5's unicode61 tokenizer splits folded text, and as parseQuery splits q. */
const WORD = /[\p{L}\p{N}]+/gu;
/** tsvector limits: larger positions count as the largest, further positions of a word are dropped. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
const MAX_WORD_BYTES = 2_046;
/**
 * A tsvector holds at most 1 MB of lexemes: the pairs of a body of several MB stop short of
 * it, after some 40,000 words, well past the 16,383 positions a tsvector keeps, the limit of
 * phrase matching on PostgreSQL anyway.
 */
const MAX_PAIR_BYTES = 800_000;
/** Column weights in FTS5 column order: number, title, summary, body. */
const WEIGHTS = ['A', 'B', 'C', 'D'] as const;

/** A lexeme quoted for tsvector/tsquery input (words hold letters and digits only, but still). */
const lexeme = (word: string) => `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'`;

/** The tsvectors of a document's folded columns, as tsvector input (see postgres-search.ts). */
export interface DocumentVectors {
  /** Every word with its positions, numbered on from one column to the next, weighted A (number) to D (body). */
  words: string;
  /** The number's and the title's words and pairs of neighbouring words, without positions. */
  titleWords: string;
  /** Every pair of neighbouring words within a column, without positions: phrases without reading positions. */
  pairs: string;
}

/**
 * The application splits the words, so PostgreSQL's parser (which keeps "qd-ubnd" whole and
 * depends on the locale) never sees them, and both dialects index the same words at the same
 * positions.
 */
export function tsvectorInput(
  columns: [number: string, title: string, summary: string, body: string],
): DocumentVectors {
  const positions = new Map<string, string[]>();
  const titleWords = new Set<string>();
  const pairs = new Set<string>();
  let pairBytes = 0;
  let position = 0;
  columns.forEach((text, column) => {
    let previous: string | null = null;
    for (const [word] of text.matchAll(WORD)) {
      position++;
      if (Buffer.byteLength(word) > MAX_WORD_BYTES) {
        previous = null;
        continue;
      }
      const at = `${Math.min(position, MAX_POSITION)}${WEIGHTS[column] ?? 'D'}`;
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD && list.at(-1) !== at) list.push(at);
      positions.set(word, list);
      const joined = previous === null ? null : `${previous} ${word}`;
      const pair = joined !== null && Buffer.byteLength(joined) <= MAX_WORD_BYTES ? joined : null;
      if (column < 2) titleWords.add(word);
      if (pair !== null && column < 2) titleWords.add(pair);
      if (pair !== null && !pairs.has(pair) && pairBytes < MAX_PAIR_BYTES) {
        pairBytes += Buffer.byteLength(pair) + 8;
        pairs.add(pair);
      }
      previous = word;
    }
  });
  const list = (words: Iterable<string>) => [...words].map(lexeme).join(' ');
  return {
    words: [...positions].map(([word, at]) => `${lexeme(word)}:${at.join(',')}`).join(' '),
    titleWords: list(titleWords),
    pairs: list(pairs),
  };
}

/**
 * A term as tsquery input over the positioned words, in any column or only in the number or
 * title (weights A and B): a word, or words in a row (a phrase) within one column, as in FTS5
 * (every word of the phrase with the same weight); the last word a prefix if typed so.
 */
export function tsqueryTerm(term: SearchTerm, columns: TermColumns = 'all'): string {
  const last = term.words.length - 1;
  const phrase = (weights: string) =>
    term.words
      .map((word, i) => {
        const flags = `${term.prefix && i === last ? '*' : ''}${weights}`;
        return flags ? `${lexeme(word)}:${flags}` : lexeme(word);
      })
      .join(' <-> ');
  const weights = columns === 'title' ? WEIGHTS.slice(0, 2) : WEIGHTS;
  if (last === 0) return `(${phrase(columns === 'title' ? weights.join('') : '')})`;
  return `(${weights.map(phrase).join(' | ')})`;
}

/** Every term (AND), as tsquery input over the positioned words. */
export const tsqueryAll = (terms: SearchTerm[], columns: TermColumns = 'all'): string =>
  terms.map((term) => tsqueryTerm(term, columns)).join(' & ');

/** A phrase's pairs of neighbouring words, all required, as tsquery input (the last a prefix if typed so). */
function phrasePairs(term: SearchTerm): string {
  const { words } = term;
  const last = words.length - 1;
  return words
    .slice(1)
    .map((word, i) => `${lexeme(`${words[i] ?? ''} ${word}`)}${term.prefix && i + 1 === last ? ':*' : ''}`)
    .join(' & ');
}

/**
 * The pairs a document must have for the query's phrases to stand in it, as tsquery input;
 * null without phrases. ANDed to the positional match, it lets the GIN index of pairs rule out
 * the documents that have the words but not side by side.
 */
export function pairsFilter(terms: SearchTerm[]): string | null {
  const phrases = terms.filter((term) => term.words.length > 1);
  return phrases.length === 0 ? null : phrases.map(phrasePairs).join(' & ');
}

/**
 * Where a term occurs, as a condition the GIN indexes answer without reading positions where
 * they can: a word (or prefix) in `words` or `title_words`; a phrase as its pairs of
 * neighbouring words, plus, for three words or more, the positions of the few documents having
 * the pairs.
 */
export function termCondition(term: SearchTerm, columns: TermColumns): RawBuilder<boolean> {
  const { words } = term;
  if (words.length === 1) {
    const query = `${lexeme(words[0] ?? '')}${term.prefix ? ':*' : ''}`;
    return columns === 'title'
      ? sql<boolean>`title_words @@ ${query}::tsquery`
      : sql<boolean>`words @@ ${query}::tsquery`;
  }
  const pairs = phrasePairs(term);
  const paired =
    columns === 'title' ? sql`title_words @@ ${pairs}::tsquery` : sql`pairs @@ ${pairs}::tsquery`;
  return words.length === 2
    ? sql<boolean>`${paired}`
    : sql<boolean>`${paired} and words @@ ${tsqueryTerm(term, columns)}::tsquery`;
}
