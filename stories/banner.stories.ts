import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Banner, BannerPlacement } from '@pbgdpl/contract';
import '@pbgdpl/banner';

/** Where the mocked API answers; every story's element points at it with `api="/api/v1"`. */
const BANNERS_URL = '*/api/v1/banners';
const SITE = 'https://pbgdpl.tayninh.gov.vn';

const sizes: Record<BannerPlacement, { width: number; height: number }> = {
  leaderboard: { width: 728, height: 90 },
  sidebar: { width: 300, height: 250 },
  square: { width: 250, height: 250 },
};

let nextId = 1;

function banner(
  file: string,
  placement: BannerPlacement,
  title: string,
  alt: string,
  path: string,
  priority: number,
): Banner {
  const { width, height } = sizes[placement];
  return {
    id: nextId++,
    version: 1,
    title,
    alt,
    href: `${SITE}${path}`,
    image: { url: `/media/banners/${file}-${width}x${height}.svg`, width, height, variants: [] },
    placement,
    unitId: null,
    startsAt: null,
    endsAt: null,
    priority,
    active: true,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-03-12T08:30:00.000Z',
  };
}

const sidebarBanners: Banner[] = [
  banner(
    'cuoc-thi-tim-hieu',
    'sidebar',
    'Cuộc thi trực tuyến tìm hiểu pháp luật năm 2026',
    'Cuộc thi trực tuyến tìm hiểu pháp luật tỉnh Tây Ninh năm 2026 – tham gia ngay',
    '/cuoc-thi-tim-hieu-phap-luat',
    30,
  ),
  banner(
    'hoi-dap-phap-luat',
    'sidebar',
    'Hỏi đáp pháp luật trực tuyến',
    'Hỏi đáp pháp luật: gửi câu hỏi, nhận giải đáp từ cơ quan tư pháp tỉnh Tây Ninh',
    '/hoi-dap-phap-luat',
    20,
  ),
  banner(
    'tro-giup-phap-ly',
    'sidebar',
    'Trợ giúp pháp lý miễn phí',
    'Trợ giúp pháp lý miễn phí cho người nghèo, người có công và các đối tượng chính sách',
    '/tro-giup-phap-ly',
    10,
  ),
];

const leaderboardBanners: Banner[] = [
  banner(
    'ngay-phap-luat',
    'leaderboard',
    'Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11',
    'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9 tháng 11',
    '/ngay-phap-luat',
    30,
  ),
  banner(
    'tra-cuu-van-ban',
    'leaderboard',
    'Tra cứu văn bản quy phạm pháp luật',
    'Tra cứu văn bản quy phạm pháp luật của tỉnh Tây Ninh',
    '/van-ban',
    20,
  ),
  banner(
    'hoa-giai-co-so',
    'leaderboard',
    'Hòa giải ở cơ sở',
    'Hòa giải ở cơ sở – giữ tình làng nghĩa xóm',
    '/hoa-giai-co-so',
    10,
  ),
];

const squareBanners: Banner[] = [
  banner(
    'cong-pbgdpl',
    'square',
    'Cổng thông tin PBGDPL tỉnh Tây Ninh',
    'Cổng thông tin phổ biến, giáo dục pháp luật tỉnh Tây Ninh',
    '/',
    30,
  ),
  banner(
    'phap-dien',
    'square',
    'Bộ pháp điển điện tử',
    'Bộ pháp điển điện tử – tra cứu quy phạm pháp luật theo chủ đề',
    '/phap-dien',
    20,
  ),
  banner(
    'sap-xep-don-vi',
    'square',
    'Sắp xếp đơn vị hành chính',
    'Tìm hiểu về sắp xếp đơn vị hành chính cấp tỉnh, cấp xã',
    '/sap-xep-don-vi-hanh-chinh',
    10,
  ),
];

/** Answers like the real API: the banners of the requested placement, highest priority first. */
function bannersHandler(items: Banner[]): RequestHandler {
  return http.get(BANNERS_URL, ({ request }) => {
    const placement = new URL(request.url).searchParams.get('placement') ?? 'sidebar';
    return HttpResponse.json({
      items: items.filter((item) => item.placement === placement).sort((a, b) => b.priority - a.priority),
    });
  });
}

interface BannerArgs {
  placement: BannerPlacement;
  size?: BannerPlacement;
  interval: number;
  unit?: string;
  lang?: 'vi' | 'en';
}

const fallback = html`<a href="${SITE}/">Trang thông tin PBGDPL tỉnh Tây Ninh</a>`;

const meta = {
  title: 'Widgets/Banner',
  component: 'pbgdpl-banner',
  args: { placement: 'sidebar', interval: 6, lang: 'vi' },
  argTypes: {
    placement: { control: 'inline-radio', options: ['leaderboard', 'sidebar', 'square'] },
    size: { control: 'inline-radio', options: [undefined, 'leaderboard', 'sidebar', 'square'] },
    interval: { control: { type: 'number', min: 3 } },
    unit: { control: 'text' },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: ({ placement, size, interval, unit, lang }) =>
    html`<pbgdpl-banner
      no-track
      api="/api/v1"
      placement=${placement}
      size=${ifDefined(size)}
      interval=${interval}
      unit=${ifDefined(unit)}
      lang=${ifDefined(lang)}
      >${fallback}</pbgdpl-banner
    >`,
  parameters: {
    msw: { handlers: [bannersHandler([...sidebarBanners, ...leaderboardBanners, ...squareBanners])] },
  },
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

/** Several sidebar banners (300×250) with previous / pause / next controls. */
export const Loaded: Story = {};

/** Rotates every 3 seconds, the shortest interval the widget allows. */
export const Rotating: Story = {
  args: { interval: 3 },
};

/** A single banner: no controls, no rotation. */
export const Single: Story = {
  parameters: { msw: { handlers: [bannersHandler(sidebarBanners.slice(0, 1))] } },
};

/** The API has no banners for this placement: the light-DOM fallback link stays. */
export const Empty: Story = {
  parameters: { msw: { handlers: [http.get(BANNERS_URL, () => HttpResponse.json({ items: [] }))] } },
};

/**
 * The API cannot be reached: the fallback link stays. A unit of its own keeps the request
 * apart from the other stories', whose responses the widget would otherwise show as stale.
 */
export const ApiDown: Story = {
  args: { unit: 'xa-khong-ket-noi' },
  parameters: { msw: { handlers: [http.get(BANNERS_URL, () => HttpResponse.error())] } },
};

/** Labels of the region, slides and controls in English. */
export const English: Story = {
  args: { lang: 'en' },
};

/** The 728×90 strip across the top of a page. */
export const Leaderboard: Story = {
  args: { placement: 'leaderboard' },
};

/** A host column narrower than the banner: the widget scales down to fit. */
export const NarrowHost: Story = {
  decorators: [
    (story) =>
      html`<style>
          .narrow-host {
            width: 200px;
            outline: 1px dashed #8c959f;
          }
        </style>
        <div class="narrow-host">${story()}</div>`,
  ],
};

/** A host site's own colours, set through the widget's custom properties. */
export const CustomTheme: Story = {
  decorators: [
    (story) =>
      html`<style>
          pbgdpl-banner {
            --pbgdpl-color-primary: #0b5394;
            --pbgdpl-color-on-primary: #ffffff;
            --pbgdpl-color-focus: #e69138;
            --pbgdpl-banner-radius: 12px;
            --pbgdpl-banner-control-bg: rgb(11 83 148 / 80%);
          }
        </style>
        ${story()}`,
  ],
};
