import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';

/**
 * Each main flow by keyboard only, the way a person who cannot use a mouse goes through it:
 * Tab, Shift+Tab, Enter, Space, Escape and arrows; no clicks. Built bundle required.
 */
// The ask form may be sent at once: a person using the keyboard is not a bot.
const hosted = useHostedApi({ PBGDPL_QUESTION_MIN_FILL_SECONDS: '0' });

interface Focused {
  id: string;
  tag: string;
  className: string;
  text: string;
  label: string | null;
}

/** The element that has focus, looking through shadow roots. */
const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    return {
      id: element.id,
      tag: element.localName,
      className: typeof element.className === 'string' ? element.className : '',
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      label: element.getAttribute('aria-label'),
    };
  });

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean, what: string, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (element && wanted(element)) return element;
  }
  assert.fail(`Tab never reached ${what}`);
}

async function pageWith(markup: string) {
  const page = await hosted.browser.newPage();
  const problems = collectProblems(page);
  await page.goto(`${hosted.host.url}/spa`);
  await page.evaluate(
    (html) => document.querySelector('#app')!.insertAdjacentHTML('beforeend', html),
    markup,
  );
  return { page, problems };
}

test('legal documents: search, open a result, go back, and the dialog closes with Escape', async () => {
  const { page, problems } = await pageWith('<pbgdpl-legal-docs no-url detail="inline"></pbgdpl-legal-docs>');
  await page.locator('pbgdpl-legal-docs .result').first().waitFor();
  await tabTo(page, (el) => el.tag === 'input', 'the search box');
  await page.keyboard.type('dat dai');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () =>
      [...(document.querySelector('pbgdpl-legal-docs')?.shadowRoot?.querySelectorAll('.result mark') ?? [])]
        .length > 0,
  );
  const result = await tabTo(page, (el) => el.className.includes('doc-link'), 'a result');
  await page.keyboard.press('Enter');
  await page.locator('pbgdpl-legal-docs pbgdpl-legal-doc article.doc').waitFor();
  assert.equal((await focused(page))?.className, 'back', 'focus moves to the back button');
  await page.keyboard.press('Enter');
  await page.locator('pbgdpl-legal-docs .result').first().waitFor();
  assert.equal((await focused(page))?.text, result.text, 'focus returns to the result it left');
  assert.deepEqual(problems, []);
  await page.close();

  const dialog = await pageWith('<pbgdpl-legal-docs no-url detail="dialog"></pbgdpl-legal-docs>');
  await dialog.page.locator('pbgdpl-legal-docs .result').first().waitFor();
  const opened = await tabTo(dialog.page, (el) => el.className.includes('doc-link'), 'a result');
  await dialog.page.keyboard.press('Enter');
  await dialog.page.locator('pbgdpl-legal-docs dialog[open] article.doc').waitFor();
  await dialog.page.keyboard.press('Escape');
  await dialog.page.locator('pbgdpl-legal-docs dialog[open]').waitFor({ state: 'detached' });
  assert.equal((await focused(dialog.page))?.text, opened.text, 'focus returns to the result after Escape');
  assert.deepEqual(dialog.problems, []);
  await dialog.page.close();
});

test('banner: its controls are reachable and work with Enter and the arrow keys', async () => {
  const { page, problems } = await pageWith(
    '<pbgdpl-banner placement="sidebar" unit="so-tu-phap"><a href="/">PBGDPL</a></pbgdpl-banner>',
  );
  const slides = page.locator('pbgdpl-banner .slide');
  await slides.first().waitFor({ state: 'attached' });
  const visibleIndex = () =>
    page.evaluate(() =>
      [...(document.querySelector('pbgdpl-banner')?.shadowRoot?.querySelectorAll('.slide') ?? [])].findIndex(
        (slide) => !slide.hasAttribute('hidden'),
      ),
    );
  const start = await visibleIndex();
  const next = await tabTo(
    page,
    (el) => el.tag === 'button' && /tiếp/i.test(el.label ?? ''),
    'the next button',
  );
  assert.ok(next);
  await page.keyboard.press('Enter');
  assert.notEqual(await visibleIndex(), start, 'Enter on "next" shows another banner');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await visibleIndex(), start, '← goes back');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Q&A: choose the ask tab with the arrows, fill and send the form, read the tracking code', async () => {
  const { page, problems } = await pageWith('<pbgdpl-qa-box no-url></pbgdpl-qa-box>');
  await page.locator('pbgdpl-qa-box .list .item').first().waitFor();
  await tabTo(page, (el) => el.id === 'tab-browse', 'the first tab');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page))?.id, 'tab-ask', '→ moves to the ask tab');
  await page.keyboard.press('Enter');
  await page.locator('pbgdpl-qa-box #consent').waitFor();
  const typeInto = async (id: string, text: string) => {
    await tabTo(page, (el) => el.id === id, `#${id}`);
    await page.keyboard.type(text);
  };
  await typeInto('name', 'Trần Thị Bàn Phím');
  await typeInto('email', 'banphim@example.vn');
  await tabTo(page, (el) => el.id === 'field', 'the field list');
  await page.keyboard.press('ArrowDown'); // the first field
  await typeInto('title', 'Hỏi về thủ tục đăng ký khai sinh cho con');
  await typeInto(
    'body',
    'Con tôi sinh ở bệnh viện tỉnh, tôi cần chuẩn bị giấy tờ gì để đăng ký khai sinh tại xã?',
  );
  await tabTo(page, (el) => el.id === 'consent', 'the required consent');
  await page.keyboard.press('Space');
  await tabTo(page, (el) => el.tag === 'button' && el.text === 'Gửi câu hỏi', 'the send button');
  await page.keyboard.press('Enter');
  await page.locator('pbgdpl-qa-box .success .code').waitFor({ timeout: 15_000 });
  assert.match(await page.locator('pbgdpl-qa-box .success .code').innerText(), /^HD-[A-Z0-9]{8}$/);
  assert.equal((await focused(page))?.id, 'success-heading', 'focus moves to the result');
  assert.deepEqual(problems, []);
  await page.close();
});

test('videos: open one with Enter, Escape closes it and focus returns to its poster', async () => {
  const { page, problems } = await pageWith('<pbgdpl-video-gallery no-url no-track></pbgdpl-video-gallery>');
  await page.locator('pbgdpl-video-gallery .grid .thumb').first().waitFor();
  const poster = await tabTo(page, (el) => el.className === 'card', 'a video');
  await page.keyboard.press('Enter');
  await page.locator('pbgdpl-video-gallery dialog[open] .player').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('pbgdpl-video-gallery dialog[open]').waitFor({ state: 'detached' });
  assert.equal((await focused(page))?.text, poster.text, 'focus returns to the poster');
  assert.deepEqual(problems, []);
  await page.close();
});

test("statistics: a chart's data table opens from the keyboard and can be read by focus", async () => {
  const { page, problems } = await pageWith(
    '<pbgdpl-stats-board sections="kpi,units,trend"></pbgdpl-stats-board>',
  );
  await page.locator('pbgdpl-stats-board .card .kpi-value').first().waitFor();
  const toggle = await tabTo(page, (el) => el.className.includes('toggle'), 'a data-table button');
  assert.ok(toggle);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page))?.className, 'data', 'Tab reaches the opened table');
  assert.equal(await page.locator('pbgdpl-stats-board .data:not([hidden]) table').first().isVisible(), true);
  assert.deepEqual(problems, []);
  await page.close();
});
