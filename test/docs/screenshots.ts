/**
 * The pictures of the embedding guide, taken from the real demo pages in Chromium so they
 * stay current: `pnpm docs:screenshots` (after `pnpm build`) writes docs/img/*.png. A widget
 * the guide shows adds one line to SHOTS.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../packages/server/src/config.ts';
import { startServer } from '../../packages/server/src/server.ts';
import { launchChromium } from '../support/browser.ts';

interface Shot {
  file: string;
  page: string;
  /** The element to photograph, and what inside its shadow root shows it is ready. */
  element: string;
  ready: string;
  width: number;
}

const SHOTS: Shot[] = [
  {
    file: 'banner.png',
    page: '/department.html',
    element: 'pbgdpl-banner',
    ready: '.slide img',
    width: 1100,
  },
  { file: 'legal-docs.png', page: '/', element: 'pbgdpl-legal-docs', ready: '.result .title', width: 1100 },
  { file: 'qa-box.png', page: '/', element: 'pbgdpl-qa-box', ready: '.list .item .title', width: 1100 },
  {
    file: 'video-gallery.png',
    page: '/',
    element: 'pbgdpl-video-gallery',
    ready: '.grid .thumb img',
    width: 1100,
  },
  {
    file: 'stats-board.png',
    page: '/',
    element: 'pbgdpl-stats-board',
    ready: '.card .kpi-value',
    width: 1100,
  },
  {
    file: 'legal-docs-compact.png',
    page: '/department.html',
    element: 'pbgdpl-legal-docs',
    ready: '.compact-item',
    width: 1100,
  },
];

const out = new URL('../../docs/img/', import.meta.url);
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-shots-'));
const server = await startServer(
  loadConfig({ PORT: '0', DATABASE_URL: join(dir, 'shots.sqlite'), PBGDPL_DEMO_CONTENT: 'on' }),
);
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 900 },
      deviceScaleFactor: 1,
    });
    await page.emulateMedia({ reducedMotion: 'reduce' }); // the same banner every time
    await page.goto(new URL(shot.page, server.url).href);
    const element = page.locator(shot.element).first();
    await element.locator(shot.ready).first().waitFor({ state: 'visible' });
    await element.scrollIntoViewIfNeeded();
    const box = await element.boundingBox();
    if (!box) throw new Error(`${shot.element} has no box on ${shot.page}`);
    // Tall widgets: their first screenful is what a webmaster needs to recognise them.
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.screenshot({
      path: fileURLToPath(new URL(shot.file, out)),
      fullPage: true,
      clip: { x: box.x, y: box.y + scrollY, width: box.width, height: Math.min(box.height, 700) },
    });
    console.log(`docs/img/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
