import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PbgdplAdminDocumentForm } from '../src/document-form.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import { $, choose, go, mountConsole, root, signedIn, type, unique } from './helpers.ts';
import { allowlisted, fixtureText, osPaste, ready, richText, texts } from './rich-text-support.ts';

/**
 * Real-shaped pastes through the system clipboard (trusted Ctrl+V in Chromium): LibreOffice's
 * HTML of .docx files made on this machine, Word's clipboard HTML written from its documented
 * format, and the text of a PDF. Each keeps its structure and loses its office markup.
 */
async function pasted(name: string): Promise<{ el: PbgdplRichText; body: HTMLElement }> {
  const el = await richText();
  const raw = await fixtureText(name);
  await osPaste(el, name.endsWith('.txt') ? { text: raw } : { html: raw, text: 'chữ thường' });
  return { el, body: allowlisted(el.value) };
}

const notice = (el: PbgdplRichText) => root(el).querySelector('.notice')?.textContent?.trim() ?? '';

function expectDecree(body: HTMLElement, firstArticleIsHeading: boolean): void {
  expect(texts(body, 'h2')).to.deep.equal(
    firstArticleIsHeading
      ? ['Chương I QUY ĐỊNH CHUNG', 'Chương II TỔ CHỨC THỰC HIỆN']
      : ['Chương I QUY ĐỊNH CHUNG'],
  );
  // The chapter's title line is part of its heading, after a line break.
  expect(body.querySelector('h2')!.innerHTML).to.equal('Chương I<br>QUY ĐỊNH CHUNG');
  for (const heading of body.querySelectorAll('h2, h3'))
    expect(heading.querySelector('strong')).to.equal(null);
  // Clauses: a numbered list; points stay written inside their clause.
  const clauses = body.querySelector('h3 + ol')!;
  expect(clauses, 'clauses as a list').to.not.equal(null);
  expect(clauses.hasAttribute('start')).to.equal(false);
  expect(clauses.children).to.have.length(3);
  expect(
    texts(clauses, ':scope > li:nth-child(2) > p')
      .slice(1)
      .map((point) => point.slice(0, 2)),
  ).to.satisfy((points: string[]) => points.every((point) => /^[a-zđ]\)$/.test(point)));
}

