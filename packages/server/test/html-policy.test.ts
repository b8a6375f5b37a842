import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeHtml } from '../src/text/html.ts';

/** The server's sanitizer keeps what the legal-text allowlist (and the console's editor) writes, and nothing else. */
test('keeps tables with header rows and merged cells, figures, footnotes, sub and sup', () => {
  const html =
    '<table><caption>Biểu phí</caption><thead><tr><th scope="col">STT</th><th scope="col" colspan="2">Nội dung</th></tr></thead>' +
    '<tbody><tr><td rowspan="2">1</td><td>a</td><td>b</td></tr></tbody><tfoot><tr><td colspan="3">Tổng</td></tr></tfoot></table>' +
    '<figure><img src="/media/anh/hoi-nghi.jpg" alt="Hội nghị" /><figcaption>Ảnh: Sở Tư pháp</figcaption></figure>' +
    '<p>H<sub>2</sub>O, m<sup>2</sup><sup><a id="fnref-1" href="#fn-1">1</a></sup></p>' +
    '<blockquote><p>Trích dẫn</p></blockquote><p><sup><a id="fn-1" href="#fnref-1">1</a></sup> Ghi chú.</p>';
  assert.equal(sanitizeHtml(html), html);
});

test('drops attributes on tags they do not belong to, and ids that are not footnotes', () => {
  assert.equal(
    sanitizeHtml(
      '<p colspan="2" scope="row" id="x" lang="vi">a</p><td scope="row">b</td><a id="evil" href="#top">c</a>',
    ),
    '<p lang="vi">a</p><td>b</td><a href="#top">c</a>',
  );
  assert.equal(
    sanitizeHtml('<ol start="3" type="a" reversed><li>x</li></ol>'),
    '<ol start="3" type="a" reversed>' + '<li>x</li></ol>',
  );
});

test('keeps images from the media library only: hot-linked, data: and relative images are dropped whole', () => {
  for (const src of [
    'https://evil.example/pixel.gif',
    'data:image/png;base64,AAAA',
    'x',
    '/media/../admin/',
    '//evil.example/a.png',
  ]) {
    assert.equal(sanitizeHtml(`<p>a<img src="${src}" alt="b" onerror="alert(1)">c</p>`), '<p>ac</p>', src);
  }
  assert.equal(
    sanitizeHtml('<img src="/media/a.png" onerror="alert(1)" width="9">'),
    '<img src="/media/a.png" />',
  );
});

test('links: web, mail, phone, in-text and server paths; nothing else keeps an address', () => {
  assert.equal(
    sanitizeHtml(
      '<a href="tel:02763822222">t</a><a href="mailto:a@b.vn">m</a><a href="/media/a.pdf">p</a>' +
        '<a href="javascript:alert(1)">j</a><a href="//evil.example/">r</a><a href="https:evil">h</a>',
    ),
    '<a href="tel:02763822222">t</a><a href="mailto:a@b.vn">m</a><a href="/media/a.pdf">p</a><a>j</a><a>r</a><a>h</a>',
  );
});
