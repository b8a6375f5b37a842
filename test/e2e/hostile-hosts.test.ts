import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';
import { embeds, type Embed } from '../hosts/embeds.ts';
import { OLD_VERSION } from '../hosts/pages.ts';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Issue 7's hostile hosts: every widget on an old Bootstrap 3 + jQuery theme, under the strict
 * CSP sent as a header, with the loader twice and in two versions, and in a single-page app
 * that removes and re-adds widgets. The API is the real server on a fresh SQLite file behind
 * the host's own origin (built bundle required).
 */
const hosted = useHostedApi();
const instrument = join(import.meta.dirname, '../hosts/instrument.js');

interface Snapshot {
  timeouts: number;
  intervals: number;
  listeners: string[];
  requests: number;
  observers: number;
  violations: string[];
}
const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __pbgdplProbe: { snapshot(): Snapshot } }).__pbgdplProbe.snapshot(),
  );

const widget = (page: Page, embed: Embed) => page.locator(`[data-embed="${embed.id}"]`);

async function open(path: string, options: { warnings?: boolean } = {}) {
  const page = await hosted.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ path: instrument });
  const problems = collectProblems(page, options);
  const response = await page.goto(`${hosted.host.url}${path}`);
  return { page, problems, response };
}

async function allReady(page: Page): Promise<void> {
  for (const embed of embeds) {
    await widget(page, embed).locator(embed.ready).first().waitFor({ state: 'visible', timeout: 15_000 });
  }
}

/** How a widget looks: its box, and the type of the text that shows it is ready. */
async function looks(page: Page, embed: Embed) {
  const box = await widget(page, embed).boundingBox();
  const text = await widget(page, embed)
    .locator(embed.ready)
    .first()
    .evaluate((node) => {
      const style = getComputedStyle(node);
      return { fontSize: style.fontSize, fontFamily: style.fontFamily, lineHeight: style.lineHeight };
    });
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0), ...text };
}

test('on an old Bootstrap 3 + jQuery theme every widget looks as it does on a plain page', async () => {
  const plain = await open('/plain');
  await allReady(plain.page);
  const themed = await open('/bootstrap');
  await allReady(themed.page);
  assert.equal(await themed.page.evaluate(() => typeof (window as { jQuery?: unknown }).jQuery), 'function');
  assert.equal(await themed.page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');
  for (const embed of embeds) {
    assert.deepEqual(await looks(themed.page, embed), await looks(plain.page, embed), embed.id);
    assert.deepEqual(await axeViolations(themed.page, `[data-embed="${embed.id}"]`), [], embed.id);
  }
  assert.deepEqual(plain.problems, []);
  assert.deepEqual(themed.problems, []);
  await plain.page.close();
  await themed.page.close();
});

test('under the strict CSP (header) with Trusted Types every widget renders without a violation', async () => {
  const { page, problems, response } = await open('/strict');
  assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  await allReady(page);
  const { violations } = await snapshot(page);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the loader pasted twice renders each widget once, silently', async () => {
  const { page, problems } = await open('/twice', { warnings: true });
  await allReady(page);
  assert.equal(await page.locator('script[src="/embed/pbgdpl.js"]').count(), 3);
  for (const embed of embeds) {
    assert.equal(await widget(page, embed).locator(embed.ready).first().count(), 1, embed.id);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('two versions of the loader on one page: one copy wins, the other says so once per tag', async () => {
  const { page, problems } = await open('/versions', { warnings: true });
  await allReady(page);
  await page.waitForTimeout(500);
  // The provider ships in the runtime: it is registered twice too.
  const tags = ['pbgdpl-provider', ...new Set(embeds.map((embed) => embed.tag))];
  for (const tag of tags) {
    const said = problems.filter((problem) => problem.includes(`<${tag}> `));
    assert.equal(said.length, 1, `${tag}: ${problems.join('\n')}`);
    // Whichever copy registers first wins; the other names both versions.
    assert.ok(said[0]?.includes(OLD_VERSION) && said[0].includes(VERSION), said[0]);
  }
  assert.equal(problems.length, tags.length, problems.join('\n'));
  await page.close();
});

test('a single-page app removes and re-adds every widget: nothing keeps running', async () => {
  const { page, problems } = await open('/spa');
  const cycle = async () => {
    await page.evaluate(
      (markup) => document.querySelector('#app')!.insertAdjacentHTML('beforeend', markup),
      embeds.map((embed) => embed.markup).join(''),
    );
    await allReady(page);
    const during = await snapshot(page);
    await page.evaluate(() => document.querySelector('#app')!.replaceChildren());
    // Let beacons flush and short-lived timers (typing debounce, announcements) run out.
    await page.waitForTimeout(2_500);
    const after = await snapshot(page);
    // The probe does see what widgets run while they are on the page (history listeners).
    assert.ok(during.listeners.length > after.listeners.length, JSON.stringify({ during, after }));
    return after;
  };
  const first = await cycle();
  assert.equal(first.intervals, 0, 'an interval survived its widget');
  assert.equal(first.requests, 0, 'a request is still in flight');
  assert.equal(first.observers, 0, 'an observer is still connected');
  assert.equal(first.timeouts, 0, 'a timer is still pending');
  for (let round = 0; round < 2; round++) {
    const again = await cycle();
    // Module-level listeners (page hide: flush beacons) are added once; per-widget ones go away.
    assert.deepEqual(again, first, `round ${round + 2}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
