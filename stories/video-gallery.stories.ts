import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { Video, VideoSummary } from '@pbgdpl/contract';
import '@pbgdpl/video-gallery';
import fixtures from './fixtures/video-gallery.json';

/** The seeded videos as the API lists them; posters and files come from the seed's media. */
const videos = fixtures.videos as unknown as VideoSummary[];
const transcripts = fixtures.transcripts as Record<string, string | null>;
const LIST_URL = '*/api/v1/videos';
const ONE_URL = '*/api/v1/videos/:id';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Answers like the real API: words without diacritics, category, pages of `pageSize`. */
function listHandler(items: VideoSummary[] = videos): RequestHandler {
  return http.get(LIST_URL, ({ request }) => {
    const params = new URL(request.url).searchParams;
    const words = fold(params.get('q') ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const category = params.get('category');
    const page = Number(params.get('page') ?? 1);
    const pageSize = Number(params.get('pageSize') ?? 12);
    const found = items.filter(
      (video) =>
        (!category || video.category === category) &&
        words.every((word) => fold(`${video.title} ${video.description}`).includes(word)),
    );
    return HttpResponse.json({
      items: found.slice((page - 1) * pageSize, page * pageSize),
      total: found.length,
      page,
      pageSize,
    });
  });
}

const oneHandler = http.get(ONE_URL, ({ params }) => {
  const video = videos.find((v) => String(v.id) === params.id);
  if (!video)
    return HttpResponse.json(
      {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `Không có video số ${String(params.id)}.`,
      },
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
    );
  return HttpResponse.json({ ...video, transcript: transcripts[String(video.id)] ?? null } satisfies Video);
});

function pick(test: (video: VideoSummary) => boolean): VideoSummary {
  const found = videos.find(test);
  if (!found) throw new Error('the video fixture lacks a video the stories need');
  return found;
}
const firstLocal = pick((v) => v.sources.length > 0 && v.captions.length === 2);
const firstYoutube = pick((v) => v.youtubeId !== null);

interface GalleryArgs {
  layout: 'grid' | 'carousel' | 'single';
  videoId?: number;
  playback: 'dialog' | 'inline';
  category?: string;
  lang?: 'vi' | 'en';
  urlPrefix?: string;
}

const meta = {
  title: 'Widgets/Video gallery',
  component: 'pbgdpl-video-gallery',
  args: { layout: 'grid', playback: 'dialog', lang: 'vi' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'carousel', 'single'] },
    playback: { control: 'inline-radio', options: ['dialog', 'inline'] },
    videoId: { control: 'number' },
    category: {
      control: 'select',
      options: [undefined, 'tieu-pham', 'tinh-huong', 'toa-dam', 'huong-dan', 'tin-tuc'],
    },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ layout, videoId, playback, category, lang, urlPrefix }) =>
    html`<pbgdpl-video-gallery
      no-track
      api="/api/v1"
      layout=${layout}
      video-id=${ifDefined(videoId)}
      playback=${playback}
      category=${ifDefined(category)}
      lang=${ifDefined(lang)}
      url-prefix=${ifDefined(urlPrefix)}
    ></pbgdpl-video-gallery>`,
  parameters: { msw: { handlers: [listHandler(), oneHandler] } },
} satisfies Meta<GalleryArgs>;

export default meta;
type Story = StoryObj<GalleryArgs>;

/** Twelve posters, search, categories and pages. */
export const Grid: Story = {};

/** Waiting for the API: card-shaped placeholders (poster, title, date) hold the grid's place. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(LIST_URL, async () => delay('infinite'))] } },
};

/** Nothing matches: the empty state. */
export const Empty: Story = {
  args: { category: 'toa-dam' },
  parameters: {
    msw: {
      handlers: [http.get(LIST_URL, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 12 }))],
    },
  },
};

/** The API failed: the error and a retry button. A category of its own keeps it from stale copies. */
export const ServerError: Story = {
  args: { category: 'tin-tuc' },
  parameters: {
    msw: { handlers: [http.get(LIST_URL, () => new HttpResponse('boom', { status: 500 }))] },
  },
};

/**
 * A video open in the dialog, as a shared link (`?story-v=<id>`) opens it: native player,
 * Vietnamese captions on, transcript, copy link.
 */
export const DialogOpen: Story = {
  args: { urlPrefix: 'story-' },
  decorators: [
    (story) => {
      const url = new URL(location.href);
      url.searchParams.set('story-v', String(firstLocal.id));
      history.replaceState(history.state, '', url);
      return story();
    },
  ],
};

/** One video on its own (`layout="single" video-id=…`). */
export const Single: Story = {
  args: { layout: 'single', videoId: firstLocal.id },
};

/** One row of posters that scrolls sideways, for a home page. */
export const Carousel: Story = {
  args: { layout: 'carousel' },
};

/** A YouTube video before play: our poster, no request to YouTube until the button is pressed. */
export const YoutubeFacade: Story = {
  args: { layout: 'single', videoId: firstYoutube.id },
};

/** Labels, dates and captions in English. */
export const English: Story = {
  args: { lang: 'en' },
};
