/**
 * Canonical Vietnamese text: NFC with the tone mark on one agreed vowel.
 *
 * The same word reaches us as NFD from some keyboards and with the tone on different vowels
 * (`hoà`/`hòa`, `thuỷ`/`thủy`); both survive NFC. We place tones the traditional way used by
 * most legal texts (`hòa`, `thủy`, `khuỷu`): on the vowel carrying a shape mark if there is
 * one, else on the last vowel before a final consonant, else on the first of two vowels or
 * the middle of three.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS_ALL = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Shape marks that make a distinct vowel: breve (ă), circumflex (â ê ô), horn (ơ ư). */
const SHAPE_MARKS = /[\u0306\u0302\u031b]/u;
const VOWELS = 'aeiouy';
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

interface Letter {
  base: string;
  marks: string;
}

export function normalizeVi(text: string): string {
  return text.normalize('NFD').replace(WORD, placeTone).normalize('NFC');
}

function placeTone(word: string): string {
  const tone = word.match(TONE_MARKS)?.[0];
  if (!tone) return word;
  const letters = splitLetters(word.replace(TONE_MARKS_ALL, ''));
  const target = toneVowelIndex(letters);
  if (target === -1) return word;
  return letters.map((letter, i) => letter.base + letter.marks + (i === target ? tone : '')).join('');
}

function splitLetters(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const char of word) {
    const last = letters[letters.length - 1];
    if (/\p{M}/u.test(char) && last) last.marks += char;
    else letters.push({ base: char, marks: '' });
  }
  return letters;
}

function isVowel(letter: Letter | undefined): boolean {
  return letter !== undefined && VOWELS.includes(letter.base.toLowerCase());
}

/** Index of the letter that should carry the tone, or -1 when the word is not a syllable. */
function toneVowelIndex(letters: Letter[]): number {
  let start = letters.findIndex(isVowel);
  if (start === -1) return -1;
  let end = start;
  while (isVowel(letters[end + 1])) end++;
  // Only one vowel group per syllable: anything else (an acronym, a foreign word) is left alone.
  if (letters.slice(end + 1).some(isVowel)) return -1;

  const initial = letters
    .slice(0, start)
    .map((l) => l.base.toLowerCase())
    .join('');
  const first = letters[start]?.base.toLowerCase();
  // In "qu-" and "gi-" + vowel the u / i belong to the initial consonant.
  if (end > start && ((initial === 'q' && first === 'u') || (initial === 'g' && first === 'i'))) {
    start++;
  }

  const nucleus = letters.slice(start, end + 1);
  const shaped = nucleus.map((l, i) => (SHAPE_MARKS.test(l.marks) ? i : -1)).filter((i) => i >= 0);
  if (shaped.length > 0) return start + (shaped[shaped.length - 1] ?? 0);

  const closed = end < letters.length - 1;
  if (closed || nucleus.length === 1) return end;
  return nucleus.length === 2 ? start : start + 1;
}
