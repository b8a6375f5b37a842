import type { Lang, Localized } from './language.ts';
import { ProblemError } from './problem.ts';

export const unknownUnitMessage = (id: string): Localized => ({
  vi: `Không có đơn vị "${id}"`,
  en: `There is no unit "${id}"`,
});

/** A per-field 400 for a unit id we do not know, rather than a foreign key failure. */
export const unknownUnitProblem = (field: string, id: string, lang: Lang): ProblemError =>
  new ProblemError(400, {
    detail: { vi: 'Có 1 trường không hợp lệ.', en: '1 field(s) are invalid.' },
    errors: { [field]: [unknownUnitMessage(id)[lang]] },
  });
