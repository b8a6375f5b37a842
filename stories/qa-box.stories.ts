import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type {
  Question,
  QuestionForm,
  QuestionPage,
  QuestionSummary,
  QuestionTracking,
  Site,
} from '@pbgdpl/contract';
import '@pbgdpl/qa-box';
import fixtures from './fixtures/qa-box.json';

/** Where the mocked API answers; every story's element points at it with `api="/api/v1"`. */
const API = '*/api/v1';
const summaries = fixtures.summaries as QuestionSummary[];
const questions = fixtures.questions as unknown as Question[];

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Escaped text with each searched word in `<mark>` (folding keeps an NFC text's length). */
function highlight(text: string, words: string[]): string {
  const folded = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words)
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length))
      marked.fill(true, at, at + word.length);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (marked[i] !== (marked[i - 1] ?? false)) out += marked[i] ? '<mark>' : '</mark>';
    out += escapeHtml(text.charAt(i));
  }
  return marked[text.length - 1] ? `${out}</mark>` : out;
}

/** Answers like the real API: words without diacritics, field, unit, featured first, pages. */
function list(url: URL): QuestionPage {
  const params = url.searchParams;
  const words = fold(params.get('q') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const found = summaries.filter(
    (item) =>
      words.every((word) => fold(`${item.title} ${item.excerpt}`).includes(word)) &&
      (!params.get('field') || item.field === params.get('field')) &&
      (!params.get('unit') || item.unit?.id === params.get('unit')),
  );
  if (params.get('sort') === 'featured') found.sort((a, b) => Number(b.featured) - Number(a.featured));
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 10);
  const items = found.slice((page - 1) * pageSize, page * pageSize).map((item) =>
    words.length
      ? {
          ...item,
          highlight: { title: highlight(item.title, words), snippet: highlight(item.excerpt, words) },
        }
      : item,
  );
  return { items, total: found.length, page, pageSize };
}

const form = (lang: 'vi' | 'en'): QuestionForm => ({
  consentVersion: `${fixtures.consents.version.replace(/-vi$/, '')}-${lang}`,
  consents: fixtures.consents[lang] as QuestionForm['consents'],
  formToken: 'story-form-token',
  minFillSeconds: 0,
  challenge: null,
});

const notFound = () =>
  HttpResponse.json({ type: 'about:blank', title: 'Không tìm thấy', status: 404 }, { status: 404 });

const handlers: RequestHandler[] = [
  http.get(`${API}/site`, () => HttpResponse.json({ units: fixtures.units } as unknown as Site)),
  http.get(`${API}/questions/form`, ({ request }) =>
    HttpResponse.json(form(request.headers.get('accept-language') === 'en' ? 'en' : 'vi')),
  ),
  http.get(`${API}/questions/status/:code`, ({ params }) => {
    const all = fixtures.tracking as Record<string, QuestionTracking>;
    const found = Object.values(all).find((item) => item.trackingCode === params.code);
    return found ? HttpResponse.json(found) : notFound();
  }),
  http.get(`${API}/questions/:id`, ({ params }) => {
    const question = questions.find((item) => item.id === Number(params.id));
    return question ? HttpResponse.json(question) : notFound();
  }),
  http.get(`${API}/questions`, ({ request }) => HttpResponse.json(list(new URL(request.url)))),
  http.post(`${API}/questions`, () =>
    HttpResponse.json(
      { trackingCode: 'HD-7KQ4M9XA', status: 'pending', receivedAt: new Date().toISOString() },
      { status: 201 },
    ),
  ),
];

/** Puts this story's parameters in the iframe's address, as a shared link would. */
const withAddress =
  (params: Record<string, string>): Decorator<QaBoxArgs> =>
  (story) => {
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);
    return story();
  };

/** A draft in storage, as a reader who typed earlier would have left it. */
const withDraft =
  (draft: Record<string, string>): Decorator<QaBoxArgs> =>
  (story) => {
    localStorage.setItem(`pbgdpl-qa-draft:${location.origin}/api/v1`, JSON.stringify(draft));
    return story();
  };

/** States reached by a person's action: the story acts once the form is there (Send, Tra cứu). */
const act =
  (selector: string, before?: (root: ShadowRoot) => void): Decorator<QaBoxArgs> =>
  (story) => {
    const timer = setInterval(() => {
      const root = document.querySelector('#storybook-root pbgdpl-qa-box')?.shadowRoot;
      const target = root?.querySelector<HTMLElement>(selector);
      if (!root || !target || !root.querySelector('#consent, #code')) return;
      clearInterval(timer);
      before?.(root);
      target.click();
    }, 100);
    return story();
  };

const validDraft = {
  name: 'Nguyễn Thị Lan',
  email: 'lan.nguyen@example.com',
  phone: '0912 345 678',
  address: '',
  field: 'hon-nhan-gia-dinh',
  title: 'Thủ tục đăng ký kết hôn với người nước ngoài',
  body: 'Tôi muốn đăng ký kết hôn với người nước ngoài tại tỉnh Tây Ninh. Xin hỏi hồ sơ gồm những giấy tờ gì và nộp ở đâu?',
  key: 'story-idempotency-key',
};

const checkConsent = (root: ShadowRoot) => {
  const box = root.querySelector<HTMLInputElement>('#consent');
  if (box && !box.checked) box.click();
};

