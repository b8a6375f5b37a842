import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, sse } from 'msw';
import type { Dialogue, DialoguePage, DialogueQuestionPage, QuestionForm } from '@pbgdpl/contract';
import '@pbgdpl/dialogue';
import fixtures from './fixtures/dialogue.json';

/** The demo sessions as the API answers them (see the fixture's `$comment`). */
const page = fixtures.page as unknown as DialoguePage;
const sessions = fixtures.sessions as unknown as Dialogue[];
const questions = fixtures.questions as unknown as Record<string, DialogueQuestionPage>;
const form = fixtures.form as unknown as QuestionForm;
const find = (state: Dialogue['state']) =>
  sessions.find((session) => session.state === state) ?? (sessions[0] as Dialogue);

const handlers = [
  http.get('*/api/v1/dialogues', () => HttpResponse.json(page)),
  http.get('*/api/v1/dialogues/:id', ({ params }) =>
    HttpResponse.json(sessions.find((session) => session.id === Number(params['id']))),
  ),
  http.get('*/api/v1/dialogues/:id/questions', ({ params }) =>
    HttpResponse.json(questions[String(params['id'])]),
  ),
  http.get('*/api/v1/dialogues/:id/form', () => HttpResponse.json(form)),
  // The live stream as the server opens it: `ready`, after which the widget reads the list.
  sse<{ ready: string }>('*/api/v1/dialogues/:id/stream', ({ client }) => {
    client.send({ id: '1', event: 'ready', data: '{}' });
  }),
];

interface DialogueArgs {
  dialogueId?: number;
  state?: string;
  lang?: 'vi' | 'en';
}

const meta = {
  title: 'Widgets/Dialogue',
  component: 'pbgdpl-dialogue',
  args: { lang: 'vi' },
  argTypes: {
    dialogueId: { control: 'select', options: [undefined, ...sessions.map((session) => session.id)] },
    state: {
      control: 'select',
      options: [undefined, 'upcoming', 'collecting', 'live', 'concluded', 'archived'],
    },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ dialogueId, state, lang }) =>
    html`<pbgdpl-dialogue
      api="/api/v1"
      dialogue-id=${ifDefined(dialogueId)}
      state=${ifDefined(state)}
      lang=${ifDefined(lang)}
      no-url
    ></pbgdpl-dialogue>`,
  parameters: { msw: { handlers } },
} satisfies Meta<DialogueArgs>;

export default meta;
type Story = StoryObj<DialogueArgs>;

/** The sessions, coming and live ones first, with a countdown and "Thêm vào lịch". */
export const List: Story = {};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/api/v1/dialogues', async () => delay('infinite'))] } },
};

export const Empty: Story = {
  parameters: {
    msw: {
      handlers: [http.get('*/api/v1/dialogues', () => HttpResponse.json({ ...page, items: [], total: 0 }))],
    },
  },
};

export const ServerError: Story = {
  parameters: {
    msw: { handlers: [http.get('*/api/v1/dialogues', () => new HttpResponse(null, { status: 500 }))] },
  },
};

/** A session taking questions: the ask form with a consent per purpose, none ticked. */
export const Collecting: Story = { args: { dialogueId: find('collecting').id } };

/** A live session: questions and answers as they come through the stream. */
export const Live: Story = { args: { dialogueId: find('live').id } };

/** A concluded session: questions with answers, the conclusion. */
export const Concluded: Story = { args: { dialogueId: find('concluded').id } };

export const English: Story = { args: { lang: 'en' } };
