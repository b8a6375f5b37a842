import type { DocumentSuggestion } from '@pbgdpl/contract';
import { foldVi, normalizeVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';
import { currentCatalog } from './catalog.ts';
import { type ParsedQuery, parseQuery } from './query.ts';
import type { DocumentSearch, SearchRequest } from './search.ts';
import { type Vocabulary, vocabulary, wordsStartingWith } from './vocabulary.ts';

/** A search finding at most this many documents may hold a typo worth a suggestion. */
const SUGGEST_AT_MOST = 2;
/** A word the index knows is taken for a typo only when a word one edit away is this many times as frequent. */
const MORE_FREQUENT = 10;
/** How much likelier a swapped or doubled letter is than any other edit (a weight on the word's frequency). */
const LIKELY_EDIT = 100;
/** Words one edit away kept per typed word, and corrected queries searched, at most. */
const CANDIDATES_PER_WORD = 3;
const QUERIES_TRIED = 4;
const WORD = /[\p{L}\p{N}]+/gu;

/** A typed word and what it may have meant: itself (when known) first, then the likeliest corrections. */
interface TypedWord {
  start: number;
  end: number;
  folded: string;
  /** weight: the word's frequency, times LIKELY_EDIT for a likely edit. */
  candidates: Array<{ word: string; weight: number }>;
}

/** The letters the vocabulary spells with: the alphabet of insertions and substitutions. */
const alphabets = new WeakMap<Vocabulary, string[]>();
function alphabetOf(known: Vocabulary): string[] {
  let alphabet = alphabets.get(known);
  if (!alphabet) {
    const letters = new Set<string>();
    for (const word of known.words) for (const char of word) if (/\p{L}/u.test(char)) letters.add(char);
    alphabet = [...letters].sort();
    alphabets.set(known, alphabet);
  }
  return alphabet;
}

/**
 * Every string one edit from word: a letter left out, added, changed, or two neighbours swapped.
 * Swapped and doubled letters are the typos fingers make most: those edits are `likely`.
 */
function* oneEditFrom(word: string, alphabet: string[]): Generator<{ edit: string; likely: boolean }> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const [first = '', second = ''] = tail;
    if (tail) yield { edit: head + tail.slice(1), likely: first === second || first === head.at(-1) };
    if (tail.length > 1) yield { edit: head + second + first + tail.slice(2), likely: true };
    for (const letter of alphabet) {
      if (tail) yield { edit: head + letter + tail.slice(1), likely: false };
      yield { edit: head + letter + tail, likely: false };
    }
  }
}

/** How many documents a typed word finds (a word still being typed: the words it starts). */
function countOf(known: Vocabulary, word: string, prefix: boolean): number {
  if (!prefix) return known.counts.get(word) ?? 0;
  return wordsStartingWith(known.words, word).reduce((sum, w) => sum + (known.counts.get(w) ?? 0), 0);
}

/**
 * What a typed word may have meant. Words with digits (numbers, dates) and single letters are
 * taken as typed; an unknown word becomes its most frequent known neighbours; a known one keeps
 * itself first and admits only far more frequent neighbours.
 */
function candidatesFor(known: Vocabulary, word: string, prefix: boolean): TypedWord['candidates'] {
  const count = countOf(known, word, prefix);
  const typed = [{ word, weight: count * LIKELY_EDIT }];
  if (word.length < 2 || /\p{N}/u.test(word)) return typed;
  const neighbours = new Map<string, number>();
  for (const { edit, likely } of oneEditFrom(word, alphabetOf(known))) {
    // Folded as the search will fold it: "ly" is indexed as "li".
    const corrected = edit.endsWith('y') ? foldVi(edit) : edit;
    const n = known.counts.get(corrected) ?? 0;
    if (n === 0 || corrected === word || n < count * MORE_FREQUENT) continue;
    const weight = likely ? n * LIKELY_EDIT : n;
    neighbours.set(corrected, Math.max(weight, neighbours.get(corrected) ?? 0));
  }
  const best = [...neighbours]
    .map(([w, weight]) => ({ word: w, weight }))
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
    .slice(0, CANDIDATES_PER_WORD);
  return count > 0 ? [...typed, ...best] : best;
}

/** Corrected queries, fewest changes first, then the most frequent words: at most QUERIES_TRIED of them. */
function correctedQueries(text: string, typed: TypedWord[]): string[] {
  let choices: Array<{ picks: number[]; changes: number; weight: number }> = [
    { picks: [], changes: 0, weight: 0 },
  ];
  for (const word of typed) {
    if (word.candidates.length === 0) return [];
    choices = choices.flatMap((choice) =>
      word.candidates.map((candidate, i) => ({
        picks: [...choice.picks, i],
        changes: choice.changes + (candidate.word === word.folded ? 0 : 1),
        weight: choice.weight + Math.log(candidate.weight + 1),
      })),
    );
    // Keep the list short however many words q has.
    choices = choices.sort((a, b) => a.changes - b.changes || b.weight - a.weight).slice(0, 64);
  }
  return choices
    .filter((choice) => choice.changes > 0)
    .slice(0, QUERIES_TRIED)
    .map((choice) => {
      let corrected = '';
      let at = 0;
      typed.forEach((word, i) => {
        const pick = word.candidates[choice.picks[i] ?? 0]?.word ?? word.folded;
        // A word kept as typed keeps its marks.
        corrected +=
          text.slice(at, word.start) + (pick === word.folded ? text.slice(word.start, word.end) : pick);
        at = word.end;
      });
      return corrected + text.slice(at);
    });
}

/**
 * Whether a search's few results may come from a typo: it found nothing, or at most
 * SUGGEST_AT_MOST documents and was no document number (a number found is what was meant).
 */
export const mayHoldTypo = (query: ParsedQuery, total: number): boolean =>
  total === 0 || (total <= SUGGEST_AT_MOST && query.numberKey === null && query.numberParts === null);

/**
 * "Có phải bạn muốn tìm …": when a search finds (almost) nothing, the query with its typos
 * corrected, one edit per word against the index's own vocabulary, if that finds more under
 * the same filters. Words left as typed keep their marks; corrected ones come from the
 * vocabulary, folded.
 */
export async function suggestion(
  db: Db,
  search: DocumentSearch,
  q: string,
  request: SearchRequest,
  total: number,
): Promise<DocumentSuggestion | null> {
  const known = await vocabulary(db, await currentCatalog(db));
  const text = normalizeVi(q).trim();
  // foldVi keeps the length of canonical text, so folded offsets are offsets in text.
  const folded = foldVi(text);
  if (folded.length !== text.length) return null;
  const matches = [...folded.matchAll(WORD)];
  const quotesBefore = (at: number) => (folded.slice(0, at).match(/"/g) ?? []).length;
  const typed = matches.map((match, i): TypedWord => {
    const end = match.index + match[0].length;
    const prefix = i === matches.length - 1 && end === folded.length && quotesBefore(end) % 2 === 0;
    return { start: match.index, end, folded: match[0], candidates: candidatesFor(known, match[0], prefix) };
  });
  for (const corrected of correctedQueries(text, typed)) {
    const query = parseQuery(corrected);
    if (!query) continue;
    const found = await search.search({ ...request, query, page: 1, pageSize: 1 });
    if (found.total > total) return { q: corrected, total: found.total };
  }
  return null;
}
