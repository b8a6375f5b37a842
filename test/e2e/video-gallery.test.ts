import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { VideoPage } from '@pbgdpl/contract';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * A portal on another origin embeds the video gallery under a strict policy; Chromium's own
 * network log (every request the page makes, failed ones included) must show nothing but our
 * two origins until the reader presses play on a YouTube video. Needs the built bundle
 * (`pnpm build`; `PBGDPL_E2E_EMBED` may point at another build directory).
 */
let api: RunningServer;
let apiOrigin: string;
let host: Server;
let hostUrl: string;
let browser: Browser;
let videos: VideoPage['items'];
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-video-'));

before(async () => {
  const config = loadConfig({ PORT: '0', DATABASE_URL: join(dir, 'e2e.sqlite'), PBGDPL_DEMO_CONTENT: 'on' });
  const embed = process.env.PBGDPL_E2E_EMBED ?? config.paths.embed;
  api = await startServer({ ...config, paths: { ...config.paths, embed } });
  apiOrigin = api.url.replace(/\/$/, '');
  videos = ((await (await fetch(`${apiOrigin}/api/v1/videos?pageSize=100`)).json()) as VideoPage).items;
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${apiOrigin}`,
    "style-src 'self'",
    `img-src 'self' data: ${apiOrigin}`,
    `media-src ${apiOrigin}`,
    `connect-src 'self' ${apiOrigin}`,
    'frame-src https://www.youtube-nocookie.com',
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify',
  ].join('; ');
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Video pháp luật</title>
<script type="module" src="${apiOrigin}/embed/pbgdpl.js" data-api="${apiOrigin}/api/v1"></script>
</head><body><h1>Video pháp luật tỉnh Tây Ninh</h1><pbgdpl-video-gallery page-size="20"></pbgdpl-video-gallery></body></html>`);
  });
  host.listen(0, 'localhost');
  await once(host, 'listening');
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  host?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every request the page starts, as Chromium reports it (also those that fail, e.g. DNS). */
function networkLog(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('no request leaves our origins until play is pressed on a YouTube video; then only youtube-nocookie', async () => {
  const youtube = videos.find((v) => v.youtubeId);
  assert.ok(youtube, 'the seed has a YouTube video');
  const page = await browser.newPage();
  const log = networkLog(page);
  const problems = collectProblems(page);
  await watchViolations(page);
  await page.goto(hostUrl);
  const gallery = page.locator('pbgdpl-video-gallery');
  const card = gallery.locator(`[data-item-id="${youtube.id}"]`);
  await card.scrollIntoViewIfNeeded();
  // Every poster on the page, lazy ones included, has loaded.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await card.click();
  const facade = gallery.locator('.facade');
  await facade.waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  const ours = [new URL(hostUrl).origin, apiOrigin];
  const foreign = log.filter((url) => !ours.includes(new URL(url).origin));
  assert.deepEqual(foreign, [], 'requests to third parties before play');
  // Posters come from the media library, named by their content.
  assert.ok(log.some((url) => /\/media\/\d+\/[0-9a-f]{32}\.jpg$/.test(url)));

  const frameRequest = page.waitForRequest((request) =>
    request.url().startsWith('https://www.youtube-nocookie.com/'),
  );
  await facade.click();
  const request = await frameRequest;
  assert.equal(request.url().split('?')[0], `https://www.youtube-nocookie.com/embed/${youtube.youtubeId}`);
  const third = log.filter((url) => !ours.includes(new URL(url).origin)).map((url) => new URL(url).origin);
  assert.deepEqual([...new Set(third)], ['https://www.youtube-nocookie.com']);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(
    problems.filter((text) => !/youtube-nocookie|ERR_NAME_NOT_RESOLVED/.test(text)),
    [],
  );
  await page.close();
});

test('our own video plays from the API by byte ranges (206), with captions, under the strict policy', async () => {
  const local = videos.find((v) => v.sources.length > 0 && v.captions.length > 0);
  assert.ok(local, 'the seed has a local video with captions');
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await watchViolations(page);
  const ranged = page.waitForResponse((response) =>
    /\/media\/\d+\/[0-9a-f]{32}\.(mp4|webm)$/.test(response.url()),
  );
  await page.goto(`${hostUrl}?vd-v=${local.id}`);
  const video = page.locator('pbgdpl-video-gallery').locator('dialog[open] video');
  await video.waitFor({ state: 'attached' });
  const response = await ranged;
  assert.equal(response.status(), 206);
  assert.match((await response.allHeaders())['content-range'] ?? '', /^bytes 0-\d+\/\d+$/);
  const cues = await video.evaluate(async (element: HTMLVideoElement) => {
    const track = Array.from(element.textTracks).find((t) => t.language === 'vi');
    for (let i = 0; i < 50 && !(track?.mode === 'showing' && track.cues?.length); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    return track?.mode === 'showing' ? (track.cues?.length ?? 0) : -1;
  });
  assert.ok(cues > 0, `Vietnamese captions showing (${cues} cues)`);
  await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    await element.play();
  });
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});
