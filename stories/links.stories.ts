import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import type { SiteLink } from '@pbgdpl/contract';
import '@pbgdpl/links';
import seed from '../packages/server/seed/site.json';

/** The demo province's links, as its seed gives them to `GET /site`. */
const links = seed.links as SiteLink[];
const SITE_URL = '*/api/v1/site';

const site = (shown: SiteLink[]) =>
  http.get(SITE_URL, () =>
    HttpResponse.json({
      name: 'Trang thông tin PBGDPL tỉnh Tây Ninh',
      shortName: 'PBGDPL Tây Ninh',
      description: '',
      url: 'https://pbgdpl.tayninh.gov.vn',
      provinceId: 'tay-ninh',
      units: [],
      links: shown,
    }),
  );

interface LinksArgs {
  layout?: 'list' | 'grid';
  lang?: 'vi' | 'en';
}

const meta = {
  title: 'Widgets/Links',
  component: 'pbgdpl-links',
  args: { lang: 'vi' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ layout, lang }) =>
    html`<pbgdpl-links api="/api/v1" layout=${ifDefined(layout)} lang=${ifDefined(lang)}></pbgdpl-links>`,
  parameters: { msw: { handlers: [site(links)] } },
} satisfies Meta<LinksArgs>;

export default meta;
type Story = StoryObj<LinksArgs>;

/** The national portals and databases, then the province's own, as a list (a sidebar). */
export const List: Story = {};

/** Tiles with an icon per kind (`layout="grid"`), for a page's footer or a links page. */
export const Grid: Story = { args: { layout: 'grid' } };

/** A site with no links set yet. */
export const Empty: Story = { parameters: { msw: { handlers: [site([])] } } };

/** Waiting for the API: the room of the links stays. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(SITE_URL, async () => delay('infinite'))] } },
};

/** The API failed: the error and a retry button. */
export const ServerError: Story = {
  parameters: { msw: { handlers: [http.get(SITE_URL, () => new HttpResponse('boom', { status: 500 }))] } },
};

/** In English (`lang="en"`): headings and kinds; the links keep their official Vietnamese names. */
export const English: Story = { args: { lang: 'en' } };
