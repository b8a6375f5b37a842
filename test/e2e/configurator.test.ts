import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { axeViolations } from '../support/axe.ts';
import { collectProblems, launchChromium } from '../support/browser.ts';
import { embedEntries } from '../../scripts/widget-manifest.ts';
import { embeds } from '../hosts/embeds.ts';
import { startHostServer, type HostServer } from '../hosts/host-server.ts';

/**
 * The embed configurator at /embed/configure/ (built bundle required): for each widget,
 * choose it, set an option, copy the snippet, paste it into a page on another origin and see
 * the widget render there. axe-clean, usable by keyboard alone, one column on a phone.
 */
let api: RunningServer;
let host: HostServer;
let browser: Browser;
let context: BrowserContext;
/** axe is injected as an inline script, which the page's Trusted Types policy rightly refuses. */
let axeContext: BrowserContext;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-configure-'));

before(async () => {
  api = await startServer(
    loadConfig({ PORT: '0', DATABASE_URL: join(dir, 'configure.sqlite'), PBGDPL_DEMO_CONTENT: 'on' }),
  );
  host = await startHostServer(api.url);
  browser = await launchChromium();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(api.url).origin });
  axeContext = await browser.newContext({ bypassCSP: true });
});

after(async () => {
  await axeContext?.close();
  await context?.close();
  await browser?.close();
  await host?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

const configureUrl = () => new URL('/embed/configure/', api.url).href;

/** One option per widget that changes its snippet (and, for the document and the article, is required). */
const OPTIONS: Record<string, { field: string; value: string }> = {
  'pbgdpl-banner': { field: 'placement', value: 'leaderboard' },
  'pbgdpl-legal-docs': { field: 'page-size', value: '5' },
  'pbgdpl-legal-doc': { field: 'document-id', value: '1' },
  'pbgdpl-news': { field: 'view', value: 'headlines' },
  'pbgdpl-article': { field: 'article-id', value: '1' },
};

async function openConfigurator(from = context): Promise<{ page: Page; problems: string[] }> {
  const page = await from.newPage();
  const problems = collectProblems(page);
  await page.goto(configureUrl());
  await page.locator('#widget').waitFor();
  return { page, problems };
}

/** The id of the focused control inside the configurator's shadow root (or the light-DOM tag). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const app = document.querySelector('pbgdpl-configurator');
    const inner = app?.shadowRoot?.activeElement;
    if (inner) return inner.id || inner.className || inner.tagName.toLowerCase();
    return document.activeElement?.closest('[slot="preview"]')
      ? 'preview'
      : (document.activeElement?.tagName ?? '');
  });

test('the page loads under its CSP without errors, shows the real widget and passes axe', async () => {
  const { page, problems } = await openConfigurator();
  const csp = (await page.request.get(configureUrl())).headers()['content-security-policy'];
  assert.match(csp ?? '', /require-trusted-types-for 'script'/);
  await page
    .locator('.preview-host pbgdpl-banner')
    .locator('.slide img')
    .first()
    .waitFor({ timeout: 15_000 });
  // The guide it links to is served beside it, as plain text.
  const guideHref = await page.locator('a', { hasText: 'Hướng dẫn nhúng' }).getAttribute('href');
  const guide = await page.request.get(new URL(guideHref ?? '', configureUrl()).href);
  assert.equal(guide.status(), 200);
  assert.match(await guide.text(), /^# Hướng dẫn nhúng tiện ích PBGDPL/);
  // The running version is served at /embed/<version>/, so a pinned snippet is offered.
  assert.ok(await page.locator('#release-pinned').isEnabled(), 'pinned release offered');
  // Units come from GET /api/v1/site.
  assert.ok((await page.locator('#unit option').count()) > 1);
  assert.deepEqual(problems, []);
  await page.close();

  const { page: checked } = await openConfigurator(axeContext);
  await checked
    .locator('.preview-host pbgdpl-banner')
    .locator('.slide img')
    .first()
    .waitFor({ timeout: 15_000 });
  assert.deepEqual(await axeViolations(checked, 'pbgdpl-configurator'), []);
  await checked.close();
});

test('each widget: choose it, set an option, copy, paste on another origin, it renders', async () => {
  const { page, problems } = await openConfigurator();
  const tags = await page
    .locator('#widget option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  // The loader's order (embed/widgets.ts), never the file system's: the banner comes first.
  const loaderOrder = embedEntries()
    .map((entry) => entry.tag)
    .filter((tag) => tag !== 'pbgdpl-provider');
  assert.deepEqual(
    tags,
    loaderOrder,
    'every widget the loader serves, in its order; the provider shows nothing',
  );
  assert.equal(tags[0], 'pbgdpl-banner');
  assert.equal(await page.locator('#widget').inputValue(), 'pbgdpl-banner', 'the page opens on the banner');

  for (const [i, tag] of tags.entries()) {
    await page.locator('#widget').selectOption(tag);
    await page.locator(`.preview-host ${tag}`).waitFor({ state: 'attached' });
    // Vietnamese first: the widget and every option are described in Vietnamese.
    assert.equal(await page.locator('form [lang="en"]').count(), 0, `English text in the ${tag} form`);
    const option = OPTIONS[tag];
    if (option) {
      const field = page.locator(`#attr-${option.field}`);
      if ((await field.evaluate((element) => element.tagName)) === 'SELECT')
        await field.selectOption(option.value);
      else await field.fill(option.value);
    }
    // Every other release pinned, with its SRI hash, when this server has the release.
    const pin = i % 2 === 1 && (await page.locator('#release-pinned').isEnabled());
    await page.locator(pin ? '#release-pinned' : '#release-latest').check();

    const snippet = (await page.locator('#snippet').textContent()) ?? '';
    assert.match(snippet, new RegExp(`<${tag}[ >]`));
    if (option) assert.ok(snippet.includes(`${option.field}="${option.value}"`), snippet);
    if (pin)
      assert.match(
        snippet,
        /\/embed\/\d+\.\d+\.\d+\/pbgdpl\.js"\n\s+integrity="sha384-[A-Za-z0-9+/=]+"\n\s+crossorigin="anonymous"/,
      );
    else assert.doesNotMatch(snippet, /integrity=/);

    await page.locator('button.copy').first().click();
    await page.locator('.announcement', { hasText: 'Đã sao chép' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, snippet);

    const ready = embeds
      .filter((embed) => embed.tag === tag)
      .map((embed) => embed.ready)
      .join(', ');
    if (!ready) continue; // no ready selector yet (test/hosts/embeds.ts): chosen and copied only
    host.setPage(`/configured-${i}`, {
      html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang đơn vị</title></head>
<body><h1>Trang đơn vị</h1>
${copied}
</body></html>`,
    });
    const pasted = await context.newPage();
    const pastedProblems = collectProblems(pasted);
    await pasted.goto(`${host.url}/configured-${i}`);
    await pasted.locator(tag).first().locator(ready).first().waitFor({ state: 'visible', timeout: 15_000 });
    if (option) assert.equal(await pasted.locator(tag).getAttribute(option.field), option.value);
    assert.deepEqual(pastedProblems, [], `${tag}: ${copied}`);
    await pasted.close();
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('theme colours reach the preview through CSSOM and come with a contrast check', async () => {
  const { page, problems } = await openConfigurator();
  const primary = page.locator('#colour-pbgdpl-color-primary');
  await primary.fill('#ffeeee');
  await page.locator('#colour-pbgdpl-color-primary-contrast', { hasText: 'chưa đạt' }).waitFor();
  await primary.fill('#0b4f2a');
  await page.locator('#colour-pbgdpl-color-primary-contrast', { hasText: 'đạt' }).waitFor();
  assert.match((await page.locator('#snippet').textContent()) ?? '', /--pbgdpl-color-primary: #0b4f2a;/);
  assert.match(
    (await page.locator('#css').textContent()) ?? '',
    /^pbgdpl-banner \{\n {2}--pbgdpl-color-primary: #0b4f2a;\n\}$/,
  );
  const applied = await page.evaluate(() =>
    getComputedStyle(document.querySelector('.preview-host pbgdpl-banner') as Element)
      .getPropertyValue('--pbgdpl-color-primary')
      .trim(),
  );
  assert.equal(applied, '#0b4f2a');
  assert.equal(await page.locator('[style]').count(), 0, 'no style attributes');
  assert.deepEqual(problems, []);
  await page.close();
});

test('keyboard only: Tab reaches every control in order, changes the widget, copies', async () => {
  const { page, problems } = await openConfigurator();
  await page.locator('.preview-host pbgdpl-banner').waitFor({ state: 'attached' });
  const order: string[] = [];
  for (let step = 0; step < 120 && order.at(-1) !== 'copy'; step++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
    if (order.at(-1) === 'widget') {
      // A closed select changes with the arrow keys.
      await page.keyboard.press('ArrowDown');
    }
  }
  const sequence = ['switch', 'widget', 'api', 'unit', 'lang', 'release-latest', 'code', 'copy'];
  const positions = sequence.map((id) => order.indexOf(id));
  assert.ok(
    positions.every((position, i) => position >= 0 && (i === 0 || position > (positions[i - 1] ?? -1))),
    `focus order: ${order.join(' → ')}`,
  );
  const chosen = await page.locator('#widget').inputValue();
  assert.notEqual(chosen, 'pbgdpl-banner', 'the arrow key chose another widget');
  await page.keyboard.press('Enter');
  await page.locator('.announcement', { hasText: 'Đã sao chép' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(`<${chosen}`));
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a phone the page is one column without horizontal scrolling; English is one press away', async () => {
  const page = await axeContext.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(configureUrl());
  await page.locator('#widget').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.locator('button.switch').click();
  await page.locator('h1', { hasText: 'PBGDPL widget embed code' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await axeViolations(page, 'pbgdpl-configurator'), []);
  await page.close();
});
