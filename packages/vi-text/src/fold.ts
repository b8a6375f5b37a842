import { normalizeVi } from './normalize.ts';

/** Syllables ending in y after consonants only, where y and i spell the same sound (kỹ/kĩ, lý/lí). */
const Y_AS_I = /(?<!\p{L})(qu|[bcdghklmnprstvx]{1,3})y(?!\p{L})/gu;

/**
 * Text as a search index sees it: canonical, without marks, đ→d, lower case, y/i variants
 * unified. For NFC input every character maps to exactly one character, so offsets found in
 * the folded text are offsets in the original (used for highlighting).
 */
export function foldVi(text: string): string {
  return normalizeVi(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(Y_AS_I, '$1i');
}

/** Folded words (letters and digits), in order: the unit of phrase and prefix matching. */
export function tokenizeVi(text: string): string[] {
  return foldVi(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
