import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * A department site on another origin embeds the banner exactly as the README tells
 * webmasters to; the API is the real server on a fresh SQLite file (built bundle required).
 */
let api: RunningServer;
let host: Server;
let hostUrl: string;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-'));

const loaderTag = (apiOrigin: string) =>
  `<script type="module" src="${apiOrigin}/embed/pbgdpl.js" data-api="${apiOrigin}/api/v1" data-unit="so-tu-phap"></script>`;

function departmentPage(apiOrigin: string, withHostCss: boolean): string {
  const hostCss = withHostCss
    ? '<style>pbgdpl-banner { display: block; } pbgdpl-banner img { display: block; max-width: 100%; height: auto; }</style>'
    : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sở Tư pháp</title>
${loaderTag(apiOrigin)}
${hostCss}
</head><body><h1>Sở Tư pháp tỉnh Tây Ninh</h1>
<pbgdpl-banner placement="sidebar"><a href="${apiOrigin}/"><img src="${apiOrigin}/media/banners/hoi-dap-phap-luat-300x250.svg" width="300" height="250" alt="Trang thông tin PBGDPL"></a></pbgdpl-banner>
<p id="below">Nội dung bên dưới banner.</p></body></html>`;
}

before(async () => {
  api = await startServer(
    loadConfig({ PORT: '0', DATABASE_URL: join(dir, 'e2e.sqlite'), PBGDPL_DEMO_CONTENT: 'on' }),
  );
  const apiOrigin = api.url.replace(/\/$/, '');
  // `/strict` is the same site behind the strict Content-Security-Policy the README documents.
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${apiOrigin}`,
    "style-src 'self'",
    `img-src 'self' data: ${apiOrigin}`,
    `connect-src 'self' ${apiOrigin}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify',
  ].join('; ');
  host = createServer((req, res) => {
    if (req.url === '/twice') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(departmentPage(apiOrigin, true).replace('</head>', `${loaderTag(apiOrigin)}</head>`));
      return;
    }
    const strict = req.url === '/strict';
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(strict ? { 'Content-Security-Policy': csp } : {}),
    });
    res.end(departmentPage(apiOrigin, !strict));
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

test('the fallback link shows with JavaScript off', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(hostUrl);
  const link = page.locator('pbgdpl-banner a');
  assert.equal(await link.isVisible(), true);
  assert.equal(await page.locator('pbgdpl-banner img').getAttribute('alt'), 'Trang thông tin PBGDPL');
  await context.close();
});

test('a department site on another origin shows banners from the API, without errors or layout shift', async () => {
  const page = await browser.newPage();
  const problems = collectProblems(page, { warnings: true });
  await page.addInitScript(() => {
    (window as unknown as { __shifts: number }).__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(hostUrl);
  const image = page.locator('pbgdpl-banner').locator('.slide:not([hidden]) img');
  await image.waitFor({ state: 'visible' });
  // The API's banner, its image from the media library (named by its content).
  assert.match((await image.getAttribute('src')) ?? '', /\/media\/\d+\/[0-9a-f]{32}\.svg$/);
  // The department's own banner is among those rotating.
  assert.ok((await page.locator('pbgdpl-banner').locator('.slide').count()) >= 2);
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
  assert.equal(shift, 0, `layout shift ${shift}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the banner works under a strict CSP with Trusted Types, without violations', async () => {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(`${hostUrl}strict`);
  assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for/);
  await page.locator('pbgdpl-banner').locator('.slide:not([hidden]) img').waitFor({ state: 'visible' });
  await page
    .locator('pbgdpl-banner')
    .getByRole('button', { name: /tiếp theo/i })
    .click();
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('two loaders on one page, and a widget removed and added again as single-page apps do', async () => {
  const page = await browser.newPage();
  const problems = collectProblems(page, { warnings: true });
  await page.goto(`${hostUrl}twice`);
  const banner = page.locator('pbgdpl-banner');
  await banner.locator('.slide:not([hidden]) img').waitFor({ state: 'visible' });
  assert.equal(await page.locator('script[src$="/embed/pbgdpl.js"]').count(), 2);
  await page.evaluate(() => {
    const element = document.querySelector('pbgdpl-banner')!;
    element.remove();
    document.body.append(element);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<pbgdpl-banner placement="square"><a href="/">PBGDPL</a></pbgdpl-banner>',
    );
  });
  await page
    .locator('pbgdpl-banner[placement="square"]')
    .locator('.slide img')
    .first()
    .waitFor({ state: 'attached' });
  await banner.first().locator('.slide:not([hidden]) img').waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await page.close();
});
