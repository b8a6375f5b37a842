import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { DocumentPage, VideoPage } from '@pbgdpl/contract';
import { useHostedApi } from '../support/hosted-api.ts';
import { addLayoutProbe, layoutProblems, pageWidth, scrollingRegions } from '../support/layout.ts';
import { embeds } from '../hosts/embeds.ts';

/**
 * Issue 26: citizens read the widgets on phones. Each widget, alone on a plain page with a
 * device-width viewport, walks the states a reader can reach, on a 320 px touch screen (WCAG
 * 1.4.10 Reflow) and at 200 % zoom of a 1280 px window (640 CSS px, WCAG 1.4.4). In every state
 * nothing may stick out of the widget's box (wide tables scroll in their own named, focusable
 * region), the page may not scroll sideways and every control is at least 24 × 24 CSS px (WCAG
 * 2.2, 2.5.8). Every state is saved as a screenshot for a person to look at, in `phone-320/` and
 * `zoom-200/` under `PBGDPL_SCREENSHOTS` (default: `pbgdpl-phones` in the system's temporary
 * directory). The demo pages must fit 390 and 320 px phones. Built bundle required.
 */
const hosted = useHostedApi({ PBGDPL_QUESTION_MIN_FILL_SECONDS: '0' });

const PHONE: BrowserContextOptions = {
  viewport: { width: 320, height: 640 },
  hasTouch: true,
  isMobile: true,
};
/** What 200 % browser zoom of a 1280 px wide window lays out: 640 CSS px at two device pixels each. */
const ZOOMED: BrowserContextOptions = { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 };
const SHOTS = process.env.PBGDPL_SCREENSHOTS ?? join(tmpdir(), 'pbgdpl-phones');

/** A document with a table in its text, relations, materials and attachments. */
const RICH_DOCUMENT = '25/2025/NQ-HĐND';
/** A seeded question's tracking code, answered. */
const ANSWERED_CODE = 'HD-TNHDQA22';

interface Walk {
  page: Page;
  /** The widget element (`data-case`). */
  widget: Locator;
  /** True on the phone; false at 200 % zoom. */
  phone: boolean;
  /** Measures the widget as it is now; `name` says which state it is in. */
  state(name: string): Promise<void>;
}

interface Case {
  id: string;
  markup: string;
  walk(walk: Walk): Promise<void>;
}

