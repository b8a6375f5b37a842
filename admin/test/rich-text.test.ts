import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/rich-text-editor.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import { $, deepActive, root } from './helpers.ts';

const HOSTILE =
  '<p>Điều 1. <img src=x onerror="window.__pwned = true"><a href="javascript:window.__pwned=true">bấm</a>' +
  '<a href="https://vbpl.vn/">vbpl</a><script>window.__pwned = true</script></p>';

async function editor(value = ''): Promise<PbgdplRichText> {
  return fixture<PbgdplRichText>(
    html`<pbgdpl-rich-text label="Toàn văn" .value=${value}></pbgdpl-rich-text>`,
  );
}

const region = (el: PbgdplRichText) => $(el, '[contenteditable]');

function paste(el: PbgdplRichText, markup: string): void {
  const data = new DataTransfer();
  data.setData('text/html', markup);
  data.setData('text/plain', 'plain');
  region(el).focus();
  region(el).dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
}

describe('<pbgdpl-rich-text>', () => {
  afterEach(() => {
    delete (window as unknown as { __pwned?: boolean }).__pwned;
  });

  it('is a labelled multi-line textbox with a toolbar, accessibly', async () => {
    const el = await editor('<p>Nội dung</p>');
    const box = region(el);
    expect(box.getAttribute('role')).to.equal('textbox');
    expect(box.getAttribute('aria-multiline')).to.equal('true');
    expect($(el, `#${box.getAttribute('aria-labelledby')}`).textContent).to.equal('Toàn văn');
    expect(root(el).querySelectorAll('[role=toolbar] button').length).to.be.greaterThan(5);
    el.focus();
    expect(deepActive()).to.equal(box);
    await expect(el).to.be.accessible();
  });

  it('sanitizes pasted HTML before it enters the text: no img onerror, no javascript: link', async () => {
    const el = await editor('<p>Mở đầu.</p>');
    const changed = oneEvent(el, 'pbgdpl-rich-text-input');
    paste(el, HOSTILE);
    const { detail } = await changed;
    for (const html of [detail.value as string, el.value, region(el).innerHTML]) {
      expect(html).to.not.match(/<img|onerror|javascript:|<script/i);
    }
    expect(el.value).to.contain('Điều 1.');
    expect(el.value).to.contain('href="https://vbpl.vn/"');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('sanitizes its value even when hostile markup was inserted into the region directly', async () => {
    const el = await editor('<p>Mở đầu.</p>');
    const box = region(el);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = true');
    const link = document.createElement('a');
    link.href = 'javascript:alert(1)';
    link.textContent = 'liên kết';
    box.append(img, link);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(el.value).to.not.match(/<img|onerror|javascript:/i);
    expect(el.value).to.contain('liên kết');
  });

  it('sanitizes a value set from outside (a stored document)', async () => {
    const el = await editor(HOSTILE);
    expect(region(el).innerHTML).to.not.match(/<img|onerror|javascript:|<script/i);
    expect(el.value).to.contain('Điều 1.');
  });

  it('formats with the toolbar and refuses javascript: links', async () => {
    const el = await editor('');
    const box = region(el);
    box.focus();
    document.execCommand('insertText', false, 'Chữ đậm');
    const selection = (root(el) as ShadowRoot & { getSelection(): Selection }).getSelection();
    selection.selectAllChildren(box);
    box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, 'button[aria-label="In đậm"]').click();
    expect(el.value).to.match(/<(b|strong)>Chữ đậm<\/(b|strong)>/);

    $<HTMLButtonElement>(el, 'button[aria-label="Chèn liên kết"]').click();
    await waitUntil(() => root(el).querySelector('#link-url'));
    const url = $<HTMLInputElement>(el, '#link-url');
    expect(deepActive()).to.equal(url);
    url.value = 'javascript:alert(1)';
    [...root(el).querySelectorAll('.link-form button')][0]!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect($(el, '#link-error').textContent).to.contain('https://');
    expect(el.value).to.not.contain('javascript:');
    url.value = 'https://phapluat.tayninh.gov.vn/';
    ($(el, '.link-form button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value).to.contain('href="https://phapluat.tayninh.gov.vn/"');
  });
});
