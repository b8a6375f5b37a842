import type { z } from 'zod';
import { en, vi } from 'zod/locales';
import { TEXT_PROBLEM_MESSAGES } from '@pbgdpl/contract/text-rules';
import { perHeaderValue } from './header-memo.ts';

export type Lang = 'vi' | 'en';

/** A message in both languages we answer in. */
export type Localized = Record<Lang, string>;

/** Vietnamese unless the client ranks English higher (RFC 9110 quality values). */
export const preferredLanguage = (acceptLanguage: string | undefined): Lang =>
  acceptLanguage ? languageOf(acceptLanguage) : 'vi';

const languageOf = perHeaderValue(parseLanguage);

function parseLanguage(acceptLanguage: string): Lang {
  let best: { lang: Lang; q: number } = { lang: 'vi', q: 0 };
  for (const part of acceptLanguage.split(',')) {
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

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const FORMATS: Record<string, Localized> = {
  email: { vi: 'Địa chỉ email không hợp lệ', en: 'Not a valid email address' },
  url: {
    vi: 'Địa chỉ web không hợp lệ (http:// hoặc https://)',
    en: 'Not a valid web address (http:// or https://)',
  },
  date: { vi: 'Ngày không hợp lệ (yyyy-mm-dd)', en: 'Not a valid date (yyyy-mm-dd)' },
  datetime: { vi: 'Thời điểm không hợp lệ (ISO 8601)', en: 'Not a valid date and time (ISO 8601)' },
};

/**
 * zod's locales speak to developers ("mong đợi number, nhận được NaN"); editors and citizens
 * read these instead. Anything not listed keeps the locale's wording.
 */
function plainMessage(issue: Issue, lang: Lang): string | undefined {
  const vi = lang === 'vi';
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return REQUIRED[lang];
    if (issue.expected === 'number' || issue.expected === 'int')
      return vi ? 'Phải là một số' : 'Must be a number';
    return undefined;
  }
  if (issue.code === 'invalid_format' && 'format' in issue && issue.format !== 'regex')
    return FORMATS[issue.format]?.[lang];
  if ((issue.code === 'too_small' || issue.code === 'too_big') && 'origin' in issue) {
    const small = issue.code === 'too_small';
    const limit = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'string') {
      if (small && limit === 1) return vi ? 'Không được để trống' : 'Must not be empty';
      return small
        ? vi
          ? `Cần ít nhất ${limit} ký tự`
          : `At least ${limit} characters`
        : vi
          ? `Tối đa ${limit} ký tự`
          : `At most ${limit} characters`;
    }
    if (issue.origin === 'number')
      return small
        ? vi
          ? `Nhỏ nhất là ${limit}`
          : `At least ${limit}`
        : vi
          ? `Lớn nhất là ${limit}`
          : `At most ${limit}`;
    if (issue.origin === 'array')
      return small
        ? vi
          ? `Cần ít nhất ${limit} mục`
          : `At least ${limit} items`
        : vi
          ? `Tối đa ${limit} mục`
          : `At most ${limit} items`;
  }
  return undefined;
}

function plainFirst(lang: Lang, localeError: z.core.$ZodErrorMap): z.core.$ZodErrorMap {
  return (issue) => plainMessage(issue, lang) ?? localeError(issue);
}

export const zodErrorMaps = {
  vi: plainFirst('vi', vi().localeError),
  en: plainFirst('en', en().localeError),
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
  'trường ẩn chống thư rác, phải để trống': 'a hidden anti-spam field that must stay empty',
  'Cần ít nhất email hoặc số điện thoại': 'Give an email address or a phone number, or both',
  'số điện thoại Việt Nam, ví dụ 0912 345 678 hoặc +84 912 345 678':
    'a Vietnamese phone number, e.g. 0912 345 678 or +84 912 345 678',
  [TEXT_PROBLEM_MESSAGES.control]:
    'contains an invisible control character (such as NUL or ESC); delete it and type again',
  [TEXT_PROBLEM_MESSAGES.surrogate]: 'contains an invalid Unicode character; delete it and type again',
  [TEXT_PROBLEM_MESSAGES.bidi]: 'contains an invisible text-direction character; delete it and type again',
  'Đáp án bị lặp': 'the same option is given twice',
  'Phương án bị lặp': 'the same option is given twice',
  'số định danh cá nhân gồm 12 chữ số': 'a personal identification number has 12 digits',
};

/** The contract's messages that name a value (an option's number, a round's title). */
const CONTRACT_PATTERNS_EN: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^Không có phương án số (\d+)$/, (m) => `there is no option ${m[1]}`],
  [/^Vòng thi trùng thời gian với vòng "(.*)"$/s, (m) => `overlaps the round "${m[1]}"`],
];

function toEnglish(message: string): string {
  const fixed = CONTRACT_MESSAGES_EN[message];
  if (fixed) return fixed;
  for (const [pattern, english] of CONTRACT_PATTERNS_EN) {
    const match = pattern.exec(message);
    if (match) return english(match);
  }
  return message;
}

export const translateMessage = (message: string, lang: Lang): string =>
  lang === 'en' ? toEnglish(message) : message;
