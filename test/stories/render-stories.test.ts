/**
 * Renders every story of the built Storybook (`storybook build -c stories/.storybook -o
 * storybook-static`) in Chromium and checks that each widget appears in the state its story
 * names, without errors, its API answered by the msw worker the stories set up.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const root = resolve(import.meta.dirname, '../../storybook-static');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Just enough of a static file server for a Storybook build. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end(); // the build has favicon.svg; spare the console a 404
      return;
    }
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface IndexEntry {
  id: string;
  type: string;
  name: string;
  title: string;
}

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** Failures the ApiDown, ServerError and Stale stories cause on purpose. */
const expectedFailure = /Failed to fetch|net::ERR|Failed to load resource/;

/**
 * Remembers how the banner's load ended (`pbgdpl-load` / `pbgdpl-error` cross the shadow
 * root). A string, so tsx's `__name` helpers never reach the page.
 */
const recordSettled = `
  for (const type of ['pbgdpl-load', 'pbgdpl-error']) {
    document.addEventListener(type, (event) => {
      window.__pbgdplSettled = { type: event.type, detail: event.detail };
    });
  }
`;

interface Settled {
  type: string;
  detail: { count?: number; kind?: string };
}

/** Waits until the banner has settled (loaded or failed) and its shadow root has rendered. */
async function renderedBanner(page: Page): Promise<Settled> {
  const settled = await page.waitForFunction(
    () => {
      const banner = document.querySelector('#storybook-root pbgdpl-banner');
      const shadow = banner?.shadowRoot;
      const event = (window as unknown as { __pbgdplSettled?: Settled }).__pbgdplSettled;
      if (!shadow || !event) return undefined;
      return shadow.querySelector('.carousel, slot') ? event : undefined;
    },
    undefined,
    { timeout: 20_000 },
  );
  return (await settled.jsonValue()) as Settled;
}

/** What each legal-documents story must show once settled, by the end of its id. */
const legalDocsExpect: Record<string, string> = {
  loading: '.skeleton .skeleton-row',
  'server-error': '.state.error [part~="retry"]',
  stale: '.stale + .results .result',
  empty: '.state.empty button',
  compact: '.compact-item a',
  searched: '.result .title mark',
  'with-filters': '.chip',
  'did-you-mean': '.did-you-mean a',
  'detail-inline': '.detail pbgdpl-legal-doc',
  'detail-dialog': 'dialog[open] pbgdpl-legal-doc',
};

/** Waits for the story's state in the legal-documents widget, then checks its language. */
async function checkLegalDocs(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-legal-documents--/, '');
  const selector = legalDocsExpect[key] ?? '.results .result .doc-link';
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('#storybook-root pbgdpl-legal-docs')?.shadowRoot?.querySelector(wanted),
    selector,
    { timeout: 20_000 },
  );
  if (key === 'detail-inline' || key === 'detail-dialog' || key === 'compact') return;
  const heading = await page
    .locator('#storybook-root pbgdpl-legal-docs')
    .evaluate((element) => element.shadowRoot?.querySelector('#results-heading')?.textContent ?? null);
  assert.equal(heading, key === 'english' ? 'Search results' : 'Kết quả tra cứu');
}

/** What each video-gallery story must show once settled, by the end of its id. */
const videoGalleryExpect: Record<string, string> = {
  grid: '.count:not(:empty) ~ .grid .card img',
  loading: '.skeleton .thumb',
  empty: '.state.empty',
  'server-error': '.state.error [part~="retry"]',
  'dialog-open': 'dialog[open] .player video track[srclang="vi"][default]',
  single: '.player video source',
  carousel: '.strip .grid .card',
  'youtube-facade': '.player .facade img',
  english: '.count:not(:empty) ~ .grid .card',
};

/** Waits for the story's state in the video gallery; a facade must not have made an iframe. */
async function checkVideoGallery(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-video-gallery--/, '');
  const selector = videoGalleryExpect[key] ?? '.grid .card';
  const text = (wanted: string) =>
    page.evaluate(
      (css) =>
        document.querySelector('#storybook-root pbgdpl-video-gallery')?.shadowRoot?.querySelector(css)
          ?.textContent ?? null,
      wanted,
    );
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('#storybook-root pbgdpl-video-gallery')?.shadowRoot?.querySelector(wanted),
    selector,
    { timeout: 20_000 },
  );
  if (key === 'youtube-facade') assert.equal(await text('iframe'), null, 'no YouTube iframe before play');
  if (key === 'english') assert.match((await text('.count')) ?? '', /\d+ videos/);
}

/** What each statistics-board story must show once settled, by the end of its id. */
const statsBoardExpect: Record<string, string> = {
  loading: '.state.loading',
  'server-error': '.state.error [part~="retry"]',
  empty: '.state.empty',
  directory: '.people .person',
  figures: '.cards .kpi-value',
  'large-numbers': '.bars .bar-value',
  english: '.line svg polyline',
};