interface QaBoxArgs {
  mode: 'both' | 'browse' | 'ask';
  detail: 'inline' | 'dialog';
  sort: 'newest' | 'featured';
  field?: string;
  pageSize?: number;
  documentsHref?: string;
  urlPrefix?: string;
  lang?: 'vi' | 'en';
}

const meta = {
  title: 'Widgets/QA box',
  component: 'pbgdpl-qa-box',
  args: { mode: 'both', detail: 'inline', sort: 'newest', lang: 'vi', documentsHref: '/van-ban?vb-doc={id}' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['both', 'browse', 'ask'] },
    detail: { control: 'inline-radio', options: ['inline', 'dialog'] },
    sort: { control: 'inline-radio', options: ['newest', 'featured'] },
    field: { control: 'text' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    documentsHref: { control: 'text' },
    urlPrefix: { control: 'text' },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: (args) =>
    html`<pbgdpl-qa-box
      api="/api/v1"
      mode=${args.mode}
      detail=${args.detail}
      sort=${args.sort}
      field=${ifDefined(args.field)}
      page-size=${ifDefined(args.pageSize)}
      documents-href=${ifDefined(args.documentsHref)}
      url-prefix=${ifDefined(args.urlPrefix)}
      lang=${ifDefined(args.lang)}
    ></pbgdpl-qa-box>`,
  parameters: { msw: { handlers } },
} satisfies Meta<QaBoxArgs>;

export default meta;
type Story = StoryObj<QaBoxArgs>;

/** Answered questions, newest first, with search, filters by field and unit, and pages. */
export const List: Story = {};

/** "Được quan tâm" questions first. */
export const Featured: Story = { args: { sort: 'featured' } };

/** Searched without diacritics: matches only. */
export const Searched: Story = {
  args: { urlPrefix: 'searched-' },
  decorators: [withAddress({ 'searched-q': 'dat' })],
};

/** Nothing matches: a hint and the way to ask one's own question. */
export const Empty: Story = {
  args: { urlPrefix: 'empty-' },
  decorators: [withAddress({ 'empty-q': 'khong co cau hoi nao' })],
};

/** The API answers 500: the error with a retry button. */
export const ServerError: Story = {
  args: { field: 'y-te' },
  parameters: {
    msw: {
      handlers: [http.get(`${API}/questions`, () => HttpResponse.text('boom', { status: 500 })), ...handlers],
    },
  },
};

/** The API never answers: placeholder rows of fixed height. */
export const Loading: Story = {
  args: { field: 'giao-duc' },
  parameters: {
    msw: {
      handlers: [
        http.get(`${API}/questions`, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
        ...handlers,
      ],
    },
  },
};

/** A question opened from a shared link: answer, who answered, related documents, the note. */
export const DetailInline: Story = {
  args: { urlPrefix: 'inline-' },
  decorators: [withAddress({ 'inline-id': String(questions[0]?.id ?? 1) })],
};

/** The same in a modal dialog. */
export const DetailDialog: Story = {
  args: { urlPrefix: 'dialog-', detail: 'dialog' },
  decorators: [withAddress({ 'dialog-id': String(questions[1]?.id ?? 1) })],
};

/** The ask form, empty: every label, both consent texts, the character count. */
export const AskForm: Story = {
  args: { mode: 'ask', urlPrefix: 'ask-' },
  decorators: [withDraft({ key: 'story-empty' })],
};

/** Sent with mistakes: messages beside the fields and a summary, focus on the first. */
export const AskWithErrors: Story = {
  args: { mode: 'ask', urlPrefix: 'errors-' },
  decorators: [
    act('button.submit'),
    withDraft({ ...validDraft, name: 'A', phone: '12345', email: '', body: 'Quá ngắn' }),
  ],
};

/** Sending (the server has not answered yet): the button is disabled and says so. */
export const Sending: Story = {
  args: { mode: 'ask', urlPrefix: 'sending-' },
  decorators: [act('button.submit', checkConsent), withDraft(validDraft)],
  parameters: {
    msw: {
      handlers: [
        http.post(`${API}/questions`, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
        ...handlers,
      ],
    },
  },
};

/** Received: the tracking code with a copy button and the way to the status lookup. */
export const Success: Story = {
  args: { mode: 'ask', urlPrefix: 'success-' },
  decorators: [act('button.submit', checkConsent), withDraft(validDraft)],
};

/** The lookup by tracking code, showing an answered question. */
export const StatusLookup: Story = {
  args: { mode: 'ask', urlPrefix: 'status-' },
  decorators: [
    act('.lookup button[type="submit"]', (root) => {
      const input = root.querySelector<HTMLInputElement>('#code');
      if (input) input.value = fixtures.tracking.answered.trackingCode;
    }),
    withAddress({ 'status-tab': 'status' }),
  ],
};

/** A rejected question: its reason. */
export const StatusRejected: Story = {
  args: { mode: 'ask', urlPrefix: 'rejected-' },
  decorators: [
    act('.lookup button[type="submit"]', (root) => {
      const input = root.querySelector<HTMLInputElement>('#code');
      if (input) input.value = fixtures.tracking.rejected.trackingCode;
    }),
    withAddress({ 'rejected-tab': 'status' }),
  ],
};

/** Labels, dates and numbers in English. */
export const English: Story = { args: { lang: 'en' } };
