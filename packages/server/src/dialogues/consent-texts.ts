import type { ConsentPurpose } from '@pbgdpl/contract';
import { consentEditions, type EditionTexts } from '../consents/consent-editions.ts';

const REQUIRED: Record<ConsentPurpose, boolean> = { 'process-and-answer': true, 'publish-name': false };

/** What one asking a question to a dialogue session agrees to, per purpose (see `consentEditions`). */
export const dialogueConsents = consentEditions<ConsentPurpose>(
  {
    '2026-12': {
      vi: {
        'process-and-answer':
          'Tôi đồng ý để đơn vị chủ trì buổi đối thoại xử lý họ tên, email, số điện thoại, tên tổ chức và nội dung câu hỏi tôi gửi nhằm mục đích tổng hợp, trả lời câu hỏi trong buổi đối thoại và công bố câu trả lời, theo Luật Bảo vệ dữ liệu cá nhân. Thông tin liên hệ của tôi không được công khai và chỉ cán bộ tổ chức buổi đối thoại được xem.',
        'publish-name':
          'Tôi đồng ý công khai họ tên và tên tổ chức của tôi cùng câu hỏi trên trang đối thoại. Nếu không đồng ý, câu hỏi được đăng không kèm họ tên.',
      },
      en: {
        'process-and-answer':
          'I agree that the unit hosting the dialogue session processes the name, email, phone number, organisation and question I send in order to gather and answer the question in the session and publish the answer, under the Personal Data Protection Law. My contact details are not published and only the officials running the session can see them.',
        'publish-name':
          'I agree that my name and organisation are published with the question on the dialogue page. If I do not agree, the question is published without my name.',
      },
    },
  } satisfies Record<string, EditionTexts<ConsentPurpose>>,
  '2026-12',
  REQUIRED,
);

/** What a sender of feedback on a legal document agrees to, per purpose. */
export const feedbackConsents = consentEditions<ConsentPurpose>(
  {
    '2026-12': {
      vi: {
        'process-and-answer':
          'Tôi đồng ý để cơ quan ban hành văn bản và Sở Tư pháp tỉnh Tây Ninh xử lý họ tên, email, số điện thoại, tên tổ chức và nội dung phản ánh, kiến nghị tôi gửi nhằm mục đích xem xét, trả lời và công bố kết quả xử lý, theo Luật Bảo vệ dữ liệu cá nhân. Thông tin liên hệ của tôi không được công khai.',
        'publish-name':
          'Tôi đồng ý công khai họ tên của tôi cùng phản ánh, kiến nghị và câu trả lời trên trang văn bản. Nếu không đồng ý, phản ánh được đăng không kèm họ tên.',
      },
      en: {
        'process-and-answer':
          'I agree that the issuing authority and the Department of Justice of Tây Ninh province process the name, email, phone number, organisation and feedback I send in order to consider it, respond and publish the outcome, under the Personal Data Protection Law. My contact details are not published.',
        'publish-name':
          'I agree that my name is published with the feedback and its response on the document page. If I do not agree, the feedback is published without my name.',
      },
    },
  } satisfies Record<string, EditionTexts<ConsentPurpose>>,
  '2026-12',
  REQUIRED,
);
