import { normalizeVi } from './normalize.ts';

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/**
 * Sorting compares each string many times (n log n); normalizing once per distinct string
 * keeps a sort of a few thousand names from spending most of its time re-normalizing.
 */
const normalized = new Map<string, string>();
const MEMO_LIMIT = 4096;

function normalizedOnce(text: string): string {
  let value = normalized.get(text);
  if (value === undefined) {
    if (normalized.size >= MEMO_LIMIT) normalized.clear();
    value = normalizeVi(text);
    normalized.set(text, value);
  }
  return value;
}

/** Sort order a Vietnamese reader expects: A Ă Â B C D Đ E Ê …, numbers by value. */
export function compareVi(a: string, b: string): number {
  return collator.compare(normalizedOnce(a), normalizedOnce(b));
}

/**
 * Order of identifiers, codes, URLs and ISO dates (not words): code units, no locale, so every
 * machine sorts them alike (`localeCompare` follows the machine's locale).
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
