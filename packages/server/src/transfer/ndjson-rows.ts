import type { ImportReport } from '@pbgdpl/contract';
import type { z } from 'zod';
import { type Lang, zodErrorMaps } from '../http/language.ts';
import { addIssues } from '../http/validate.ts';

const NOT_JSON = { vi: 'Dòng này không phải JSON hợp lệ', en: 'This line is not valid JSON' };

export interface ValidRow<T> {
  line: number;
  data: T;
}

/**
 * Each non-blank line of an NDJSON import checked by `schema`, then by `check` (errors per
 * field, or null), or its errors per field; line numbers count from 1.
 */
export function parseNdjsonRows<S extends z.ZodType>(
  ndjson: string,
  schema: S,
  lang: Lang,
  check: (data: z.output<S>) => Record<string, string[]> | null,
): { valid: Array<ValidRow<z.output<S>>>; rejected: ImportReport['rejected'] } {
  const valid: Array<ValidRow<z.output<S>>> = [];
  const rejected: ImportReport['rejected'] = [];
  ndjson.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      rejected.push({ line, errors: { json: [NOT_JSON[lang]] } });
      return;
    }
    const checked = checkRow(value, schema, lang, check);
    if ('errors' in checked) rejected.push({ line, errors: checked.errors });
    else valid.push({ line, data: checked.data });
  });
  return { valid, rejected };
}

/** One value checked by `schema`, then by `check`: the data, or its errors per field. */
export function checkRow<S extends z.ZodType>(
  value: unknown,
  schema: S,
  lang: Lang,
  check: (data: z.output<S>) => Record<string, string[]> | null,
): { data: z.output<S> } | { errors: Record<string, string[]> } {
  const result = schema.safeParse(value, { error: zodErrorMaps[lang] });
  const errors = result.success ? check(result.data) : addIssues({}, result.error.issues, lang, 'row');
  return errors ? { errors } : { data: result.data as z.output<S> };
}