const hostPage = (markup: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Điện thoại</title>
<script type="module" src="/embed/pbgdpl.js"></script>
</head><body>
${markup}
</body></html>`;

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(`api/v1/${path}`, hosted.api.url))).json()) as T;
}

async function richDocumentId(): Promise<number> {
  const found = await api<DocumentPage>(`documents?q=${encodeURIComponent(RICH_DOCUMENT)}`);
  const doc = found.items.find((item) => item.number === RICH_DOCUMENT);
  assert.ok(doc, `the demo content has ${RICH_DOCUMENT}`);
  return doc.id;
}

async function videoIds(): Promise<{ local: number; youtube: number }> {
  const videos = (await api<VideoPage>('videos?pageSize=100')).items;
  const local = videos.find((video) => video.sources.length > 0);
  const youtube = videos.find((video) => video.sources.length === 0 && video.youtubeId);
  assert.ok(local && youtube, 'the demo content has a video of ours and a YouTube one');
  return { local: local.id, youtube: youtube.id };
}

/** Two frames: layout, images already in cache and container queries have settled. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function searchDocument(widget: Locator, words: string): Promise<void> {
  await widget.locator('#q').fill(words);
  await widget.locator('#q').press('Enter');
}

/** The shared pager's second page, once it shows. */
async function secondPage(widget: Locator, state: Walk['state']): Promise<void> {
  await widget.locator('.pager .pager-page').nth(1).click();
  await widget.locator('.pager [aria-current="page"]', { hasText: '2' }).waitFor();
  await state('page 2');
}

const cases: Case[] = [
  {
    id: 'banner-sidebar',
    markup:
      '<pbgdpl-banner data-case placement="sidebar" unit="so-tu-phap" no-track><a href="/">PBGDPL</a></pbgdpl-banner>',
    async walk({ widget, state }) {
      await widget.locator('.controls button').first().waitFor();
      await state('rotating banners');
      await widget.locator('.controls button').last().click();
      await state('the next banner');
    },
  },
  {
    id: 'banner-leaderboard',
    markup:
      '<pbgdpl-banner data-case placement="leaderboard" no-track><a href="/">PBGDPL</a></pbgdpl-banner>',
    async walk({ widget, state }) {
      await widget.locator('.controls button').first().waitFor();
      await state('rotating banners');
    },
  },
  {
    id: 'legal-docs',
    markup: '<pbgdpl-legal-docs data-case></pbgdpl-legal-docs>',
    async walk({ widget, state }) {
      await widget.locator('.result .title').first().waitFor();
      await state('newest documents');
      await widget.locator('.facets > summary').click();
      await widget.locator('.facet-more').first().click();
      await state('filters open, one facet in full');
      await widget.locator('.facet-value').first().click();
      await widget.locator('.chip').first().waitFor();
      await state('one filter chosen');
      await widget.locator('.chips .clear').click();
      await secondPage(widget, state);
      await searchDocument(widget, 'zzqxw khong co van ban nao');
      await widget.locator('.state.empty').waitFor();
      await state('nothing found');
      await searchDocument(widget, RICH_DOCUMENT);
      await widget.locator('.result .doc-link').first().click();
      const doc = widget.locator('pbgdpl-legal-doc');
      await doc.locator('.body table').waitFor();
      await doc.locator('.rel-list').first().waitFor();
      for (const summary of await doc.locator('details > summary').all()) await summary.click();
      await state('a document, materials open');
      const larger = doc.locator('.size-button').last();
      while (await larger.isEnabled()) await larger.click();
      await state('a document in the largest text');
    },
  },
  {
    id: 'legal-docs-dialog',
    markup: '<pbgdpl-legal-docs data-case detail="dialog" no-url page-size="5"></pbgdpl-legal-docs>',
    async walk({ widget, state }) {
      await searchDocument(widget, RICH_DOCUMENT);
      await widget.locator('.result .doc-link').first().click();
      await widget.locator('dialog[open] pbgdpl-legal-doc .body table').waitFor();
      await widget.locator('dialog[open] pbgdpl-legal-doc .rel-list').first().waitFor();
      await state('a document in the dialog');
    },
  },
  {
    id: 'legal-docs-compact',
    markup:
      '<pbgdpl-legal-docs data-case view="compact" issuer="so-tu-phap" more-href="/" detail="link" detail-href="/?vb-doc={id}"></pbgdpl-legal-docs>',
    async walk({ widget, state }) {
      await widget.locator('.compact-item').first().waitFor();
      await state('newest documents of a department');
    },
  },
  {
    id: 'legal-doc',
    markup: '<pbgdpl-legal-doc data-case document-id="RICH" no-track></pbgdpl-legal-doc>',
    async walk({ widget, state }) {
      await widget.locator('.body table').waitFor();
      await widget.locator('.rel-list').first().waitFor();
      await state('one document');
    },
  },
  {
    id: 'qa-box',
    markup: '<pbgdpl-qa-box data-case page-size="5"></pbgdpl-qa-box>',
    async walk({ widget, state }) {
      await widget.locator('.list .item .title').first().waitFor();
      await state('answered questions');
      await widget.locator('.list .item .title a').first().click();
      await widget.locator('.question .answer').waitFor();
      await state('a question and its answer');
      await widget.locator('.back').click();
      await secondPage(widget, state);
      await widget.getByRole('tab', { name: 'Đặt câu hỏi' }).click();
      await widget.locator('.ask .submit').click();
      await widget.locator('.summary:not([hidden])').waitFor();
      await state('the ask form with its errors');
      await widget.locator('#name').fill('Trần Thị Mai');
      await widget.locator('#email').fill('mai.tran@example.com');
      await widget.locator('#field').selectOption({ label: 'Tư pháp' });
      await widget.locator('#title').fill('Hỏi về thủ tục chứng thực bản sao giấy khai sinh');
      await widget
        .locator('#body')
        .fill('Tôi cần chứng thực bản sao giấy khai sinh cho con, làm ở đâu và mất phí bao nhiêu?');
      await widget.locator('#consent').check();
      await widget.locator('.ask .submit').click();
      await widget.locator('.success .code').waitFor({ timeout: 30_000 });
      await state('question sent, its tracking code');
      await widget.getByRole('tab', { name: 'Tra cứu câu hỏi' }).click();
      await widget.locator('#code').fill('x');
      await widget.locator('.lookup button[type="submit"]').click();
      await widget.locator('#code-error').waitFor();
      await state('lookup: a wrong code');
      await widget.locator('#code').fill(ANSWERED_CODE);
      await widget.locator('.lookup button[type="submit"]').click();
      await widget.locator('.tracking .answer').waitFor();
      await state('lookup: an answered question');
    },
  },
  {
    id: 'qa-box-dialog',
    markup: '<pbgdpl-qa-box data-case mode="browse" detail="dialog" no-url page-size="5"></pbgdpl-qa-box>',
    async walk({ widget, state }) {
      await widget.locator('.list .item .title button').first().click();
      await widget.locator('dialog[open] .question .answer').waitFor();
      await state('a question in the dialog');
    },
  },
  {
    id: 'video-gallery',
    markup: '<pbgdpl-video-gallery data-case page-size="6" no-track></pbgdpl-video-gallery>',
    async walk({ page, widget, state }) {
      const { local, youtube } = await videoIds();
      await widget.locator('.grid .thumb img').first().waitFor();
      await state('posters');
      await secondPage(widget, state);
      await page.goto(`${page.url().split('?')[0]}?vd-v=${local}`);
      await widget.locator('dialog[open] video').waitFor();
      await widget.locator('dialog[open] .transcript summary').click();
      await state('our video in the dialog, transcript open');
      await widget.locator('dialog[open] .close').click();
      await page.goto(`${page.url().split('?')[0]}?vd-v=${youtube}`);
      await widget.locator('dialog[open] .facade').waitFor();
      await state('a YouTube video before play');
      await widget.locator('dialog[open] .facade').click();
      await widget.locator('dialog[open] iframe').waitFor();
      await state('a YouTube video playing');
    },
  },
  {
    id: 'video-carousel',
    markup: '<pbgdpl-video-gallery data-case layout="carousel" no-track></pbgdpl-video-gallery>',
    async walk({ widget, state }) {
      await widget.locator('.grid .thumb img').first().waitFor();
      await state('a strip of posters');
      const row = widget.locator('.grid');
      const scrolled = row.evaluate(
        (list) => new Promise((done) => list.addEventListener('scrollend', done, { once: true })),
      );
      await widget.locator('.arrow').last().click();
      await scrolled;
      await state('the strip scrolled');
    },
  },
  {
    id: 'video-inline',
    markup:
      '<pbgdpl-video-gallery data-case playback="inline" no-url no-track page-size="4"></pbgdpl-video-gallery>',
    async walk({ widget, state }) {
      await widget.locator('.grid .card').first().click();
      await widget.locator('.player').waitFor();
      await state('a video in place of the list');
    },
  },
  {
    id: 'video-single',
    markup: '<pbgdpl-video-gallery data-case layout="single" no-track></pbgdpl-video-gallery>',
    async walk({ widget, state }) {
      await widget.locator('.player').waitFor();
      await state('one video');
    },
  },
  {
    id: 'stats-board',
    markup: '<pbgdpl-stats-board data-case></pbgdpl-stats-board>',
    async walk({ widget, phone, state }) {
      await widget.locator('.card .kpi-value').first().waitFor();
      await widget.locator('.people .person').first().waitFor();
      await state('figures, charts and reporters');
      for (const toggle of await widget.locator('.toggle').all()) await toggle.click();
      await state('every data table open');
      if (phone) {
        const scrolling = await scrollingRegions(widget);
        assert.ok(
          scrolling.some((name) => name.includes('Bảng số liệu')),
          `a wide data table scrolls in its own region (${scrolling.join(', ')})`,
        );
      }
      await widget.locator('.block .pager button').last().click();
      await widget.locator('.block .pager span', { hasText: /^Trang 2/ }).waitFor();
      await state('reporters, page 2');
    },
  },
];

/** A new, empty folder of screenshots under SHOTS. */
function shotsFolder(name: string): string {
  const folder = join(SHOTS, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Walks one case in a new browser context; returns what went wrong, state by state. */
async function walkCase(item: Case, options: BrowserContextOptions, shots: string): Promise<string[]> {
  const context = await hosted.browser.newContext(options);
  context.setDefaultTimeout(15_000);
  await addLayoutProbe(context);
  const page = await context.newPage();
  const markup = item.markup.replace('"RICH"', `"${await richDocumentId()}"`);
  hosted.host.setPage(`/phone/${item.id}`, { html: hostPage(markup) });
  await page.goto(`${hosted.host.url}/phone/${item.id}`);
  const widget = page.locator('[data-case]');
  const width = options.viewport?.width ?? 0;
  const problems: string[] = [];
  let step = 0;
  const state = async (name: string) => {
    await settle(page);
    for (const problem of await layoutProblems(widget)) problems.push(`${item.id}, ${name}: ${problem}`);
    const wide = await pageWidth(page);
    if (wide > width)
      problems.push(`${item.id}, ${name}: the page is ${wide} px wide on a ${width} px screen`);
    step += 1;
    const path = join(shots, `${item.id}-${step}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    // A modal dialog is in the top layer, outside the widget's box: show the screen.
    if (await widget.locator('dialog[open]').count()) await page.screenshot({ path });
    else await widget.screenshot({ path });
  };
  try {
    await item.walk({ page, widget, phone: options.isMobile === true, state });
  } catch (error) {
    // The states not reached are a failure too; the others still report what they found.
    problems.push(`${item.id}: the walk stopped: ${String(error).split('\n')[0]}`);
  }
  await context.close();
  return problems;
}

