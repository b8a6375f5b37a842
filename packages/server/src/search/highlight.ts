import { foldVi } from '@pbgdpl/vi-text';
import { escapeHtml } from '@pbgdpl/contract/html-policy';
import type { SearchTerm } from './query.ts';

const SNIPPET_LENGTH = 200;
const SNIPPET_LEAD = 60;
const NOT_WORD = '[^\\p{L}\\p{N}]+';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern finding every term in folded text, whole words only (the typed word as a prefix). */
export function termPattern(terms: SearchTerm[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = terms.map(
    (term) =>
      term.words.map(escapeRegExp).join(NOT_WORD) + (term.prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu');
}

/** Escaped text with the given [start, end) ranges wrapped in <mark>. */
export function markRanges(text: string, ranges: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * Finds matches in `folded` and marks them in `display`. foldVi keeps the length of NFC text,
 * so offsets in the folded text are offsets in the display text; if a rare character breaks
 * that, the text comes back escaped without marks rather than marked in the wrong place.
 */
export function highlightFolded(display: string, folded: string, pattern: RegExp | null): string {
  if (!pattern || folded.length !== display.length) return escapeHtml(display);
  const ranges = [...folded.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  return markRanges(display, ranges);
}

export const highlightText = (display: string, pattern: RegExp | null): string =>
  highlightFolded(display, foldVi(display), pattern);

/**
 * Marks the part of a document number that a number query matched (its folded key is a prefix
 * of ours), else the terms. `folded` is the number folded, when the caller has it already.
 */
export function highlightNumber(
  number: string,
  key: string | null,
  pattern: RegExp | null,
  folded = foldVi(number),
): string {
  const end = key ? numberKeyPrefixEnd(number, folded, key) : null;
  if (end !== null) return markRanges(number, [[number.search(/\S/), end]]);
  return highlightFolded(number, folded, pattern);
}

/** Where the characters spelling `key` end in `number`, spaces skipped; null if it does not start with key. */
function numberKeyPrefixEnd(number: string, folded: string, key: string): number | null {
  if (folded.length !== number.length) return null;
  let matched = 0;
  for (let i = 0; i < folded.length; i++) {
    if (/\s/.test(folded[i] ?? '')) continue;
    if (folded[i] !== key[matched]) return null;
    if (++matched === key.length) return i + 1;
  }
  return null;
}

/**
 * About 200 characters of plain text around the first match, whole words, escaped and marked;
 * null when the text does not contain a match (the document matched elsewhere).
 */
export function snippet(display: string, folded: string, pattern: RegExp | null): string | null {
  if (!pattern || folded.length !== display.length) return null;
  const first = folded.search(pattern);
  if (first === -1) return null;
  let start = Math.max(0, first - SNIPPET_LEAD);
  if (start > 0) {
    const space = display.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : first;
  }
  let end = Math.min(display.length, start + SNIPPET_LENGTH);
  if (end < display.length) {
    const space = display.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const marked = highlightFolded(display.slice(start, end), folded.slice(start, end), pattern);
  return `${start > 0 ? '…' : ''}${marked}${end < display.length ? '…' : ''}`;
}
