import type { SearchTerm } from './query.ts';
import type { TermColumns } from './term-sets.ts';

/** Words as FTS5's unicode61 tokenizer splits folded text, and as parseQuery splits q. */
const WORD = /[\p{L}\p{N}]+/gu;
/** tsvector limits: larger positions count as the largest, further positions of a word are dropped. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
const MAX_WORD_BYTES = 2_046;
/** Column weights in FTS5 column order: number, title, summary, body. */
const WEIGHTS = ['A', 'B', 'C', 'D'] as const;

/** A lexeme quoted for tsvector/tsquery input (words hold letters and digits only, but still). */
const lexeme = (word: string) => `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'`;

/**
 * The tsvector of the folded columns, as tsvector input, and the document's length in words
 * (what bm25 normalises by, as FTS5 counts it). The application splits the words, so
 * PostgreSQL's parser (which keeps "qd-ubnd" whole and depends on the locale) never sees them,
 * and both dialects index the same words at the same positions, numbered on from one column
 * to the next.
 */
export function tsvectorInput(columns: [number: string, title: string, summary: string, body: string]): {
  input: string;
  length: number;
} {
  const positions = new Map<string, string[]>();
  let position = 0;
  columns.forEach((text, column) => {
    for (const [word] of text.matchAll(WORD)) {
      position++;
      if (Buffer.byteLength(word) > MAX_WORD_BYTES) continue;
      const at = `${Math.min(position, MAX_POSITION)}${WEIGHTS[column] ?? 'D'}`;
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD && list.at(-1) !== at) list.push(at);
      positions.set(word, list);
    }
  });
  const input = [...positions].map(([word, at]) => `${lexeme(word)}:${at.join(',')}`).join(' ');
  return { input, length: position };
}

/**
 * A term as tsquery input, in any column or only in the number or title (weights A and B): a
 * word, or words in a row (a phrase) within one column, as in FTS5 (every word of the phrase
 * with the same weight); the last word a prefix if typed so.
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

/** Every term (AND), as tsquery input. */
export const tsqueryAll = (terms: SearchTerm[], columns: TermColumns = 'all'): string =>
  terms.map((term) => tsqueryTerm(term, columns)).join(' & ');
