import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHostedApi } from '../support/hosted-api.ts';
import { embeds } from '../hosts/embeds.ts';
import type { Outage } from '../hosts/host-server.ts';

/**
 * The API down, slower than the widgets' timeout, answering 500 or broken JSON: every widget
 * shows a clear state, comes back on retry once the API does, and the host page sees no
 * uncaught error or unhandled rejection. Built bundle required.
 */
const hosted = useHostedApi();

const outages: Exclude<Outage, null>[] = ['down', '500', 'malformed', 'slow'];

for (const outage of outages) {
  test(`API ${outage}: a clear state in every widget, recovery on retry, nothing uncaught`, async () => {
    hosted.host.setOutage(outage);
    const page = await hosted.browser.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    page.on('console', (message) => {
      // The browser's own network messages are expected here; anything else is not.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        uncaught.push(message.text());
      }
    });
    await page.goto(`${hosted.host.url}/plain`);
    const timeout = outage === 'slow' ? 60_000 : 20_000;
    for (const embed of embeds) {
      await page
        .locator(`[data-embed="${embed.id}"]`)
        .locator(embed.failed)
        .first()
        .waitFor({ state: 'attached', timeout });
    }
    hosted.host.setOutage(null);
    for (const embed of embeds.filter((candidate) => candidate.retry)) {
      const widget = page.locator(`[data-embed="${embed.id}"]`);
      await widget.locator(embed.retry!).first().click();
      await widget.locator(embed.ready).first().waitFor({ state: 'visible', timeout: 20_000 });
    }
    assert.deepEqual(uncaught, []);
    await page.close();
  });
}
