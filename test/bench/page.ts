/**
 * Page benchmark: `pnpm bench:page`. Loads the demo portal (`/`, every widget it embeds)
 * from the real server in Chromium, RUNS times with a cold cache, and reports the median
 * layout-shift sum, long tasks and the time until each widget shows content (ms after
 * navigation start). A report, not a pass/fail.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../packages/server/src/config.ts';
import { startServer } from '../../packages/server/src/server.ts';
import { launchChromium } from '../support/browser.ts';
import { embeds } from '../hosts/embeds.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const script = readFileSync(new URL('./page-metrics.js', import.meta.url), 'utf8');
/** Per tag, any of its embeds' ready selectors (a tag may be embedded in several views). */
const readySelectors = Object.fromEntries(
  [...new Set(embeds.map((embed) => embed.tag))].map((tag) => [
    tag,
    embeds
      .filter((embed) => embed.tag === tag)
      .map((embed) => embed.ready)
      .join(', '),
  ]),
);

interface Metrics {
  cls: number;
  longTasks: number;
  longTaskMs: number;
  ready: Record<string, number>;
  widgets: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-page-'));
const server = await startServer(
  loadConfig({ PORT: '0', DATABASE_URL: join(dir, 'page.sqlite'), PBGDPL_DEMO_CONTENT: 'on' }),
);
const browser = await launchChromium();
try {
  const runs: Metrics[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript({
      content: `window.__readySelectors = ${JSON.stringify(readySelectors)};\n${script}`,
    });
    await page.goto(server.url);
    await page.waitForFunction(
      () => {
        const metrics = (window as unknown as { __pageMetrics: Metrics }).__pageMetrics;
        return metrics.widgets > 0 && Object.keys(metrics.ready).length === metrics.widgets;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500); // late shifts and long tasks still count
    runs.push(await page.evaluate(() => (window as unknown as { __pageMetrics: Metrics }).__pageMetrics));
    await context.close();
  }
  const widgets = Object.keys(runs[0]?.ready ?? {});
  console.log(`Demo portal ${server.url}, ${RUNS} cold loads, medians:`);
  console.table([
    { metric: 'layout shift (CLS)', value: median(runs.map((r) => r.cls)).toFixed(4) },
    { metric: 'long tasks', value: median(runs.map((r) => r.longTasks)) },
    { metric: 'long tasks, total ms', value: Math.round(median(runs.map((r) => r.longTaskMs))) },
    ...widgets.map((key) => ({
      metric: `${key} shows content, ms`,
      value: Math.round(median(runs.map((r) => r.ready[key] ?? Number.NaN))),
    })),
    {
      metric: 'every widget shows content, ms',
      value: Math.round(median(runs.map((r) => Math.max(...Object.values(r.ready))))),
    },
  ]);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
