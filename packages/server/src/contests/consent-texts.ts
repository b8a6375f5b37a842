import type { ContestConsentPurpose } from '@pbgdpl/contract';
import { consentEditions, type Edition, type EditionTexts } from '../consents/consent-editions.ts';

/** What a participant of a contest agrees to, per purpose, in editions (see `consentEditions`). */
const EDITIONS: Record<string, EditionTexts<ContestConsentPurpose>> = {
  '2026-12': {
    vi: {
      'take-part':
        'Tôi đồng ý để đơn vị tổ chức cuộc thi xử lý họ tên, số điện thoại hoặc email, năm sinh, đơn vị hoặc xã, phường và số định danh (nếu tôi cho) nhằm tổ chức cuộc thi, chấm điểm và xếp hạng, theo Luật Bảo vệ dữ liệu cá nhân. Thông tin liên hệ và số định danh của tôi không bao giờ được công khai.',
      'publish-result':
        'Tôi đồng ý công khai họ tên, đơn vị hoặc xã, phường và kết quả của tôi trong bảng kết quả cuộc thi. Nếu không đồng ý, kết quả của tôi vẫn được xếp hạng nhưng không kèm họ tên và địa phương.',
      'prize-contact':
        'Tôi đồng ý để đơn vị tổ chức liên hệ với tôi qua số điện thoại hoặc email đã cho để trao giải nếu tôi đạt giải.',
    },
    en: {
      'take-part':
        'I agree that the organiser of the contest processes my name, phone number or e-mail, year of birth, unit or commune and identity number (if I give it) to run the contest, score and rank it, under the Personal Data Protection Law. My contact details and identity number are never published.',
      'publish-result':
        'I agree that my name, unit or commune and my result are published in the contest results. If I do not agree, my result is still ranked but shown without my name and place.',
      'prize-contact':
        'I agree that the organiser contacts me by the phone number or e-mail I gave to hand over a prize if I win one.',
    },
  },
};

const REQUIRED: Record<ContestConsentPurpose, boolean> = {
  'take-part': true,
  'publish-result': false,
  'prize-contact': false,
};

export type ContestConsentEdition = Edition<ContestConsentPurpose>;

export const contestConsents = consentEditions(EDITIONS, '2026-12', REQUIRED);
