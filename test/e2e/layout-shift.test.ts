import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';
import { embeds, type Embed } from '../hosts/embeds.ts';

/**
 * Issue 18: a host page with every widget and no CSS that knows them must not jump while the
 * widgets load. Chromium's `layout-shift` entries (buffered, none after input) are summed from
 * navigation until every widget shows content and the images in view have arrived. Chunks and
 * API answers are held back by different delays, so the page paints with undefined tags, then
 * skeletons, then content, in an order no widget controls (built bundle required).
 */
const hosted = useHostedApi();

const LIMIT = 0.05;

interface Shift {
  at: number;
  value: number;
  sources: string[];
}
interface ShiftProbe {
  shifts(): Shift[];
  imagesInViewLoaded(): boolean;
}

/** Holds back each chunk and API answer by one of a few delays, in turn: a slow, uneven network. */
async function unevenNetwork(page: Page): Promise<void> {
  let request = 0;
  const hold = (route: Route) => {
    const delay = 150 + 110 * (request++ % 5);
    setTimeout(() => void route.continue().catch(() => undefined), delay);
  };
  await page.route(/\/(embed\/chunks|api)\//, hold);
}

async function showContent(page: Page, shown: readonly Embed[]): Promise<void> {
  for (const embed of shown) {
    await page
      .locator(`[data-embed="${embed.id}"]`)
      .locator(embed.ready)
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
  }
  // Images in view have arrived (their boxes were reserved, so this must not move anything either).
  await page.waitForFunction(() =>
    (window as unknown as { __pbgdplShifts: ShiftProbe }).__pbgdplShifts.imagesInViewLoaded(),
  );
  // Two frames: a shift of the last render is reported after it is painted.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function layoutShift(
  path: string,
  viewport: { width: number; height: number },
  shown: readonly Embed[] = embeds,
) {
  const page = await hosted.browser.newPage({ viewport });
  const problems = collectProblems(page);
  await page.addInitScript({ path: join(import.meta.dirname, '../support/shift-probe.js') });
  await unevenNetwork(page);
  await page.goto(`${hosted.host.url}${path}`);
  await showContent(page, shown);
  const shifts = await page.evaluate(() =>
    (window as unknown as { __pbgdplShifts: ShiftProbe }).__pbgdplShifts.shifts(),
  );
  await page.close();
  const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const detail = shifts
    .map((shift) => `${shift.at} ms: ${shift.value.toFixed(4)} ${shift.sources.join(', ')}`)
    .join('\n');
  console.log(`CLS ${path} ${viewport.width}×${viewport.height}: ${cls.toFixed(4)}\n${detail}`);
  return { cls, detail, problems };
}

const hosts = [
  ['plain', '/bare'],
  ['hostile theme (Bootstrap 3 + jQuery)', '/bare/bootstrap'],
  ['strict CSP with Trusted Types', '/bare/strict'],
] as const;

const viewports = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

for (const [name, path] of hosts) {
  test(`${name}: the page does not jump while every widget loads`, async () => {
    const results = [];
    for (const viewport of viewports) results.push({ viewport, ...(await layoutShift(path, viewport)) });
    for (const { viewport, cls, detail, problems } of results) {
      assert.ok(cls <= LIMIT, `CLS ${cls.toFixed(4)} > ${LIMIT} at ${viewport.width} px:\n${detail}`);
      assert.deepEqual(problems, []);
    }
  });
}

test('each widget alone at the top of a bare page does not move the text after it', async () => {
  const failures: string[] = [];
  for (const embed of embeds) {
    for (const viewport of viewports) {
      const { cls, detail, problems } = await layoutShift(`/bare/only/${embed.id}`, viewport, [embed]);
      if (cls > LIMIT) failures.push(`${embed.id} at ${viewport.width} px: CLS ${cls.toFixed(4)}\n${detail}`);
      assert.deepEqual(problems, [], embed.id);
    }
  }
  assert.deepEqual(failures, []);
});
