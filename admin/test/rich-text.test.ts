import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import { $, deepActive, root } from './helpers.ts';
import { allowlisted, ime, ready, richText, telex, textbox, tool } from './rich-text-support.ts';

const HOSTILE =
  '<p>Điều 1. <img src=x onerror="window.__pwned = true"><a href="javascript:window.__pwned=true">bấm</a>' +
  '<a href="https://vbpl.vn/">vbpl</a><script>window.__pwned = true</script></p>';

const dialog = (el: PbgdplRichText) => root(el).querySelector('pbgdpl-rich-text-dialog')!;
const field = (el: PbgdplRichText, name: string) => $<HTMLInputElement>(dialog(el), `#f-${name}`);
async function fill(el: PbgdplRichText, values: Record<string, string>): Promise<void> {
  await waitUntil(() => $<HTMLDialogElement>(dialog(el), 'dialog').open, 'the dialog did not open');
  for (const [name, value] of Object.entries(values)) {
    const input = field(el, name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await dialog(el).updateComplete;
}
const submit = (el: PbgdplRichText) => $<HTMLButtonElement>(dialog(el), 'button[type=submit]').click();

describe('<pbgdpl-rich-text>', () => {
  afterEach(() => {
    delete (window as { __pwned?: boolean }).__pwned;
  });

  it('is a labelled multi-line textbox with a toolbar whose tooltips name the shortcuts, accessibly', async () => {
    const el = await richText('<p>Nội dung</p>');
    const box = textbox(el);
    expect(box.getAttribute('aria-multiline')).to.equal('true');
    expect(box.getAttribute('contenteditable')).to.equal('true');
    expect($(el, `#${box.getAttribute('aria-labelledby')}`).textContent).to.equal('Toàn văn');
    const bold = tool(el, 'bold');
    expect(bold.title).to.equal('In đậm (Ctrl+B)');
    expect(bold.getAttribute('aria-keyshortcuts')).to.equal('Control+B');
    expect(bold.getAttribute('aria-pressed')).to.equal('false');
    for (const button of root(el).querySelectorAll<HTMLButtonElement>('[role=toolbar] button'))
      expect(button.title, button.dataset.tool).to.match(/\(Ctrl\+/);
    el.focus();
    expect(deepActive()).to.equal(box);
    await expect(el).to.be.accessible();
  });

  it('loads its editor chunk only when a field is on the page, keeping a value set before', async () => {
    const el = await fixture<PbgdplRichText>(html`<pbgdpl-rich-text label="Trả lời"></pbgdpl-rich-text>`);
    el.value = '<p>Đặt trước khi tải.</p>';
    expect(el.value).to.equal('<p>Đặt trước khi tải.</p>');
    await ready(el);
    expect(textbox(el).textContent).to.equal('Đặt trước khi tải.');
  });

  it('keyboard: Alt+F10 reaches the toolbar, arrows move, Escape returns; shortcuts format', async () => {
    const el = await richText('<p>Luật đất đai</p>');
    el.focus();
    await sendKeys({ press: 'Alt+F10' });
    expect((deepActive() as HTMLElement).dataset.tool).to.equal('undo');
    await sendKeys({ press: 'ArrowRight' });
    expect((deepActive() as HTMLElement).dataset.tool).to.equal('redo');
    await sendKeys({ press: 'End' });
    expect((deepActive() as HTMLElement).dataset.tool).to.equal('fullscreen');
    // One tab stop: the tool last focused.
    expect(root(el).querySelectorAll('[role=toolbar] button[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    expect(deepActive()).to.equal(textbox(el));

    await sendKeys({ press: 'Control+A' });
    await sendKeys({ press: 'Control+B' });
    expect(el.value).to.equal('<p><strong>Luật đất đai</strong></p>');
    await el.updateComplete;
    expect(tool(el, 'bold').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Control+Alt+3' });
    expect(el.value).to.equal('<h3><strong>Luật đất đai</strong></h3>');
    await sendKeys({ press: 'Control+Backslash' });
    expect(el.value).to.equal('<p>Luật đất đai</p>');
    await sendKeys({ press: 'Control+Shift+7' });
    expect(el.value).to.equal('<ol><li><p>Luật đất đai</p></li></ol>');
    await sendKeys({ press: 'Control+Z' });
    expect(el.value).to.equal('<p>Luật đất đai</p>');
  });

  it('Vietnamese typed through an IME ends up composed, and undo takes back whole words', async () => {
    const el = await richText();
    el.focus();
    const changes: string[] = [];
    el.addEventListener('pbgdpl-rich-text-input', (event) => changes.push(event.detail.value));
    // Telex: "Luaajt" → "Luật", "ddaats" → "đất", "ddai" → "đai".
    await ime(telex('L', 'Lu', 'Lua', 'Luâ', 'Luâj', 'Luật'));
    await sendKeys({ press: 'Space' });
    await ime(telex('d', 'dd', 'đ', 'đa', 'đâ', 'đât', 'đất'));
    await sendKeys({ press: 'Space' });
    await ime(telex('d', 'đ', 'đa', 'đai'));
    expect(el.value).to.equal('<p>Luật đất đai</p>');
    expect(changes.at(-1)).to.equal('<p>Luật đất đai</p>');
    // The composition never left half-composed letters behind.
    expect(el.value.normalize('NFC')).to.equal(el.value);
    await sendKeys({ press: 'Control+Z' });
    expect(el.value).to.equal('<p>Luật đất</p>');
    await sendKeys({ press: 'Control+Z' });
    expect(el.value).to.equal('<p>Luật</p>');
    await sendKeys({ press: 'Control+Y' });
    expect(el.value).to.equal('<p>Luật đất</p>');
  });

  it('typed words are undone one word at a time too', async () => {
    const el = await richText();
    el.focus();
    await sendKeys({ type: 'Hòa giải ở cơ sở' });
    expect(el.value).to.equal('<p>Hòa giải ở cơ sở</p>');
    await sendKeys({ press: 'Control+Z' });
    expect(el.value).to.equal('<p>Hòa giải ở cơ</p>');
  });

  it('sanitizes a value set from outside (a stored document) and never runs it', async () => {
    const el = await richText(HOSTILE);
    expect(textbox(el).innerHTML).to.not.match(/<img|onerror|javascript:|<script/i);
    expect(el.value).to.equal('<p>Điều 1. bấm<a href="https://vbpl.vn/">vbpl</a></p>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('links: refuses javascript:, accepts web addresses, edits and removes a link', async () => {
    const el = await richText('<p>Cổng pháp luật</p>');
    el.focus();
    await sendKeys({ press: 'Control+A' });
    await sendKeys({ press: 'Control+K' });
    await fill(el, { href: 'javascript:alert(1)' });
    submit(el);
    await dialog(el).updateComplete;
    expect($(dialog(el), '#e-href').textContent).to.contain('https://');
    expect(field(el, 'href').getAttribute('aria-invalid')).to.equal('true');
    await expect(dialog(el)).to.be.accessible();
    await fill(el, { href: 'https://phapluat.tayninh.gov.vn/' });
    submit(el);
    await waitUntil(() => el.value.includes('href'), 'no link');
    expect(el.value).to.equal('<p><a href="https://phapluat.tayninh.gov.vn/">Cổng pháp luật</a></p>');
    expect(deepActive()).to.equal(textbox(el));

    // With the cursor in the link: its address is offered, and emptying it removes the link.
    tool(el, 'link').click();
    await fill(el, {});
    expect(field(el, 'href').value).to.equal('https://phapluat.tayninh.gov.vn/');
    await fill(el, { href: '' });
    submit(el);
    await waitUntil(() => !el.value.includes('href'), 'the link stayed');
    expect(el.value).to.equal('<p>Cổng pháp luật</p>');
  });

  it('links to a legal document chosen from the document search, at its deep link', async () => {
    const el = await richText();
    el.focus();
    tool(el, 'document').click();
    const search = root(el).querySelector('pbgdpl-rich-text-document')!;
    await waitUntil(() => $<HTMLDialogElement>(search, 'dialog').open, 'no dialog');
    expect(deepActive()).to.equal($(search, '#doc-q'));
    $<HTMLInputElement>(search, '#doc-q').value = '24/2016/NQ-HĐND';
    $<HTMLButtonElement>(search, 'form button[type=submit]').click();
    await waitUntil(() => root(search).querySelector('.document-results button'), 'no results', {
      timeout: 5000,
    });
    await expect(search).to.be.accessible();
    const { items } = (await (await fetch('/api/v1/documents?q=24%2F2016%2FNQ-H%C4%90ND')).json()) as {
      items: Array<{ id: number; number: string }>;
    };
    $<HTMLButtonElement>(search, '.document-results button').click();
    await waitUntil(() => el.value.includes('href'), 'no link');
    expect(el.value).to.equal(
      `<p><a href="https://pbgdpl.tayninh.gov.vn/?vb-doc=${items[0]!.id}">${items[0]!.number}</a></p>`,
    );
  });

  it('figures: the default asks for a library image with a required description; a form may pass its own picker', async () => {
    const el = await richText('<p>Hội nghị</p>');
    el.focus();
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ press: 'Control+Alt+I' });
    await fill(el, { src: 'https://evil.example/pixel.gif' });
    submit(el);
    await dialog(el).updateComplete;
    expect($(dialog(el), '#e-src').textContent).to.contain('/media/');
    expect($(dialog(el), '#e-alt').textContent).to.contain('Mô tả ảnh');
    await fill(el, {
      src: `${location.origin}/media/banners/hoi-dap-phap-luat-300x250.svg`,
      alt: 'Banner hỏi đáp pháp luật',
      caption: 'Ảnh: Sở Tư pháp',
    });
    submit(el);
    await waitUntil(() => el.value.includes('<figure'), 'no figure');
    expect(el.value).to.equal(
      '<p>Hội nghị</p><figure><img src="/media/banners/hoi-dap-phap-luat-300x250.svg" alt="Banner hỏi đáp pháp luật">' +
        '<figcaption>Ảnh: Sở Tư pháp</figcaption></figure>',
    );
    allowlisted(el.value);

    const picked = await richText();
    let asked: HTMLElement | undefined;
    picked.imagePicker = (editor) => {
      asked = editor;
      return Promise.resolve({ src: '/media/banners/cuoc-thi-tim-hieu-300x250.svg', alt: 'Lễ kỷ niệm' });
    };
    picked.focus();
    tool(picked, 'figure').click();
    await waitUntil(() => picked.value.includes('<figure'), 'no figure');
    expect(asked).to.equal(picked);
    expect(picked.value).to.contain(
      '<figure><img src="/media/banners/cuoc-thi-tim-hieu-300x250.svg" alt="Lễ kỷ niệm"></figure>',
    );
  });

  it('tables: insert with a header row, add and delete rows and columns, merge, caption', async () => {
    const el = await richText();
    el.focus();
    await sendKeys({ press: 'Control+Alt+T' });
    await el.updateComplete;
    expect(tool(el, 'rowBelow')).to.exist;
    for (const [index, header] of ['STT', 'Nội dung', 'Mức thu'].entries()) {
      if (index > 0) await sendKeys({ press: 'Tab' });
      await sendKeys({ type: header });
    }
    let table = allowlisted(el.value).querySelector('table')!;
    expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(3);
    expect(table.querySelectorAll('tbody tr')).to.have.length(2);
    expect(table.querySelector('th')!.textContent).to.equal('STT');
    await sendKeys({ press: 'Control+Alt+ArrowDown' });
    await sendKeys({ press: 'Control+Alt+ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ghi chú' });
    table = allowlisted(el.value).querySelector('table')!;
    expect(table.querySelectorAll('tr')).to.have.length(4);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'STT',
      'Nội dung',
      'Mức thu',
      'Ghi chú',
    ]);
    // Down into the new row, and delete it again.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Control+Alt+Backspace' });
    expect(allowlisted(el.value).querySelectorAll('tr')).to.have.length(3);
    expect(allowlisted(el.value).querySelectorAll('thead th')).to.have.length(4);
    // The header row off and on again.
    tool(el, 'headerRow').click();
    expect(allowlisted(el.value).querySelector('thead')).to.equal(null);
    tool(el, 'headerRow').click();
    expect(allowlisted(el.value).querySelectorAll('thead th')).to.have.length(4);
    // Two cells of the last row merged: Tab to the cell, Shift+Arrow selects across cells.
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await sendKeys({ press: 'Control+Alt+M' });
    expect(allowlisted(el.value).querySelector('td[colspan="2"]')).to.not.equal(null);
    tool(el, 'caption').click();
    await fill(el, { caption: 'Biểu phí' });
    submit(el);
    await waitUntil(() => el.value.includes('<caption>'), 'no caption');
    expect(allowlisted(el.value).querySelector('caption')!.textContent).to.equal('Biểu phí');
    await expect(el).to.be.accessible();
  });

  it('counts words and characters, and goes full screen by keyboard', async () => {
    const el = await richText('<p>Luật Phổ biến, giáo dục pháp luật</p><p>năm 2012</p>');
    expect($(el, '.count').textContent).to.equal('9 từ · 41 ký tự');
    el.focus();
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ type: ' sửa đổi' });
    await waitUntil(() => $(el, '.count').textContent === '11 từ · 49 ký tự', 'count not updated');
    await sendKeys({ press: 'Control+Shift+F' });
    await waitUntil(() => el.shadowRoot!.fullscreenElement === $(el, '.frame'), 'not full screen');
    expect(tool(el, 'fullscreen').title).to.equal('Toàn màn hình (bật/tắt) (Ctrl+Shift+F)');
    await sendKeys({ press: 'Control+Shift+F' });
    await waitUntil(() => !document.fullscreenElement, 'still full screen');
  });

  it('without the media library (no picker), refuses pasted and dropped image files politely, keeping the text', async () => {
    const el = await richText('<p>Giữ nguyên.</p>');
    el.focus();
    const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'anh.png', { type: 'image/png' });
    const data = new DataTransfer();
    data.items.add(image);
    textbox(el).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    expect($(el, '.notice').textContent).to.equal(
      'Ảnh dán hoặc kéo vào chưa được nhận. Hãy chèn ảnh bằng nút Hình ảnh.',
    );
    const dropped = new DataTransfer();
    dropped.items.add(new File(['%PDF-1.4'], 'vb.pdf', { type: 'application/pdf' }));
    const drop = new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true });
    textbox(el).dispatchEvent(drop);
    await el.updateComplete;
    expect(drop.defaultPrevented).to.equal(true);
    expect($(el, '.notice').textContent).to.contain('Không chèn tệp');
    expect(el.value).to.equal('<p>Giữ nguyên.</p>');
  });

  it('says what is wrong beside the text, and the error describes the text area', async () => {
    const el = await richText();
    el.errors = ['Không được để trống.'];
    await el.updateComplete;
    expect(textbox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textbox(el).getAttribute('aria-describedby')).to.equal('error');
    const changed = oneEvent(el, 'pbgdpl-rich-text-input');
    el.focus();
    await sendKeys({ type: 'a' });
    expect((await changed).detail.value).to.equal('<p>a</p>');
    await expect(el).to.be.accessible();
  });
});
