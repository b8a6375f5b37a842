import { escapeHtml } from '@pbgdpl/contract/html-policy';
import type { Lang } from '../http/language.ts';
import type { Mail, MailPurpose } from './outbox.ts';

/** A paragraph of a message: words, or words with the address they lead to. */
type Paragraph = string | { text: string; href: string };

const DATE_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** dd/mm/yyyy as the province reads it, whatever the server's own time zone. */
const day = (at: Date, lang: Lang) =>
  new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);

const dayAndTime = (at: Date, lang: Lang) =>
  `${new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)} ${day(at, lang)}`;

const SIGNATURE: Record<Lang, string> = {
  vi: 'Sở Tư pháp tỉnh Tây Ninh – Trang Phổ biến, giáo dục pháp luật. Thư này được gửi tự động, vui lòng không trả lời.',
  en: 'Department of Justice of Tây Ninh province – legal dissemination and education site. This message is sent automatically; please do not reply.',
};

/** One message as plain text and as HTML from the same paragraphs; every value is escaped. */
function compose(
  purpose: MailPurpose,
  recipient: string,
  subject: string,
  lang: Lang,
  body: Paragraph[],
): Mail {
  const paragraphs = [...body, SIGNATURE[lang]];
  const text = paragraphs.map((p) => (typeof p === 'string' ? p : `${p.text}\n${p.href}`)).join('\n\n');
  const html = paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p)}</p>`
        : `<p><a href="${escapeHtml(p.href)}">${escapeHtml(p.text)}</a></p>`,
    )
    .join('\n');
  return {
    purpose,
    recipient,
    subject,
    text,
    html: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body>${html}</body></html>`,
  };
}

export interface QuestionMailFacts {
  recipient: string;
  senderName: string;
  title: string;
  trackingCode: string;
  lang: Lang;
}

/** Where a reader finds a question: the province's Q&A page, opened on it when it is public. */
const questionPage = (qaPageUrl: string, params: Record<string, string>) => {
  const url = new URL(qaPageUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(`hd-${name}`, value);
  return url.href;
};

export function questionReceipt(facts: QuestionMailFacts, receivedAt: Date, qaPageUrl: string | null): Mail {
  const { lang, trackingCode } = facts;
  const lookup = qaPageUrl && {
    text: lang === 'vi' ? 'Tra cứu tình trạng câu hỏi' : 'Check the status of your question',
    href: questionPage(qaPageUrl, { tab: 'status' }),
  };
  const body: Paragraph[] =
    lang === 'vi'
      ? [
          `Kính gửi ${facts.senderName},`,
          `Ngày ${day(receivedAt, lang)}, chúng tôi đã nhận câu hỏi “${facts.title}” của bạn.`,
          `Mã theo dõi: ${trackingCode}. Hãy giữ mã này để tra cứu tình trạng câu hỏi; chúng tôi sẽ báo cho bạn qua email khi câu hỏi được trả lời.`,
        ]
      : [
          `Dear ${facts.senderName},`,
          `On ${day(receivedAt, lang)} we received your question “${facts.title}”.`,
          `Tracking code: ${trackingCode}. Keep it to check the status of your question; we will e-mail you when it is answered.`,
        ];
  const subject =
    lang === 'vi'
      ? `Đã nhận câu hỏi của bạn – mã theo dõi ${trackingCode}`
      : `Your question was received – tracking code ${trackingCode}`;
  return compose('question-receipt', facts.recipient, subject, lang, lookup ? [...body, lookup] : body);
}

export function questionAnswered(
  facts: QuestionMailFacts,
  questionId: number,
  qaPageUrl: string | null,
): Mail {
  const { lang, trackingCode } = facts;
  const read: Paragraph =
    qaPageUrl !== null
      ? {
          text: lang === 'vi' ? 'Đọc câu trả lời' : 'Read the answer',
          href: questionPage(qaPageUrl, { id: String(questionId) }),
        }
      : lang === 'vi'
        ? `Hãy nhập mã theo dõi ${trackingCode} ở mục “Tra cứu” của trang Hỏi đáp pháp luật nơi bạn đã gửi câu hỏi.`
        : `Enter the tracking code ${trackingCode} under “Status” on the legal Q&A page where you asked.`;
  const body: Paragraph[] =
    lang === 'vi'
      ? [
          `Kính gửi ${facts.senderName},`,
          `Câu hỏi “${facts.title}” (mã theo dõi ${trackingCode}) của bạn đã được trả lời và đăng công khai.`,
          read,
        ]
      : [
          `Dear ${facts.senderName},`,
          `Your question “${facts.title}” (tracking code ${trackingCode}) has been answered and published.`,
          read,
        ];
  const subject =
    lang === 'vi'
      ? `Câu hỏi của bạn đã được trả lời – mã ${trackingCode}`
      : `Your question has been answered – code ${trackingCode}`;
  return compose('question-answered', facts.recipient, subject, lang, body);
}

/** An invitation to the console, or a new password: the person's own one-time link. */
export function accountLink(
  purpose: 'invite' | 'reset',
  person: { email: string; name: string },
  url: string,
  expiresAt: Date,
): Mail {
  const until = dayAndTime(expiresAt, 'vi');
  const body: Paragraph[] =
    purpose === 'invite'
      ? [
          `Kính gửi ${person.name},`,
          'Bạn được mời sử dụng trang quản trị Phổ biến, giáo dục pháp luật. Mở liên kết dưới đây để đặt mật khẩu; liên kết dùng được một lần.',
          { text: 'Đặt mật khẩu', href: url },
          `Liên kết hết hạn lúc ${until}. Nếu bạn không chờ thư này, hãy bỏ qua nó.`,
        ]
      : [
          `Kính gửi ${person.name},`,
          'Quản trị viên đã tạo cho bạn một liên kết đặt lại mật khẩu; liên kết dùng được một lần.',
          { text: 'Đặt mật khẩu mới', href: url },
          `Liên kết hết hạn lúc ${until}. Mật khẩu hiện tại vẫn dùng được cho đến khi bạn đặt mật khẩu mới.`,
        ];
  const subject =
    purpose === 'invite' ? 'Lời mời sử dụng trang quản trị PBGDPL' : 'Đặt lại mật khẩu trang quản trị PBGDPL';
  return compose(
    purpose === 'invite' ? 'account-invite' : 'account-reset',
    person.email,
    subject,
    'vi',
    body,
  );
}
