import { expect, waitUntil } from '@open-wc/testing';
import type { PbgdplAdminDocumentImport } from '../src/document-import.ts';
import { $, button, go, mountConsole, root, signedIn, unique } from './helpers.ts';

const row = (number: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    number,
    title: 'Văn bản nhập từ tệp',
    type: 'quyet-dinh',
    issuerId: 'tay-ninh',
    issuedOn: '2025-05-05',
    status: 'in-force',
    fields: ['tu-phap'],
    body: '<p>Nội dung.</p>',
    // Other suites share this database: keep imported rows out of public lists.
    published: false,
    ...extra,
  });

function chooseFile(el: PbgdplAdminDocumentImport, text: string): void {
  const input = $<HTMLInputElement>(el, '#file');
  const data = new DataTransfer();
  data.items.add(new File([text], 'van-ban.ndjson', { type: 'application/x-ndjson' }));
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('document import', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('a dry run lists the rejected lines with their messages and writes nothing', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const el = await go<PbgdplAdminDocumentImport>(app, '#/documents/import', 'pbgdpl-admin-document-import');
    await expect(el).to.be.accessible();
    const good = unique('92/2026/QĐ-');
    chooseFile(el, [row(good), row(unique('93/2026/QĐ-'), { title: '', fields: [] })].join('\n') + '\n');
    button(el, 'Kiểm tra').click();
    await waitUntil(() => root(el).querySelector('#report-title'), 'no report', { timeout: 5000 });
    expect($(el, '#report-title').textContent?.trim()).to.equal('Kết quả kiểm tra');
    const cells = [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');
    expect(cells).to.have.length(1);
    expect(cells[0]).to.match(/^\s*2/);
    expect(cells[0]).to.contain('title');
    expect(root(el).querySelector('dl.report')!.textContent).to.match(/Số dòng\s*2/);
    await expect(el).to.be.accessible();

    // Nothing was written.
    const token = sessionStorage.getItem('pbgdpl-admin-token');
    const found = await (
      await fetch(`/api/v1/admin/documents?q=${encodeURIComponent(good)}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json();
    expect(found.total).to.equal(0);
    app.remove();
  });

  it('imports a valid file and reports what it created', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const el = await go<PbgdplAdminDocumentImport>(app, '#/documents/import', 'pbgdpl-admin-document-import');
    chooseFile(el, `${row(unique('94/2026/QĐ-'))}\n${row(unique('95/2026/QĐ-'))}\n`);
    button(el, 'Nhập').click();
    await waitUntil(() => root(el).querySelector('#report-title'), 'no report', { timeout: 5000 });
    expect($(el, '#report-title').textContent?.trim()).to.equal('Kết quả nhập');
    expect(root(el).querySelector('dl.report')!.textContent).to.match(/Tạo mới\s*2/);
    expect(root(el).querySelector('tbody')).to.equal(null);
    app.remove();
  });
});