/** What each links story must show once settled, by the end of its id. */
const linksExpect: Record<string, string> = {
  list: 'section + section a[part~="link"]',
  grid: 'section a[part~="link"] svg',
  empty: '.state.empty',
  loading: 'nav.loading .state.loading',
  'server-error': '.state.error [part~="retry"]',
  english: 'section h3',
};

/** Waits for the story's state in the links; the English one names its groups in English. */
async function checkLinks(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-links--/, '');
  const selector = linksExpect[key] ?? 'a[part~="link"]';
  const found = await page.waitForFunction(
    (wanted) => {
      const element = document
        .querySelector('#storybook-root pbgdpl-links')
        ?.shadowRoot?.querySelector(wanted);
      // A grid's icon has no text: its tag name says it is there.
      return element ? element.textContent || element.tagName : null;
    },
    selector,
    { timeout: 20_000 },
  );
  if (key === 'english') assert.equal(await found.jsonValue(), 'National legal portals and databases');
}

/** Waits for the story's state in the statistics board; very large numbers must stay inside their cards. */
async function checkStatsBoard(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-statistics-board--/, '');
  const board = page.locator('#storybook-root pbgdpl-stats-board');
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('#storybook-root pbgdpl-stats-board')?.shadowRoot?.querySelector(wanted),
    statsBoardExpect[key] ?? '.chart .bars svg rect',
    { timeout: 20_000 },
  );
  if (key === 'large-numbers') {
    const overflowing = await board.evaluate(
      (element) =>
        [...(element.shadowRoot?.querySelectorAll('.card') ?? [])].filter(
          (card) => card.scrollWidth > card.clientWidth + 1,
        ).length,
    );
    assert.equal(overflowing, 0, 'every card holds its number');
  }
  if (key === 'english') {
    const title = await board.evaluate(
      (element) => element.shadowRoot?.querySelector('h2')?.textContent ?? null,
    );
    assert.equal(title, 'Legal dissemination and education statistics');
  }
}

/** What each Q&A story must show once settled, by the end of its id. */
const qaBoxExpect: Record<string, string> = {
  list: '.list .item a',
  featured: '.list .item [part="featured"]',
  searched: '.list .item mark',
  empty: '.state.empty .primary',
  'server-error': '.state.error [part~="retry"]',
  loading: '.skeleton .skeleton-row',
  'detail-inline': '.detail .question .note',
  'detail-dialog': 'dialog[open] .question .answer',
  'ask-form': '.ask #consent',
  'ask-with-errors': '#summary[role="alert"] li',
  sending: 'button.submit[disabled]',
  success: '.success .code',
  'status-lookup': '.tracking .answer',
  'status-rejected': '.tracking .badge[data-status="rejected"]',
  english: '.list .item a',
};

/** Waits for the story's state in the Q&A box. */
async function checkQaBox(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-qa-box--/, '');
  await page.waitForFunction(
    (wanted) => document.querySelector('#storybook-root pbgdpl-qa-box')?.shadowRoot?.querySelector(wanted),
    qaBoxExpect[key] ?? '.list .item',
    { timeout: 20_000 },
  );
}

/** What each news story must show once settled, by the end of its id, in `pbgdpl-news` (or `pbgdpl-article`). */
const newsExpect: Record<string, string> = {
  full: '.count:not(:empty) ~ .cards .card .article-link',
  loading: '.skeleton .card-skeleton',
  empty: '.state.empty .retry',
  'server-error': '.state.error [part~="retry"]',
  cards: '.cards .card',
  compact: '.compact-item a',
  headlines: '.headline a',
  'detail-inline': '.detail pbgdpl-article',
  'detail-dialog': 'dialog[open] pbgdpl-article',
  material: '.material .file',
  english: '.count:not(:empty) ~ .cards .card',
};

/** Waits for the story's state in the news widget; an open article must have loaded too. */
async function checkNews(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-news--/, '');
  const tag = key === 'material' ? 'pbgdpl-article' : 'pbgdpl-news';
  const inShadow = (selector: string, nested: boolean) =>
    page.waitForFunction(
      ({ host, wanted, deep }) => {
        const root = document.querySelector(`#storybook-root ${host}`)?.shadowRoot;
        const article = deep ? root?.querySelector('pbgdpl-article')?.shadowRoot : root;
        return article?.querySelector(wanted);
      },
      { host: tag, wanted: selector, deep: nested },
      { timeout: 20_000 },
    );
  await inShadow(newsExpect[key] ?? '.cards .card', false);
  if (key === 'detail-inline') await inShadow('.documents a', true);
  if (key === 'detail-dialog') await inShadow('.event .calendar', true);
  if (key === 'english') {
    const count = await page.evaluate(
      () =>
        document.querySelector('#storybook-root pbgdpl-news')?.shadowRoot?.querySelector('.count')
          ?.textContent,
    );
    assert.match(count ?? '', /\d+ articles found/);
  }
}

