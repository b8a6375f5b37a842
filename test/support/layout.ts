import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The in-page measures of `layout-probe.js`. */
interface LayoutProbe {
  overflow(host: Element): string[];
  smallTargets(host: Element): string[];
  looseTables(host: Element): string[];
  scrollingRegions(host: Element): string[];
  pageWidth(): number;
}

/** Adds the layout probe to every page of `context` (before any page script). */
export async function addLayoutProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: join(import.meta.dirname, 'layout-probe.js') });
}

/**
 * What a reader of this widget would meet on a narrow screen: anything outside its box, controls
 * smaller than 24 × 24 CSS px and tables wider than their box without a scrolling region.
 */
export function layoutProblems(widget: Locator): Promise<string[]> {
  return widget.evaluate((host) => {
    const layout = (window as unknown as { __pbgdplLayout: LayoutProbe }).__pbgdplLayout;
    return [
      ...layout.overflow(host).map((text) => `sticks out: ${text}`),
      ...layout.smallTargets(host).map((text) => `under 24 px: ${text}`),
      ...layout.looseTables(host).map((text) => `wide table: ${text}`),
    ];
  });
}

/** Names of the widget's regions that scroll sideways (wide tables). */
export function scrollingRegions(widget: Locator): Promise<string[]> {
  return widget.evaluate((host) =>
    (window as unknown as { __pbgdplLayout: LayoutProbe }).__pbgdplLayout.scrollingRegions(host),
  );
}

/** The page's width in CSS px. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __pbgdplLayout: LayoutProbe }).__pbgdplLayout.pageWidth(),
  );
}
