import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import type {
  Attempt as AttemptData,
  Contest,
  ContestForm,
  ContestPage,
  ContestResults,
} from '@pbgdpl/contract';
import '@pbgdpl/quiz';
import fixtures from './fixtures/quiz.json';

/** The demo contests as the API answers them (see the fixture's `$comment`). */
const page = fixtures.page as unknown as ContestPage;
const contests = fixtures.contests as unknown as Contest[];
const results = fixtures.results as unknown as ContestResults;
const form = fixtures.form as unknown as ContestForm;
const attempt = fixtures.attempt as unknown as AttemptData;
const open = contests.find((contest) => contest.state === 'open') ?? (contests[0] as Contest);
const ended = contests.find((contest) => contest.id === results.contestId) ?? open;

const handlers = [
  http.get('*/api/v1/contests', () => HttpResponse.json(page)),
  http.get('*/api/v1/contests/:id', ({ params }) =>
    HttpResponse.json(contests.find((contest) => contest.id === Number(params['id']))),
  ),
  http.get('*/api/v1/contests/:id/results', () => HttpResponse.json(results)),
  http.get('*/api/v1/contests/:id/form', () => HttpResponse.json(form)),
  // The attempt as the server counts it: the time left from now, never from the fixture's day.
  http.get('*/api/v1/attempts/:key', () => HttpResponse.json({ ...attempt, remainingSeconds: 754 })),
  http.put('*/api/v1/attempts/:key/answers/:question', async ({ params, request }) => {
    const { choices } = (await request.json()) as { choices: number[] };
    return HttpResponse.json({
      questionId: Number(params['question']),
      choices,
      savedAt: new Date().toISOString(),
      remainingSeconds: 750,
    });
  }),
];

/** Opens a tab of the contest as a reader would, once the widget has shown it. */
const openTab =
  (index: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const quiz = canvasElement.querySelector('pbgdpl-quiz');
    for (let tries = 0; tries < 100; tries++) {
      const tab = quiz?.shadowRoot?.querySelector<HTMLAnchorElement>(`.tabs li:nth-child(${index}) a`);
      if (tab) return tab.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

interface QuizArgs {
  contestId?: number;
  layout: 'one' | 'all';
  lang?: 'vi' | 'en';
  /** Keeps an attempt under way on this browser, as after a reload. */
  resume?: boolean;
}

const meta = {
  title: 'Widgets/Quiz',
  component: 'pbgdpl-quiz',
  args: { layout: 'one', lang: 'vi' },
  argTypes: {
    contestId: { control: 'select', options: [undefined, ...contests.map((contest) => contest.id)] },
    layout: { control: 'inline-radio', options: ['one', 'all'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ contestId, layout, lang, resume }) => {
    const key = `pbgdpl-quiz:${new URL('/api/v1', document.baseURI).href}:${open.id}`;
    if (resume)
      localStorage.setItem(key, JSON.stringify({ participantToken: 'story', attemptKey: attempt.key }));
    else localStorage.removeItem(key);
    return html`<pbgdpl-quiz
      api="/api/v1"
      contest-id=${ifDefined(contestId)}
      layout=${layout}
      lang=${ifDefined(lang)}
      no-url
    ></pbgdpl-quiz>`;
  },
  parameters: { msw: { handlers } },
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

/** The contests, open ones first. */
export const List: Story = {};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/api/v1/contests', async () => delay('infinite'))] } },
};

export const ServerError: Story = {
  parameters: {
    msw: { handlers: [http.get('*/api/v1/contests', () => new HttpResponse(null, { status: 500 }))] },
  },
};

/** One contest: its rules (sanitized), rounds, prizes. */
export const Rules: Story = { args: { contestId: open.id } };

/** The registration form with a consent per purpose, none ticked. */
export const Registration: Story = { args: { contestId: open.id }, play: openTab(2) };

/** An attempt under way, resumed after a reload: one question per screen, the server's clock. */
export const Attempt: Story = { args: { contestId: open.id, resume: true }, play: openTab(2) };

/** The same attempt with every question on one page. */
export const AttemptAllQuestions: Story = {
  args: { contestId: open.id, resume: true, layout: 'all' },
  play: openTab(2),
};

/** A round's ranking: names only where the participant agreed. */
export const Results: Story = { args: { contestId: ended.id }, play: openTab(3) };

export const English: Story = { args: { lang: 'en' } };
