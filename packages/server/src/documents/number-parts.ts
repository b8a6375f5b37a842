/**
 * A document number as parts compared in any order: `19/HD-STP`, `HD-STP 19`, `19 hd stp` and
 * `19/HĐ-STP` are the parts 19, hd, stp. Readers type numbers without the slash, reorder them,
 * drop marks and leading zeros; the parts survive all of that.
 */

const PART = /[\p{L}\p{N}]+/gu;

/** Digits without leading zeros (08 = 8), letters as they are. */
function canonical(part: string): string {
  let zeros = 0;
  while (zeros < part.length - 1 && part.charCodeAt(zeros) === 48) zeros++;
  return zeros > 0 && /^\d/.test(part.slice(zeros)) ? part.slice(zeros) : part;
}

/**
 * The parts of a folded number (a `number_key` or folded text). Catalogs split every number
 * of the corpus: ASCII, the usual case, is split by hand, several times faster than the regex.
 */
export function keyParts(folded: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    if (code > 127) return (folded.match(PART) ?? []).map(canonical);
    const alphanumeric =
      (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (alphanumeric && start === -1) start = i;
    else if (!alphanumeric && start !== -1) {
      parts.push(canonical(folded.slice(start, i)));
      start = -1;
    }
  }
  return parts;
}

/**
 * Type names a reader types instead of the letters numbers use for them (Nghị định
 * 30/2020/NĐ-CP, appendix III): "nghị quyết 08 2025" is 08/2025/NQ-…. Types whose numbers carry
 * no letters of their own (Luật, Công văn) and the word "số" stand for no part.
 */
const TYPE_NAMES: ReadonlyArray<readonly [words: readonly string[], part: string | null]> = [
  [['van', 'ban', 'hop', 'nhat'], 'vbhn'],
  [['nghi', 'dinh'], 'nd'],
  [['nghi', 'quyet'], 'nq'],
  [['quyet', 'dinh'], 'qd'],
  [['thong', 'tu'], 'tt'],
  [['chi', 'thi'], 'ct'],
  [['ke', 'hoach'], 'kh'],
  [['huong', 'dan'], 'hd'],
  [['thong', 'bao'], 'tb'],
  [['bao', 'cao'], 'bc'],
  [['cong', 'van'], null],
  [['luat'], null],
  [['so'], null],
];

/**
 * The number parts of a typed query (folded words, in order), type names replaced by their
 * letters; null unless it could be a number: at least two parts, one of them digits.
 */
export function typedNumberParts(words: readonly string[]): string[] | null {
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    const name = TYPE_NAMES.find(([names]) => names.every((word, k) => words[i + k] === word));
    if (name) {
      if (name[1] !== null) parts.push(name[1]);
      i += name[0].length;
    } else parts.push(canonical(words[i++] ?? ''));
  }
  const distinct = [...new Set(parts)];
  return distinct.length >= 2 && distinct.some((part) => /^\d+$/.test(part)) ? distinct : null;
}
