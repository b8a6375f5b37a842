import type { ConsentPurpose, ConsentText } from '@pbgdpl/contract';
import type { Lang } from '../http/language.ts';

/**
 * The consent texts a sender agrees to. A version id names one edition in one language
 * (`2026-07-vi`), so a submission proves exactly which words were shown. Change a text:
 * add a new edition and make it current; keep old ones, records point at them.
 */
const EDITIONS: Record<string, Record<Lang, Record<ConsentPurpose, string>>> = {
  '2026-12': {
    vi: {
      'process-and-answer':
        'Tôi đồng ý để Sở Tư pháp tỉnh Tây Ninh xử lý họ tên, email, số điện thoại, địa chỉ và nội dung câu hỏi tôi gửi nhằm mục đích trả lời câu hỏi này, theo Luật Bảo vệ dữ liệu cá nhân. Nếu tôi cho email, Sở chỉ dùng email đó để gửi cho tôi thư báo đã nhận câu hỏi (kèm mã theo dõi) và thư báo khi câu hỏi được trả lời. Thông tin liên hệ của tôi không được công khai và chỉ cán bộ trả lời được xem.',
      'publish-name':
        'Tôi đồng ý công khai họ tên của tôi cùng câu hỏi và câu trả lời trên trang hỏi đáp pháp luật. Nếu không đồng ý, câu hỏi được đăng không kèm họ tên.',
    },
    en: {
      'process-and-answer':
        'I agree that the Department of Justice of Tây Ninh province processes the name, email, phone number, address and question I send in order to answer this question, under the Personal Data Protection Law. If I give an email address, the Department uses it only to send me a receipt with the tracking code and a notice when the question is answered. My contact details are not published and only the officials answering can see them.',
      'publish-name':
        'I agree that my full name is published with the question and its answer on the legal Q&A page. If I do not agree, the question is published without my name.',
    },
  },
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

const CURRENT_EDITION = '2026-12';

/** Editions whose words let us e-mail the sender (receipt, answered notice); earlier ones did not say so. */
const EMAIL_NOTICES = new Set(['2026-12']);

const REQUIRED: Record<ConsentPurpose, boolean> = { 'process-and-answer': true, 'publish-name': false };

export interface ConsentEdition {
  version: string;
  language: Lang;
  /** The sender agreed to e-mails about this question. */
  emailNotices: boolean;
  consents: ConsentText[];
}

function edition(name: string, language: Lang): ConsentEdition | undefined {
  const texts = EDITIONS[name]?.[language];
  if (!texts) return undefined;
  return {
    version: `${name}-${language}`,
    language,
    emailNotices: EMAIL_NOTICES.has(name),
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

/** Any edition ever shown, by its version id (`2026-07-vi`); undefined for an unknown one. */
export function consentsOfVersion(version: string): ConsentEdition | undefined {
  const match = /^(.+)-(vi|en)$/.exec(version);
  return match?.[1] ? edition(match[1], match[2] as Lang) : undefined;
}

/** The edition a submission names, if it is the one shown now (else the form must reload). */
export function currentConsentsOfVersion(version: string): ConsentEdition | undefined {
  const named = consentsOfVersion(version);
  return named && named.version === currentConsents(named.language).version ? named : undefined;
}
