import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type {
  DocumentFacets,
  DocumentPage,
  DocumentSummary,
  FacetCount,
  LegalDocument,
  RelationList,
} from '@pbgdpl/contract';
import '@pbgdpl/legal-docs';
import fixtures from './fixtures/legal-docs.json';

/** Where the mocked API answers; every story's element points at it with `api="/api/v1"`. */
const DOCUMENTS_URL = '*/api/v1/documents';
const documents = fixtures.documents as unknown as DocumentSummary[];

/** Folds Vietnamese like the server does (marks off, đ → d, lower case), for the mock's matching. */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Escaped text with each searched word in `<mark>`, as the API sends it. */
function highlight(text: string, words: string[]): string {
  const folded = fold(text);
  const marks = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    let at = folded.indexOf(word);
    while (at >= 0) {
      for (let i = at; i < at + word.length; i++) marks[i] = true;
      at = folded.indexOf(word, at + word.length);
    }
  }
  let out = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (marks[i] !== open) {
      out += open ? '</mark>' : '<mark>';
      open = !open;
    }
    out += escapeHtml(text.charAt(i));
  }
  return open ? `${out}</mark>` : out;
}

type Facet = keyof DocumentFacets;
const valuesOf: Record<Facet, (doc: DocumentSummary) => string[]> = {
  type: (doc) => [doc.type],
  issuer: (doc) => [doc.issuer.id],
  field: (doc) => doc.fields,
  status: (doc) => [doc.status],
  year: (doc) => [doc.issuedOn.slice(0, 4)],
};

function counts(docs: DocumentSummary[], facet: Facet): FacetCount[] {
  const tally = new Map<string, FacetCount>();
  for (const doc of docs)
    for (const value of valuesOf[facet](doc)) {
      const entry = tally.get(value) ?? {
        value,
        count: 0,
        ...(facet === 'issuer' ? { label: doc.issuer.name } : {}),
      };
      entry.count++;
      tally.set(value, entry);
    }
  return [...tally.values()].sort((a, b) =>
    facet === 'year' ? b.value.localeCompare(a.value) : b.count - a.count,
  );
}

/** Answers like the real API: filters, words without diacritics, facets that ignore their own filter, pages. */
function search(url: URL, items: DocumentSummary[] = documents): DocumentPage {
  const params = url.searchParams;
  const words = fold(params.get('q') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = (doc: DocumentSummary, except?: Facet) =>
    words.every((word) => fold(`${doc.number} ${doc.title} ${doc.summary ?? ''}`).includes(word)) &&
    (Object.keys(valuesOf) as Facet[]).every((facet) => {
      const wanted = params.get(facet);
      return facet === except || !wanted || valuesOf[facet](doc).includes(wanted);
    });
  const found = items.filter((doc) => matches(doc));
  const sort = params.get('sort');
  if (sort === 'effective')
    found.sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''));
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const facets = Object.fromEntries(
    (Object.keys(valuesOf) as Facet[]).map((facet) => [
      facet,
      counts(
        items.filter((doc) => matches(doc, facet)),
        facet,
      ),
    ]),
  ) as DocumentFacets;
  return {
    items: found.slice((page - 1) * pageSize, page * pageSize).map((doc) => ({
      ...doc,
      highlight: words.length
        ? {
            number: highlight(doc.number, words),
            title: highlight(doc.title, words),
            snippet: doc.summary ? highlight(doc.summary, words) : null,
          }
        : null,
    })),
    total: found.length,
    page,
    pageSize,
    facets,
  };
}

function fullDocument(doc: DocumentSummary): LegalDocument {
  const { highlight: _highlight, issuer, ...rest } = doc;
  return {
    ...rest,
    issuer,
    signerName: 'Nguyễn Văn A',
    signerTitle: 'Chủ tịch',
    scope: 'Tỉnh Tây Ninh',
    gazetteOn: null,
    body: `<h2>Điều 1. Phạm vi điều chỉnh</h2><p>${escapeHtml(doc.title)}.</p><h2>Điều 2. Hiệu lực thi hành</h2><p>Văn bản có hiệu lực kể từ ngày ký.</p>`,
    attachments: [],
    materials: [],
    vbplItemId: null,
    gazetteId: null,
    links: { vbpl: null, gazette: null },
    published: true,
    publishedAt: `${doc.issuedOn}T08:00:00+07:00`,
    updatedAt: `${doc.issuedOn}T08:00:00+07:00`,
  };
}

const detailHandlers: RequestHandler[] = [
  http.get(`${DOCUMENTS_URL}/:id/related`, ({ params }) => {
    const other = documents.find((doc) => doc.id !== Number(params.id)) ?? documents[0];
    if (!other) return HttpResponse.json({ items: [] });
    const related: RelationList = {
      items: [
        {
          type: 'based-on',
          direction: 'active',
          number: '31/2024/QH15',
          title: 'Luật Đất đai',
          url: 'https://vbpl.vn/',
          document: null,
        },
        {
          type: 'references',
          direction: 'active',
          number: other.number,
          title: other.title,
          url: null,
          document: {
            id: other.id,
            number: other.number,
            title: other.title,
            type: other.type,
            issuedOn: other.issuedOn,
            status: other.status,
          },
        },
      ],
    };
    return HttpResponse.json(related);
  }),
  http.get(`${DOCUMENTS_URL}/:id`, ({ params }) => {
    const doc = documents.find((item) => item.id === Number(params.id));
    return doc
      ? HttpResponse.json(fullDocument(doc))
      : HttpResponse.json({ type: 'about:blank', title: 'Không tìm thấy', status: 404 }, { status: 404 });
  }),
];

const searchHandler = (items?: DocumentSummary[]) =>
  http.get(DOCUMENTS_URL, ({ request }) => HttpResponse.json(search(new URL(request.url), items)));

