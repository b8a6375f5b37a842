import type { z } from 'zod';
import { en, vi } from 'zod/locales';

export type Lang = 'vi' | 'en';

/** A message in both languages we answer in. */
export type Localized = Record<Lang, string>;

/** Vietnamese unless the client ranks English higher (RFC 9110 quality values). */
export function preferredLanguage(acceptLanguage: string | undefined): Lang {
  let best: { lang: Lang; q: number } = { lang: 'vi', q: 0 };
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0];
    if (lang !== 'vi' && lang !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (q > best.q) best = { lang, q };
  }
  return best.lang;
}

const REQUIRED: Localized = { vi: 'Bắt buộc phải có', en: 'Required' };

/** zod's locales say "expected string, received undefined" for a missing field; people read "required". */
function withRequired(lang: Lang, localeError: z.core.$ZodErrorMap): z.core.$ZodErrorMap {
  return (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? REQUIRED[lang] : localeError(issue);
}

export const zodErrorMaps = {
  vi: withRequired('vi', vi().localeError),
  en: withRequired('en', en().localeError),
};

/**
 * English for the Vietnamese messages written into the contract's schemas (those win over the
 * zod locale, so they need translating here).
 */
const CONTRACT_MESSAGES_EN: Record<string, string> = {
  'chỉ gồm chữ thường không dấu, số và dấu gạch nối':
    'only lower-case letters without marks, digits and hyphens',
  'đường dẫn phải bắt đầu bằng /': 'a path must start with /',
  'Thời điểm kết thúc phải sau thời điểm bắt đầu': 'The end must come after the start',
};

export const translateMessage = (message: string, lang: Lang): string =>
  lang === 'en' ? (CONTRACT_MESSAGES_EN[message] ?? message) : message;
