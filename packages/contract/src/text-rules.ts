/**
 * What any text a person or a program sends may contain, in one place for the server's schemas
 * (`text.ts`) and the browser forms' checks. No schema code here: widgets import it at run time.
 *
 * Refused everywhere: C0 and C1 control characters (NUL, ESC and the like: PostgreSQL refuses
 * NUL, terminals obey ESC), lone UTF-16 surrogates (not Unicode text; PostgreSQL refuses them
 * too) and the bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which can make an editor read a different name than the one stored.
 * Multi-line fields and HTML keep tab and line breaks.
 */
export type TextKind = 'line' | 'lines' | 'html';
export type TextProblem = 'control' | 'surrogate' | 'bidi';

// Built from code points so the source holds no invisible characters.
const range = (from: number, to: number) =>
  `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`;
const C1_AND_DEL = range(0x7f, 0x9f);
// Tab, line feed and carriage return stay in multi-line text and HTML.
const CONTROLS_BUT_BREAKS = new RegExp(
  `[${range(0x00, 0x08)}${range(0x0b, 0x0c)}${range(0x0e, 0x1f)}${C1_AND_DEL}]`,
);
const CONTROLS: Record<TextKind, RegExp> = {
  line: new RegExp(`[${range(0x00, 0x1f)}${C1_AND_DEL}]`),
  lines: CONTROLS_BUT_BREAKS,
  html: CONTROLS_BUT_BREAKS,
};
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI_CONTROLS = `[${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}]`;
const BIDI_CONTROL = new RegExp(BIDI_CONTROLS);

/** The first thing wrong with `text` as a field of this kind; HTML may carry bidi controls (they are removed). */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
  if (CONTROLS[kind].test(text)) return 'control';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (kind !== 'html' && BIDI_CONTROL.test(text)) return 'bidi';
  return null;
}

/** Rich text keeps its words and loses only the direction controls pasted with them. */
export const removeBidiControls = (text: string): string => text.replace(new RegExp(BIDI_CONTROLS, 'g'), '');

/** Line breaks as one `\n`, whichever system typed them. */
export const unifyLineBreaks = (text: string): string => text.replace(/\r\n?/g, '\n');

/** The message each problem gets, in the contract's language (the server translates it). */
export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  control: 'có ký tự điều khiển không nhìn thấy (như NUL hoặc ESC); hãy xóa rồi gõ lại',
  surrogate: 'có ký tự Unicode không hợp lệ; hãy xóa rồi gõ lại',
  bidi: 'có ký tự đổi chiều văn bản không nhìn thấy; hãy xóa rồi gõ lại',
};