/** What each quiz story must show once settled, by the end of its id. */
const quizExpect: Record<string, string> = {
  list: '.card .contest-link',
  loading: '.skeleton .skeleton-row',
  'server-error': '.state.error [part~="retry"]',
  rules: '.rules .prose',
  registration: '.register #take-part',
  attempt: '.attempt .navigator button.answered',
  'attempt-all-questions': '.attempt .question ~ .question',
  results: 'table[part="ranking"] tbody tr',
  english: '.card .contest-link',
};

/** Waits for the story's state in the quiz. */
async function checkQuiz(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-quiz--/, '');
  await page.waitForFunction(
    (wanted) => document.querySelector('#storybook-root pbgdpl-quiz')?.shadowRoot?.querySelector(wanted),
    quizExpect[key] ?? '.card',
    { timeout: 20_000 },
  );
}

/** What each dialogue story must show once settled, by the end of its id. */
const dialogueExpect: Record<string, string> = {
  list: '.card .session-link',
  loading: '.skeleton .skeleton-row',
  empty: '.state.empty',
  'server-error': '.state.error [part~="retry"]',
  collecting: 'form.ask #consent',
  live: '.questions .question',
  concluded: '.conclusion .rich',
  english: '.card .session-link',
};

/** Waits for the story's state in the dialogue widget. */
async function checkDialogue(page: Page, id: string): Promise<void> {
  const key = id.replace(/^widgets-dialogue--/, '');
  await page.waitForFunction(
    (wanted) => document.querySelector('#storybook-root pbgdpl-dialogue')?.shadowRoot?.querySelector(wanted),
    dialogueExpect[key] ?? '.card',
    { timeout: 20_000 },
  );
}

describe('stories render', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  before(async () => {
    server = await serve(root);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  test('the build has stories', () => {
    assert.ok(stories.length > 0, 'index.json lists no stories');
  });

  for (const story of stories) {
    test(`${story.title} / ${story.name}`, async () => {
      const legalDocs = story.id.startsWith('widgets-legal-documents--');
      const failureExpected = /--(api-down|server-error|stale)$/.test(story.id);
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (failureExpected && expectedFailure.test(text)) return;
        errors.push(`console.error: ${text}`);
      });
      await page.addInitScript({ content: recordSettled });
      try {
        await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
        if (legalDocs) {
          await checkLegalDocs(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-video-gallery--')) {
          await checkVideoGallery(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-statistics-board--')) {
          await checkStatsBoard(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-quiz--')) {
          await checkQuiz(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-dialogue--')) {
          await checkDialogue(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-news--')) {
          await checkNews(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-links--')) {
          await checkLinks(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        if (story.id.startsWith('widgets-qa-box--')) {
          await checkQaBox(page, story.id);
          assert.deepEqual(errors, []);
          return;
        }
        const settled = await renderedBanner(page);
        const banner = page.locator('#storybook-root pbgdpl-banner');

        if (story.id.endsWith('--empty') || failureExpected) {
          assert.equal(settled.type, failureExpected ? 'pbgdpl-error' : 'pbgdpl-load');
          const fallback = await banner.evaluate((element) => {
            const slot = element.shadowRoot?.querySelector('slot');
            const [link] = slot?.assignedElements() ?? [];
            return {
              carousel: element.shadowRoot?.querySelector('.carousel') !== null,
              link: link instanceof HTMLAnchorElement ? { href: link.href, text: link.textContent } : null,
            };
          });
          assert.equal(fallback.carousel, false, 'no carousel without banners');
          assert.deepEqual(fallback.link, {
            href: 'https://pbgdpl.tayninh.gov.vn/',
            text: 'Trang thông tin PBGDPL tỉnh Tây Ninh',
          });
        } else {
          assert.equal(settled.type, 'pbgdpl-load');
          assert.ok((settled.detail.count ?? 0) > 0, 'the mocked API returned banners');
          // The first banner's image is loaded eagerly; wait for it so a broken URL shows.
          const image = await banner.evaluateHandle((element) => element.shadowRoot?.querySelector('img'));
          assert.ok(await image.evaluate((img) => img instanceof HTMLImageElement), 'an img is rendered');
          await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete, image);
          const size = await image.evaluate((img) => (img as HTMLImageElement).naturalWidth);
          assert.ok(size > 0, 'the banner image loaded');
          // Stories are in Vietnamese except English (Storybook's iframe says lang="en").
          const next = await banner.evaluate(
            (element) => element.shadowRoot?.querySelector('.controls button:last-child')?.ariaLabel ?? null,
          );
          if (next !== null)
            assert.equal(next, story.id.endsWith('--english') ? 'Next banner' : 'Banner tiếp theo');
          if (story.id.endsWith('--narrow-host')) {
            const width = await banner.evaluate((element) => element.getBoundingClientRect().width);
            assert.ok(width <= 200, `the banner fits its 200px host (${width}px)`);
          }
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
