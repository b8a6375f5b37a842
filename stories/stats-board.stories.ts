import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { Reporter, StatsReport } from '@pbgdpl/contract';
import '@pbgdpl/stats-board';
import fixtures from './fixtures/stats-board.json';

/** The seeded statistics of 2026 as the API answers them (see the fixture's `$comment`). */
const report = fixtures.stats as unknown as StatsReport;
const reporters = fixtures.reporters.items as unknown as Reporter[];
const STATS_URL = '*/api/v1/stats';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

const siteHandler = http.get('*/api/v1/site', () =>
  HttpResponse.json({
    name: 'Trang thông tin PBGDPL tỉnh Tây Ninh',
    shortName: 'PBGDPL Tây Ninh',
    description: '',
    url: 'https://pbgdpl.tayninh.gov.vn',
    provinceId: 'tay-ninh',
    units: fixtures.units,
    links: [],
  }),
);

/** Answers like the real API: words without diacritics, role, unit, pages. */
const reportersHandler = http.get('*/api/v1/reporters', ({ request }) => {
  const params = new URL(request.url).searchParams;
  const words = fold(params.get('q') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 10);
  const found = reporters.filter(
    (r) =>
      (!params.get('role') || r.role === params.get('role')) &&
      (!params.get('unit') || r.unitId === params.get('unit')) &&
      words.every((word) => fold(`${r.name} ${r.position ?? ''}`).includes(word)),
  );
  return HttpResponse.json({
    items: found.slice((page - 1) * pageSize, page * pageSize),
    total: found.length,
    page,
    pageSize,
  });
});

const statsHandler = (data: StatsReport): RequestHandler =>
  http.get(STATS_URL, () => HttpResponse.json(data));

/** Every figure times a million: cards, bars and tables must still fit. */
const scale = (n: number) => n * 1_000_000 + 999_999;
const huge: StatsReport = {
  ...report,
  kpis: report.kpis.map((k) => ({ ...k, value: scale(k.value), previous: k.previous * 1_000_000 })),
  series: report.series.map((b) => ({
    ...b,
    values: Object.fromEntries(
      Object.entries(b.values).map(([key, value]) => [key, scale(value)]),
    ) as StatsReport['series'][number]['values'],
  })),
  units: report.units.map((u) => ({
    ...u,
    documents: scale(u.documents),
    questionsReceived: scale(u.questionsReceived),
    activities: scale(u.activities),
    participants: scale(u.participants),
    copies: scale(u.copies),
  })),
};

/** A period with nothing recorded: zeros everywhere. */
const empty: StatsReport = {
  ...report,
  kpis: report.kpis.map((k) => ({ ...k, value: 0, previous: 0 })),
  series: report.series.map((b) => ({
    ...b,
    values: Object.fromEntries(
      Object.keys(b.values).map((key) => [key, 0]),
    ) as StatsReport['series'][number]['values'],
  })),
  units: [],
  fields: [],
  documentTypes: [],
  sites: [],
  feedback: { received: 0, answered: 0, averageDays: null },
  activityArticles: { total: 0, items: [] },
};

interface BoardArgs {
  sections?: string;
  unit?: string;
  lang?: 'vi' | 'en';
  from?: string;
  to?: string;
}

const meta = {
  title: 'Widgets/Statistics board',
  component: 'pbgdpl-stats-board',
  args: { lang: 'vi' },
  argTypes: {
    sections: { control: 'text' },
    unit: { control: 'text' },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ sections, unit, lang, from, to }) =>
    html`<pbgdpl-stats-board
      api="/api/v1"
      sections=${ifDefined(sections)}
      unit=${ifDefined(unit)}
      lang=${ifDefined(lang)}
      from=${ifDefined(from)}
      to=${ifDefined(to)}
    ></pbgdpl-stats-board>`,
  parameters: { msw: { handlers: [statsHandler(report), siteHandler, reportersHandler] } },
} satisfies Meta<BoardArgs>;

export default meta;
type Story = StoryObj<BoardArgs>;

/** The whole board: figures against 2025, units, the line over 2026, fields, the directory. */
export const Board: Story = {};

/** Only the headline figures (`sections="kpi,activities"`), as a sidebar might show them. */
export const Figures: Story = { args: { sections: 'kpi,activities' } };

/** Only the directory of legal reporters and propagandists, with its search. */
export const Directory: Story = { args: { sections: 'reporters' } };

/** Figures in the billions: numbers wrap inside their cards, bars keep their labels. */
export const LargeNumbers: Story = {
  args: { sections: 'kpi,activities,units' },
  parameters: { msw: { handlers: [statsHandler(huge), siteHandler, reportersHandler] } },
};

/** A period without data: the empty state, selectors still there. */
export const Empty: Story = {
  args: { from: '2001-01-01', to: '2001-12-31', sections: 'kpi,units,trend,fields' },
  parameters: { msw: { handlers: [statsHandler(empty), siteHandler, reportersHandler] } },
};

/** Waiting for the API. */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get(STATS_URL, async () => delay('infinite')), siteHandler, reportersHandler] },
  },
};

/** The API failed: the error and a retry button. A unit of its own keeps it from stale copies. */
export const ServerError: Story = {
  args: { unit: 'so-y-te', sections: 'kpi' },
  parameters: {
    msw: {
      handlers: [
        http.get(STATS_URL, () => new HttpResponse('boom', { status: 500 })),
        siteHandler,
        reportersHandler,
      ],
    },
  },
};

/** In English (`lang="en"`); numbers and dates follow. */
export const English: Story = { args: { lang: 'en', sections: 'kpi,trend' } };
