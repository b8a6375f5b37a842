import { z } from 'zod';
import {
  removeBidiControls,
  TEXT_PROBLEM_MESSAGES,
  type TextKind,
  textProblem,
  unifyLineBreaks,
} from './text-rules.ts';

/** The refinement behind every text field, for strings with a format of their own (addresses). */
export const refuseTextProblems =
  (kind: TextKind) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: TEXT_PROBLEM_MESSAGES[problem], continue: false });
  };

/** Length limits in UTF-16 code units, after normalizing and trimming. */
export interface TextLimit {
  min?: number;
  max: number;
}

const TIDY: Record<TextKind, (text: string) => string> = {
  line: (text) => text,
  lines: unifyLineBreaks,
  html: removeBidiControls,
};

/**
 * Every text field of every request is one of these three: the rules of `text-rules.ts`
 * refused with a field message, line breaks unified or bidi controls removed, NFC applied
 * (TCVN 6909 and TT 26/2020 ask for NFC), then trimmed and measured. So SQLite and PostgreSQL
 * store the same value, and neither ever sees a NUL.
 */
function text(kind: TextKind, limit: TextLimit) {
  const schema = z
    .string()
    .superRefine(refuseTextProblems(kind))
    .overwrite(TIDY[kind])
    .normalize('NFC')
    .trim()
    .max(limit.max);
  return limit.min === undefined ? schema : schema.min(limit.min);
}

/** One line: names, titles, numbers, search words. */
export const singleLine = (limit: TextLimit) => text('line', limit);
/** Paragraphs of plain text: a question, a summary, a description; tab and line breaks kept. */
export const multiLine = (limit: TextLimit) => text('lines', limit);
/** HTML from the editors' rich-text editor, sanitized by the server afterwards. */
export const richHtml = (limit: TextLimit) => text('html', limit);