/** Puts this story's parameters in the iframe's address, as a shared link would. */
const withAddress =
  (params: Record<string, string>): Decorator<LegalDocsArgs> =>
  (story) => {
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);
    return story();
  };

interface LegalDocsArgs {
  view: 'full' | 'compact';
  detail: 'inline' | 'dialog' | 'link';
  pageSize?: number;
  issuer?: string;
  type?: string;
  urlPrefix?: string;
  detailHref?: string;
  moreHref?: string;
  lang?: 'vi' | 'en';
}

const meta = {
  title: 'Widgets/Legal documents',
  component: 'pbgdpl-legal-docs',
  args: { view: 'full', detail: 'inline', lang: 'vi' },
  argTypes: {
    view: { control: 'inline-radio', options: ['full', 'compact'] },
    detail: { control: 'inline-radio', options: ['inline', 'dialog', 'link'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    issuer: { control: 'text' },
    type: { control: 'text' },
    urlPrefix: { control: 'text' },
    detailHref: { control: 'text' },
    moreHref: { control: 'text' },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: (args) =>
    html`<pbgdpl-legal-docs
      api="/api/v1"
      view=${args.view}
      detail=${args.detail}
      page-size=${ifDefined(args.pageSize)}
      issuer=${ifDefined(args.issuer)}
      type=${ifDefined(args.type)}
      url-prefix=${ifDefined(args.urlPrefix)}
      detail-href=${ifDefined(args.detailHref)}
      more-href=${ifDefined(args.moreHref)}
      lang=${ifDefined(args.lang)}
    ></pbgdpl-legal-docs>`,
  parameters: { msw: { handlers: [searchHandler(), ...detailHandlers] } },
} satisfies Meta<LegalDocsArgs>;

export default meta;
type Story = StoryObj<LegalDocsArgs>;

/** The newest documents, facets with counts, pages. */
export const Default: Story = {};

/** Searched without diacritics ("dat dai"): matched words are highlighted in numbers, titles and snippets. */
export const Searched: Story = {
  args: { urlPrefix: 'searched-' },
  decorators: [withAddress({ 'searched-q': 'dat dai' })],
};

/** Filters chosen by the reader (removable chips) and a preset issuer whose facet is hidden. */
export const WithFilters: Story = {
  args: { urlPrefix: 'filtered-', issuer: 'ubnd-tinh' },
  decorators: [withAddress({ 'filtered-field': 'dat-dai', 'filtered-type': 'quyet-dinh' })],
};

/** A sidebar list of the newest documents with "Xem tất cả". */
export const Compact: Story = {
  args: { view: 'compact', moreHref: '/van-ban', detail: 'link', detailHref: '/van-ban?id={id}' },
  decorators: [
    (story) =>
      html`<style>
          .sidebar {
            width: 300px;
          }
        </style>
        <div class="sidebar">${story()}</div>`,
  ],
};

/** Nothing matches: suggestions and a button to clear the filters. */
export const Empty: Story = {
  args: { urlPrefix: 'empty-' },
  decorators: [withAddress({ 'empty-q': 'khong co van ban nao' })],
};

/** A typo ("dat daii") finds nothing: the answer suggests the corrected search, as a link that runs it. */
export const DidYouMean: Story = {
  args: { urlPrefix: 'typo-' },
  decorators: [withAddress({ 'typo-q': 'dat daii' })],
  parameters: {
    msw: {
      handlers: [
        http.get(DOCUMENTS_URL, ({ request }) => {
          const url = new URL(request.url);
          const page = search(url);
          if (fold(url.searchParams.get('q') ?? '') !== 'dat daii') return HttpResponse.json(page);
          url.searchParams.set('q', 'dat dai');
          return HttpResponse.json({ ...page, suggestion: { q: 'dat dai', total: search(url).total } });
        }),
        ...detailHandlers,
      ],
    },
  },
};

/** The API answers 500 and nothing was saved before: the error with a retry button. */
export const ServerError: Story = {
  args: { type: 'bao-cao' },
  parameters: {
    msw: {
      handlers: [http.get(DOCUMENTS_URL, () => HttpResponse.text('boom', { status: 500 }))],
    },
  },
};

/** The API never answers: skeleton rows of fixed height. */
export const Loading: Story = {
  args: { type: 'huong-dan' },
  parameters: {
    msw: {
      handlers: [
        http.get(DOCUMENTS_URL, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ],
    },
  },
};

/** The API is down but an earlier answer was saved: shown with the stale notice. */
export const Stale: Story = {
  args: { type: 'chi-thi' },
  decorators: [
    (story) => {
      const url = new URL('/api/v1/documents', location.origin);
      // The query the widget sends, keys sorted as the API client sorts them.
      url.search = '?page=1&pageSize=10&sort=relevance&type=chi-thi';
      sessionStorage.setItem(`pbgdpl:v1:${url.href}`, JSON.stringify(search(url)));
      return story();
    },
  ],
  parameters: { msw: { handlers: [http.get(DOCUMENTS_URL, () => HttpResponse.error())] } },
};

/** Labels, dates and numbers in English. */
export const English: Story = {
  args: { lang: 'en' },
};

/** A document opened inline from a shared link: the back button returns to the list. */
export const DetailInline: Story = {
  args: { urlPrefix: 'inline-' },
  decorators: [withAddress({ 'inline-doc': String(documents[0]?.id ?? 1) })],
};

/** A document opened in a modal dialog (close button or Esc). */
export const DetailDialog: Story = {
  args: { urlPrefix: 'dialog-', detail: 'dialog' },
  decorators: [withAddress({ 'dialog-doc': String(documents[1]?.id ?? 2) })],
};
