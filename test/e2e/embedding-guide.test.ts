import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';
import { embeds } from '../hosts/embeds.ts';

/**
 * Does exactly what the Vietnamese embedding guide (docs/huong-dan-nhung.md) tells a
 * webmaster: every complete snippet in it, pasted as is into a plain HTML page on another
 * origin (with the guide's CSS line), must show its widget; and again under a page policy
 * made of the guide's CSP lines, without a violation. Built bundle required.
 */
const GUIDE_HOST = 'https://pbgdpl.tayninh.gov.vn';
const guide = readFileSync(new URL('../../docs/huong-dan-nhung.md', import.meta.url), 'utf8');
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1] ?? '',
  );
const snippets = blocks('html').filter((block) => block.includes('/embed/pbgdpl.js'));
const css = blocks('css').join('\n');
const cspLines = blocks('text')
  .filter((block) => block.includes('script-src'))
  .join(' ')
  .replace(/\s+/g, ' ');

const hosted = useHostedApi();

const apiOrigin = () => hosted.api.url.replace(/\/$/, '');
const pasted = (snippet: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang đơn vị</title>
<link rel="stylesheet" href="/guide.css"></head><body><h1>Trang đơn vị</h1>
${snippet.replaceAll(GUIDE_HOST, apiOrigin())}
</body></html>`;

/** What the snippet embeds, and the selector that shows each widget has its content. */
function expectations(snippet: string) {
  const tags = [...snippet.matchAll(/<(pbgdpl-[a-z-]+)/g)].map((match) => match[1] ?? '');
  assert.ok(tags.length > 0, `no widget in ${snippet}`);
  return tags.map((tag) => {
    const ready = embeds
      .filter((embed) => embed.tag === tag)
      .map((embed) => embed.ready)
      .join(', ');
    assert.ok(ready, `no ready selector for <${tag}> in test/hosts/embeds.ts`);
    return { tag, ready };
  });
}

test('the guide has a complete snippet for each widget and CSP lines to copy', () => {
  assert.ok(snippets.length >= 3, `${snippets.length} snippets`);
  assert.match(cspLines, /connect-src/);
  for (const snippet of snippets) assert.equal(snippet.match(/<script/g)?.length, 1, snippet);
});

test('every snippet of the guide, pasted into a page on another origin, shows its widget', async () => {
  hosted.host.setPage('/guide.css', { html: css });
  for (const [i, snippet] of snippets.entries()) {
    hosted.host.setPage(`/guide-${i}`, { html: pasted(snippet) });
    const page = await hosted.browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${hosted.host.url}/guide-${i}`);
    for (const { tag, ready } of expectations(snippet)) {
      await page.locator(tag).first().locator(ready).first().waitFor({ state: 'visible', timeout: 15_000 });
    }
    assert.deepEqual(problems, [], snippet);
    await page.close();
  }
});

test('with the guide CSP lines added to a strict policy, no snippet is blocked', async () => {
  const csp =
    `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; ${cspLines}`.replaceAll(
      GUIDE_HOST,
      apiOrigin(),
    );
  for (const [i, snippet] of snippets.entries()) {
    hosted.host.setPage(`/guide-csp-${i}`, { html: pasted(snippet), csp });
    const page = await hosted.browser.newPage();
    const problems = collectProblems(page);
    await page.addInitScript({ path: join(import.meta.dirname, '../hosts/instrument.js') });
    await page.goto(`${hosted.host.url}/guide-csp-${i}`);
    for (const { tag, ready } of expectations(snippet)) {
      await page.locator(tag).first().locator(ready).first().waitFor({ state: 'visible', timeout: 15_000 });
    }
    const violations = await page.evaluate(
      () =>
        (
          window as unknown as { __pbgdplProbe: { snapshot(): { violations: string[] } } }
        ).__pbgdplProbe.snapshot().violations,
    );
    assert.deepEqual(violations, [], snippet);
    assert.deepEqual(problems, [], snippet);
    await page.close();
  }
});