test('on a 320 px phone every widget, in every state, fits its box; controls are 24 px or more', async () => {
  const shots = shotsFolder('phone-320');
  const problems: string[] = [];
  for (const item of cases) problems.push(...(await walkCase(item, PHONE, shots)));
  assert.deepEqual(problems, []);
});

test('at 200 % zoom of a 1280 px window every widget state fits too (screenshots saved)', async () => {
  const shots = shotsFolder('zoom-200');
  const problems: string[] = [];
  for (const item of cases) problems.push(...(await walkCase(item, ZOOMED, shots)));
  assert.deepEqual(problems, []);
});

test('when the API fails, each widget says so within a 320 px phone', async () => {
  const shots = shotsFolder('phone-320-outage');
  hosted.host.setOutage('500');
  try {
    const problems: string[] = [];
    for (const embed of embeds) {
      const item: Case = {
        id: `outage-${embed.id}`,
        markup: embed.markup.replace('data-embed=', 'data-case data-embed='),
        async walk({ widget, state }) {
          await widget.locator(embed.failed).first().waitFor({ state: 'attached' });
          await state('the API fails');
        },
      };
      problems.push(...(await walkCase(item, PHONE, shots)));
    }
    assert.deepEqual(problems, []);
  } finally {
    hosted.host.setOutage(null);
  }
});

