import type { ConsentPurpose } from '@pbgdpl/contract';
import { consentEditions, type Edition, type EditionTexts } from '../consents/consent-editions.ts';
import type { Lang } from '../http/language.ts';

/** The consent texts a sender of a question agrees to, in editions (see `consentEditions`). */
const EDITIONS: Record<string, EditionTexts<ConsentPurpose>> = {
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

const book = consentEditions(EDITIONS, CURRENT_EDITION, REQUIRED);

export interface ConsentEdition extends Edition<ConsentPurpose> {
  /** The sender agreed to e-mails about this question. */
  emailNotices: boolean;
}

const withNotices = (edition: Edition<ConsentPurpose> | undefined): ConsentEdition | undefined =>
  edition && { ...edition, emailNotices: EMAIL_NOTICES.has(book.nameOf(edition.version) ?? '') };

/** What the form shows now, in the asked language. */
export const currentConsents = (language: Lang): ConsentEdition =>
  withNotices(book.current(language)) as ConsentEdition;

/** Any edition ever shown, by its version id (`2026-07-vi`); undefined for an unknown one. */
export const consentsOfVersion = (version: string): ConsentEdition | undefined =>
  withNotices(book.ofVersion(version));

/** The edition a submission names, if it is the one shown now (else the form must reload). */
export const currentConsentsOfVersion = (version: string): ConsentEdition | undefined =>
  withNotices(book.currentOfVersion(version));
