import { removeBidiControls } from '@pbgdpl/contract/text-rules';

// Built from code points so the source holds no invisible characters.
const chars = (...codes: number[]) => codes.map((code) => String.fromCodePoint(code)).join('');
const range = (from: number, to: number) => `${String.fromCodePoint(from)}-${String.fromCodePoint(to)}`;
/** Controls the server refuses (all but tab and line feed), zero-width and soft-hyphen marks. */
const INVISIBLE = new RegExp(
  `[${range(0x00, 0x08)}${range(0x0e, 0x1f)}${range(0x7f, 0x9f)}${chars(0xad, 0x200b, 0xfeff)}]`,
  'g',
);
/** Word's line and page breaks in plain text (vertical tab, form feed) and carriage returns. */
const BREAKS = new RegExp(`\r\n?|[${chars(0x0b, 0x0c, 0x2028, 0x2029)}]`, 'g');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Pasted words as the server takes them: NFC, line breaks as `\n`, no controls, lone
 * surrogates, direction controls, zero-width or soft-hyphen marks (PDFs and Word carry them).
 */
export const cleanText = (text: string): string =>
  removeBidiControls(text.replace(BREAKS, '\n').replace(INVISIBLE, '').replace(LONE_SURROGATE, '')).normalize(
    'NFC',
  );