const WIDGETS = [...new Set(embeds.map((embed) => embed.tag))].join(', ');

test('the demo pages and the configurator fit phones 390 and 320 px wide', async () => {
  const problems: string[] = [];
  for (const width of [390, 320]) {
    const context = await hosted.browser.newContext({ ...PHONE, viewport: { width, height: 800 } });
    await addLayoutProbe(context);
    const page = await context.newPage();
    const measure = async (where: string) => {
      await page.waitForLoadState('networkidle');
      await settle(page);
      const wide = await pageWidth(page);
      if (wide > width) problems.push(`${where} at ${width} px: the page is ${wide} px wide`);
      for (const widget of await page.locator(WIDGETS).all())
        for (const problem of await layoutProblems(widget))
          problems.push(`${where} at ${width} px: ${problem}`);
    };
    for (const path of ['/', '/department.html', '/commune.html']) {
      await page.goto(new URL(path, hosted.api.url).href);
      await measure(path);
    }
    await page.goto(new URL('/embed/configure/', hosted.api.url).href);
    const choice = page.locator('#widget');
    for (const tag of await choice
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))) {
      await choice.selectOption(tag);
      await page.locator(`.preview-host ${tag}`).waitFor({ state: 'attached' });
      await measure(`/embed/configure/ (${tag})`);
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});
