import type { ConsentPurpose, ConsentText } from '@pbgdpl/contract';
import type { Lang } from '../http/language.ts';

/**
 * The consent texts a sender agrees to. A version id names one edition in one language
 * (`2026-07-vi`), so a submission proves exactly which words were shown. Change a text:
 * add a new edition and make it current; keep old ones, records point at them.
 */
const EDITIONS: Record<string, Record<Lang, Record<ConsentPurpose, string>>> = {
  '2026-07': {
    vi: {
      'process-and-answer':
        'Tôi đồng ý để Sở Tư pháp tỉnh Tây Ninh xử lý họ tên, email, số điện thoại, địa chỉ và nội dung câu hỏi tôi gửi nhằm mục đích trả lời câu hỏi này, theo Luật Bảo vệ dữ liệu cá nhân. Thông tin liên hệ của tôi không được công khai và chỉ cán bộ trả lời được xem.',
      'publish-name':
        'Tôi đồng ý công khai họ tên của tôi cùng câu hỏi và câu trả lời trên trang hỏi đáp pháp luật. Nếu không đồng ý, câu hỏi được đăng không kèm họ tên.',
    },
    en: {
      'process-and-answer':
        'I agree that the Department of Justice of Tây Ninh province processes the name, email, phone number, address and question I send in order to answer this question, under the Personal Data Protection Law. My contact details are not published and only the officials answering can see them.',
      'publish-name':
        'I agree that my full name is published with the question and its answer on the legal Q&A page. If I do not agree, the question is published without my name.',
    },
  },
};

const CURRENT_EDITION = '2026-07';

const REQUIRED: Record<ConsentPurpose, boolean> = { 'process-and-answer': true, 'publish-name': false };

export interface ConsentEdition {
  version: string;
  language: Lang;
  consents: ConsentText[];
}

function edition(name: string, language: Lang): ConsentEdition | undefined {
  const texts = EDITIONS[name]?.[language];
  if (!texts) return undefined;
  return {
    version: `${name}-${language}`,
    language,
    consents: (Object.keys(REQUIRED) as ConsentPurpose[]).map((purpose) => ({
      purpose,
      required: REQUIRED[purpose],
      text: texts[purpose],
    })),
  };
}

/** What the form shows now, in the asked language. */
export const currentConsents = (language: Lang): ConsentEdition =>
  edition(CURRENT_EDITION, language) as ConsentEdition;

/** The edition a submission names; undefined for unknown or retired versions (the form must reload). */
export function consentsOfVersion(version: string): ConsentEdition | undefined {
  const match = /^(.+)-(vi|en)$/.exec(version);
  if (!match?.[1] || match[1] !== CURRENT_EDITION) return undefined;
  return edition(match[1], match[2] as Lang);
}
