import assert from 'node:assert/strict';

/** Nothing that can run, style, embed or navigate: what stored and returned HTML must satisfy. */
export function assertInert(html: string, vector: string): void {
  const lower = html.toLowerCase();
  for (const forbidden of [
    '<script',
    '<style',
    '<iframe',
    '<object',
    '<embed',
    '<svg',
    '<math',
    '<meta',
    '<base',
    '<form',
    '<img',
    '<link',
    '<template',
    '<noscript',
  ]) {
    assert.ok(!lower.includes(forbidden), `${forbidden} survived ${vector}: ${html}`);
  }
  assert.doesNotMatch(html, /<[^>]+\son[a-z]+\s*=/i, `event handler survived ${vector}: ${html}`);
  assert.doesNotMatch(html, /<[^>]+\sstyle\s*=/i, `style attribute survived ${vector}: ${html}`);
  for (const href of html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)) {
    assert.match(href[1] ?? '', /^(https?:|mailto:|#|\/[^/])/i, `unsafe link from ${vector}: ${html}`);
  }
}