describe('<pbgdpl-rich-text> pastes', () => {
  it('a decree from LibreOffice: chapters, articles, clauses and points', async () => {
    const { body } = await pasted('libreoffice-decree.html');
    expectDecree(body, true);
    expect(texts(body, 'h3')).to.deep.equal([
      'Điều 1. Phạm vi điều chỉnh',
      'Điều 2. Đối tượng áp dụng',
      'Điều 3. Hiệu lực thi hành',
    ]);
    expect(texts(body, 'ol > li:nth-child(2) > p')).to.deep.equal([
      'Ủy ban nhân dân các xã, phường, đặc khu, gồm:',
      'a) Chủ tịch Ủy ban nhân dân cấp xã;',
      'b) Công chức tư pháp - hộ tịch;',
      'đ) Tuyên truyền viên pháp luật.',
    ]);
    // The letterhead stays bold paragraphs: it is not a heading of the text.
    expect(texts(body, 'p > strong')[0]).to.equal('ỦY BAN NHÂN DÂN TỈNH TÂY NINH');
  });

  it('a decree from Word: an article that is a sentence stays a paragraph; empty paragraphs go', async () => {
    const { body } = await pasted('word-decree.html');
    expectDecree(body, false);
    expect(texts(body, 'h3')).to.deep.equal(['Điều 2. Phạm vi điều chỉnh', 'Điều 3. Nguyên tắc']);
    expect(texts(body, 'p')).to.include(
      'Điều 1. Ban hành kèm theo Quyết định này Quy định về phổ biến, giáo dục pháp luật trên địa bàn tỉnh Tây Ninh.',
    );
    expect(body.querySelector('ol em')!.textContent).to.equal('dễ hiểu');
    expect(texts(body, 'p').filter((text) => text === '')).to.deep.equal([]);
    expect(body.querySelector('p > br')).to.equal(null);
    expect(body.querySelector('[lang]')).to.equal(null);
  });

  for (const source of ['libreoffice', 'word']) {
    it(`a table of fees from ${source}: header row, a merged row and a merged column`, async () => {
      const { body } = await pasted(`${source}-fees.html`);
      expect(texts(body, 'h2')).to.deep.equal(['Biểu mức thu phí chứng thực']);
      const table = body.querySelector('table')!;
      expect(texts(table, 'thead th')).to.deep.equal(['STT', 'Nội dung', 'Mức thu (đồng)']);
      for (const header of table.querySelectorAll('th')) expect(header.getAttribute('scope')).to.equal('col');
      expect(table.querySelectorAll('tbody tr')).to.have.length(3);
      expect(table.querySelector('td[colspan="2"]')!.textContent).to.equal('Chứng thực bản sao từ bản chính');
      expect(table.querySelector('td[rowspan="2"]')!.textContent).to.equal('2');
      expect(texts(table, 'tbody tr:last-child td')).to.deep.equal(['Chứng thực hợp đồng', '50.000']);
      expect(texts(body, ':scope > p')).to.deep.equal(['Mức thu áp dụng từ ngày 01/01/2026.']);
    });

    it(`lists and footnotes from ${source}`, async () => {
      const { el, body } = await pasted(`${source}-list-footnotes.html`);
      expect(texts(body, 'ul > li')).to.deep.equal([
        'Tờ khai theo mẫu;',
        'Bản chính giấy tờ cần chứng thực;',
        'Giấy tờ tùy thân.',
      ]);
      expect(body.querySelector('ul > li:nth-child(2) strong')!.textContent).to.equal('Bản chính');
      expect(body.querySelector('ul > li:nth-child(3) em')!.textContent).to.equal('Giấy tờ tùy thân');
      expect(body.querySelector('ol')!.children).to.have.length(2);
      expect(texts(body, 'ol > li:first-child > p')[0]).to.match(/^Nộp hồ sơ tại Bộ phận một cửa/);
      // Footnote references and notes link to each other.
      for (const n of [1, 2]) {
        const reference = body.querySelector(`a#fnref-${n}`)!;
        expect(reference.getAttribute('href')).to.equal(`#fn-${n}`);
        expect(reference.textContent).to.equal(String(n));
        expect(reference.closest('sup') ?? reference.querySelector('sup')).to.not.equal(null);
        const note = body.querySelector(`a#fn-${n}`)!;
        expect(note.getAttribute('href')).to.equal(`#fnref-${n}`);
      }
      expect(body.querySelector('a#fn-1')!.closest('p')!.textContent).to.contain('Nghị định 23/2015/NĐ-CP');
      if (source === 'word') {
        // Word's sub-list "a)", "b)" stays written, inside its item.
        expect(texts(body, 'ol > li:first-child > p').slice(1)).to.deep.equal([
          'a) trực tiếp;',
          'b) qua dịch vụ bưu chính.',
        ]);
        // Its image (a file on the editor's computer) is left out, with a word on what to do.
        expect(body.querySelector('img')).to.equal(null);
        expect(notice(el)).to.contain('Hãy chèn ảnh bằng nút Hình ảnh');
      } else expect(notice(el)).to.equal('');
    });
  }

  it('the text of a PDF: lines joined into paragraphs, then the same structure', async () => {
    const { body } = await pasted('pdf-decree.txt');
    expectDecree(body, true);
    expect(texts(body, 'h3 + p')[0]).to.equal(
      'Quy định này quy định về trách nhiệm phổ biến, giáo dục pháp luật của các cơ quan, tổ chức trên địa bàn tỉnh.',
    );
    expect(texts(body, ':scope > p').slice(0, 3)).to.deep.equal([
      'ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
      'QUYẾT ĐỊNH',
      'Ban hành Quy định về phổ biến, giáo dục pháp luật trên địa bàn tỉnh',
    ]);
  });

  it('one line of text goes in where the cursor is, as text', async () => {
    const el = await richText('<h3>Điều 4. Tổ chức thực hiện</h3>');
    el.focus();
    await osPaste(el, { text: '1. Sở Tư pháp' });
    expect(el.value).to.match(/^<h3>[^<]*1\. Sở Tư pháp[^<]*<\/h3>$/);
  });

  it('web page HTML: styles become emphasis, scripts and handlers never arrive', async () => {
    const el = await richText();
    await osPaste(el, {
      html:
        '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span> và ' +
        '<span style="font-style:italic">nghiêng</span><img src=x onerror="window.__pwned=1">' +
        '<a href="javascript:window.__pwned=1">xấu</a> <a href="https://vbpl.vn/" onclick="x()">vbpl</a></p>' +
        '<script>window.__pwned=1</script><p>Hai</p></b>',
      text: 'Đậm và nghiêng',
    });
    const body = allowlisted(el.value);
    expect(body.querySelector('strong')!.textContent).to.equal('Đậm');
    expect(body.querySelector('em')!.textContent).to.equal('nghiêng');
    expect(texts(body, 'a')).to.deep.equal(['vbpl']);
    expect(el.value).to.not.match(/javascript:|onerror|onclick|<script|<img/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<pbgdpl-rich-text> round trip', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('pasted documents are saved through the API and open again unchanged', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await go<PbgdplAdminDocumentForm>(app, '#/documents/new', 'pbgdpl-admin-document-form');
    await waitUntil(() => root(form).querySelector('#f-issuerId option[value="tay-ninh"]'), 'no units');
    type($<HTMLInputElement>(form, '#f-number'), unique('91/2026/QĐ-'));
    type($<HTMLTextAreaElement>(form, '#f-title'), 'Quyết định dán từ Word');
    choose($<HTMLSelectElement>(form, '#f-issuerId'), 'tay-ninh');
    type($<HTMLInputElement>(form, '#f-issuedOn'), '2026-01-20');
    $<HTMLInputElement>(form, '#f-fields').click();
    const body = $<PbgdplRichText>(form, 'pbgdpl-rich-text');
    await ready(body);
    await osPaste(body, { html: await fixtureText('word-decree.html'), text: 'x' });
    // Out of the list the decree ends with, into a new paragraph (Enter on an empty item).
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await osPaste(body, { html: await fixtureText('libreoffice-fees.html'), text: 'x' });
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ press: 'Enter' });
    await osPaste(body, { html: await fixtureText('word-list-footnotes.html'), text: 'x' });
    const written = body.value;
    allowlisted(written);
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => /#\/documents\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    const id = Number(location.hash.split('/').pop());

    // A new console opens the saved document: the editor shows the same document.
    const again = await mountConsole();
    await signedIn(again);
    const reopened = await go<PbgdplAdminDocumentForm>(
      again,
      `#/documents/${id}`,
      'pbgdpl-admin-document-form',
    );
    await waitUntil(() => root(reopened).querySelector('pbgdpl-rich-text'), 'no editor');
    const editor = $<PbgdplRichText>(reopened, 'pbgdpl-rich-text');
    await ready(editor);
    await waitUntil(() => editor.value !== '', 'the saved text did not load', { timeout: 5000 });
    expect(editor.value).to.equal(written);
    const stored = (await (
      await fetch(`/api/v1/admin/documents/${id}`, {
        headers: { Authorization: `Bearer ${sessionStorage.getItem('pbgdpl-admin-token')}` },
      })
    ).json()) as { body: string };
    allowlisted(stored.body.replace(/ \/>/g, '>'));
  });
});
