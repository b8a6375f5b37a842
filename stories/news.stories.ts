import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { Article, ArticlePage, ArticleSummary } from '@pbgdpl/contract';
import '@pbgdpl/news';
import '@pbgdpl/news/article';
import fixtures from './fixtures/news.json';

/** The seeded articles as the API lists them, and a few in full. */
const page = fixtures.page as unknown as ArticlePage;
const articles = fixtures.articles as unknown as Record<string, Article>;
const LIST_URL = '*/api/v1/articles';
const ONE_URL = '*/api/v1/articles/:ref';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Answers like the real API for what the stories ask: words without diacritics, category, unit, pages. */
function listHandler(items: ArticleSummary[] = page.items): RequestHandler {
  return http.get(LIST_URL, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const words = fold(params.get('q') ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const found = items.filter(
      (article) =>
        (!params.get('category') || article.category === params.get('category')) &&
        (!params.get('unit') || article.unit.id === params.get('unit')) &&
        words.every((word) => fold(`${article.title} ${article.summary}`).includes(word)),
    );
    const number = Number(params.get('page') ?? 1);
    const size = Number(params.get('pageSize') ?? 12);
    return HttpResponse.json({
      ...page,
      items: found.slice((number - 1) * size, number * size),
      total: found.length,
      page: number,
      pageSize: size,
    } satisfies ArticlePage);
  });
}

const oneHandler = http.get(ONE_URL, ({ params }) => {
  const article = Object.values(articles).find(
    (candidate) => String(candidate.id) === params.ref || candidate.slug === params.ref,
  );
  if (!article)
    return HttpResponse.json(
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Không có bài viết này.' },
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
    );
  return HttpResponse.json(article);
});

function pick(test: (article: Article) => boolean): Article {
  const found = Object.values(articles).find(test);
  if (!found) throw new Error('the news fixture lacks an article the stories need');
  return found;
}
const announcement = pick((a) => a.event !== null);
const material = pick((a) => a.category === 'tai-lieu-pbgdpl');
const withDocuments = pick((a) => a.documents.length > 0);

interface NewsArgs {
  view: 'full' | 'cards' | 'compact' | 'headlines';
  detail: 'inline' | 'dialog';
  category?: string;
  lang?: 'vi' | 'en';
  urlPrefix?: string;
}

const meta = {
  title: 'Widgets/News',
  component: 'pbgdpl-news',
  args: { view: 'full', detail: 'inline', lang: 'vi' },
  argTypes: {
    view: { control: 'inline-radio', options: ['full', 'cards', 'compact', 'headlines'] },
    detail: { control: 'inline-radio', options: ['inline', 'dialog'] },
    category: {
      control: 'select',
      options: [undefined, ...new Set(page.items.map((article) => article.category))],
    },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ view, detail, category, lang, urlPrefix }) =>
    html`<pbgdpl-news
      api="/api/v1"
      view=${view}
      detail=${detail}
      category=${ifDefined(category)}
      lang=${ifDefined(lang)}
      url-prefix=${ifDefined(urlPrefix)}
      more-href=${ifDefined(view === 'full' ? undefined : '#tin-bai')}
    ></pbgdpl-news>`,
  parameters: { msw: { handlers: [listHandler(), oneHandler] } },
} satisfies Meta<NewsArgs>;

export default meta;
type Story = StoryObj<NewsArgs>;

/** Category tabs, search with filters, twelve cards and pages. */
export const Full: Story = {};

/** Waiting for the API: card-shaped placeholders hold the list's place. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(LIST_URL, async () => delay('infinite'))] } },
};

/** Nothing matches the words: the empty state and a way back. */
export const Empty: Story = {
  args: { urlPrefix: 'empty-' },
  decorators: [
    (story) => {
      const url = new URL(location.href);
      url.searchParams.set('empty-q', 'khong co bai nao');
      history.replaceState(history.state, '', url);
      return story();
    },
  ],
};

/** The API failed: the error and a retry button. A category of its own keeps it from stale copies. */
export const ServerError: Story = {
  args: { category: 'hoi-dong-phoi-hop' },
  parameters: {
    msw: { handlers: [http.get(LIST_URL, () => new HttpResponse('boom', { status: 500 }))] },
  },
};

/** A grid of the newest cards for a home page. */
export const Cards: Story = { args: { view: 'cards' } };

/** A short list with thumbnails for a sidebar. */
export const Compact: Story = { args: { view: 'compact' } };

/** Titles and dates only. */
export const Headlines: Story = { args: { view: 'headlines' } };

/** An article open inline as a shared link opens it (`?story-id=…`): tools, text, related documents. */
export const DetailInline: Story = {
  args: { urlPrefix: 'story-' },
  decorators: [
    (story) => {
      const url = new URL(location.href);
      url.searchParams.set('story-id', String(withDocuments.id));
      history.replaceState(history.state, '', url);
      return story();
    },
  ],
};

/** An announcement in the dialog: date, time and place, "Thêm vào lịch". */
export const DetailDialog: Story = {
  args: { urlPrefix: 'dialog-', detail: 'dialog' },
  decorators: [
    (story) => {
      const url = new URL(location.href);
      url.searchParams.set('dialog-id', String(announcement.id));
      history.replaceState(history.state, '', url);
      return story();
    },
  ],
};

/** A PBGDPL material on its own (`<pbgdpl-article>`): the file is the main content. */
export const Material: Story = {
  render: () => html`<pbgdpl-article api="/api/v1" article-id=${material.id}></pbgdpl-article>`,
};

/** Labels, dates and counts in English. */
export const English: Story = { args: { lang: 'en' } };
