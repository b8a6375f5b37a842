import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import type { PbgdplAdminDocumentForm } from '../src/document-form.ts';
import type { PbgdplAdminDocuments } from '../src/documents-list.ts';
import type { AdminDocument, MediaPage } from '@pbgdpl/contract';
import type { PbgdplAdminMediaPicker } from '../src/media-picker.ts';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  choose,
  chooseFile,
  deepActive,
  go,
  mountConsole,
  root,
  signedIn,
  type,
  unique,
  view,
} from './helpers.ts';

async function openNewForm(app: PbgdplAdmin): Promise<PbgdplAdminDocumentForm> {
  const form = await go<PbgdplAdminDocumentForm>(app, '#/documents/new', 'pbgdpl-admin-document-form');
  await waitUntil(() => root(form).querySelector('form'), 'form did not render');
  // The issuer list comes from GET /site.
  await waitUntil(() => root(form).querySelector('#f-issuerId option[value="tay-ninh"]'), 'no units');
  return form;
}

async function fillRequired(form: PbgdplAdminDocumentForm, number: string, title: string): Promise<void> {
  type($<HTMLInputElement>(form, '#f-number'), number);
  type($<HTMLTextAreaElement>(form, '#f-title'), title);
  choose($<HTMLSelectElement>(form, '#f-issuerId'), 'tay-ninh');
  type($<HTMLInputElement>(form, '#f-issuedOn'), '2026-01-20');
  $<HTMLInputElement>(form, '#f-fields').click();
  await form.updateComplete;
}

const save = (form: PbgdplAdminDocumentForm) => $<HTMLButtonElement>(form, 'button[type=submit]').click();
const liveRegion = (app: PbgdplAdmin) => $(app, '[role=status][aria-live=polite]');

async function createDocument(
  app: PbgdplAdmin,
  number: string,
  title: string,
  published = false,
): Promise<number> {
  const form = await openNewForm(app);
  await fillRequired(form, number, title);
  if (published) $<HTMLInputElement>(form, '#f-published').click();
  save(form);
  await waitUntil(() => /#\/documents\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
  return Number(location.hash.split('/').pop());
}

describe('documents section', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('creates a document: required checks, then the server’s per-field errors, then success', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await openNewForm(app);

    // 1. Client-side required checks: summary focused, fields marked.
    save(form);
    await waitUntil(() => root(form).querySelector('.error-summary'), 'no summary');
    expect(deepActive()?.classList.contains('error-summary')).to.equal(true);
    const number = $<HTMLInputElement>(form, '#f-number');
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect($(form, `#${number.getAttribute('aria-describedby')!.split(' ').pop()}`).textContent).to.contain(
      'Không được để trống',
    );
    await expect(form).to.be.accessible();

    // 2. The server refuses a malformed gazette id: its message lands next to the field.
    const docNumber = unique('88/2026/QĐ-');
    await fillRequired(form, docNumber, 'Quyết định thử nghiệm biên tập');
    type($<HTMLInputElement>(form, '#f-gazetteId'), 'abc');
    await form.updateComplete;
    save(form);
    await waitUntil(
      () => $(form, '#f-gazetteId').getAttribute('aria-invalid') === 'true',
      'no server error',
      {
        timeout: 5000,
      },
    );
    expect($(form, '#f-gazetteId-error').textContent).to.match(/\S/);
    expect($(form, '#f-gazetteId').getAttribute('aria-describedby')).to.contain('f-gazetteId-error');
    expect($(form, '.error-summary').textContent).to.contain('Mã trên Công báo');
    await waitUntil(() => deepActive()?.classList.contains('error-summary'), 'summary not focused');
    // Nothing typed is lost.
    expect($<HTMLInputElement>(form, '#f-number').value).to.equal(docNumber);
    expect($<HTMLSelectElement>(form, '#f-issuerId').value).to.equal('tay-ninh');
    expect(JSON.parse(sessionStorage.getItem('pbgdpl-admin-draft:documents:new')!).number).to.equal(
      docNumber,
    );
    await expect(form).to.be.accessible();

    // The summary links to its field.
    ($(form, '.error-summary a') as HTMLAnchorElement).click();
    expect(deepActive()?.id).to.equal('f-gazetteId');

    // 3. Fixed: saved, announced, the address names the new record, the draft is gone.
    type($<HTMLInputElement>(form, '#f-gazetteId'), '12345');
    await form.updateComplete;
    save(form);
    await waitUntil(() => /#\/documents\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    await waitUntil(() => liveRegion(app).textContent?.includes('Đã lưu'), 'not announced');
    expect(view(app)).to.equal(form);
    expect(root(form).querySelector('.error-summary')).to.equal(null);
    expect(sessionStorage.getItem('pbgdpl-admin-draft:documents:new')).to.equal(null);
    const id = Number(location.hash.split('/').pop());
    const saved = await (
      await fetch(`/api/v1/admin/documents/${id}`, {
        headers: { Authorization: `Bearer ${sessionStorage.getItem('pbgdpl-admin-token')}` },
      })
    ).json();
    expect(saved.number).to.equal(docNumber);
    expect(saved.gazetteId).to.equal('12345');
    expect(saved.published).to.equal(false);
  });

  it('attaches a PDF uploaded through the library: its type and size come from the file', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await openNewForm(app);
    await fillRequired(form, unique('89/2026/QĐ-'), 'Quyết định có tệp đính kèm');
    button(form, 'Thêm tệp đính kèm').click();
    await form.updateComplete;
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    // A real PDF: the bytes of one the demo put in the library, under a Vietnamese name.
    const library = (await (
      await fetch(`${api}/admin/media?kind=document&q=pdf`, { headers })
    ).json()) as MediaPage;
    const pdf = library.items.find((item) => item.mediaType === 'application/pdf')!;
    const bytes = await (await fetch(pdf.url)).blob();
    const picker = $<PbgdplAdminMediaPicker>(form, '#f-attachments-0-url');
    chooseFile(picker, new File([bytes], 'Quyết định số 45.pdf', { type: 'application/pdf' }));
    await waitUntil(() => picker.value, 'upload not chosen', { timeout: 10000 });
    await form.updateComplete;
    expect($<HTMLInputElement>(form, '#f-attachments-0-name').value).to.equal('Quyết định số 45.pdf');
    await expect(form).to.be.accessible();
    save(form);
    await waitUntil(() => /#\/documents\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    const saved = (await (
      await fetch(`${api}/admin/documents/${location.hash.split('/').pop()}`, { headers })
    ).json()) as AdminDocument;
    expect(saved.attachments).to.deep.equal([
      { name: 'Quyết định số 45.pdf', url: picker.value, mediaType: 'application/pdf', size: bytes.size },
    ]);
  });

  it('edits a document and keeps an unsaved draft across a reload', async () => {
    let app = await mountConsole();
    await signedIn(app);
    const id = await createDocument(app, unique('89/2026/QĐ-'), 'Trích yếu cũ');
    let form = await go<PbgdplAdminDocumentForm>(app, '#/documents', 'pbgdpl-admin-documents');
    form = await go<PbgdplAdminDocumentForm>(app, `#/documents/${id}`, 'pbgdpl-admin-document-form');
    await waitUntil(() => root(form).querySelector('#f-title'), 'form did not load');
    expect($<HTMLTextAreaElement>(form, '#f-title').value).to.equal('Trích yếu cũ');
    type($<HTMLTextAreaElement>(form, '#f-title'), 'Trích yếu mới chưa lưu');

    // A new console (as after a reload) before saving: the draft comes back.
    app.remove();
    app = await fixture<PbgdplAdmin>(html`<pbgdpl-admin api=${api}></pbgdpl-admin>`);
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-document-form', 'form did not reopen');
    form = view(app);
    await waitUntil(() => root(form).querySelector('#f-title'), 'form did not load');
    expect($<HTMLTextAreaElement>(form, '#f-title').value).to.equal('Trích yếu mới chưa lưu');
    expect($(form, '.notice').textContent).to.contain('bản nháp');

    save(form);
    await waitUntil(() => root(form).querySelector('p.ok'), 'not saved', { timeout: 5000 });
    const list = await go<PbgdplAdminDocuments>(app, '#/documents', 'pbgdpl-admin-documents');
    type($<HTMLInputElement>(list, '#q'), 'Trích yếu mới chưa lưu');
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    await waitUntil(() => root(list).textContent?.includes('Trích yếu mới chưa lưu'), 'edit not listed', {
      timeout: 5000,
    });
    app.remove();
  });

  it('unpublishes and publishes from the list, and filters by publication', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const docNumber = unique('90/2026/QĐ-');
    await createDocument(app, docNumber, 'Văn bản để gỡ xuống', true);
    const list = await go<PbgdplAdminDocuments>(app, '#/documents', 'pbgdpl-admin-documents');
    type($<HTMLInputElement>(list, '#q'), docNumber);
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    const row = () =>
      [...root(list).querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(docNumber));
    await waitUntil(() => row()?.textContent?.includes('Gỡ xuống'), 'not listed as published', {
      timeout: 5000,
    });
    expect(row()!.children[6]!.textContent?.trim()).to.equal('Đã đăng');
    await expect(list).to.be.accessible();

    [...row()!.querySelectorAll('button')].find((b) => b.textContent?.includes('Gỡ xuống'))!.click();
    await waitUntil(() => row()?.children[6]?.textContent?.trim() === 'Đã gỡ', 'not unpublished', {
      timeout: 5000,
    });
    await waitUntil(() => $(app, '[aria-live=polite]').textContent?.includes('Đã gỡ'), 'not announced');

    choose($<HTMLSelectElement>(list, '#published'), 'true');
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    await waitUntil(() => !row() && root(list).textContent?.includes('Không có văn bản'), 'filter ignored', {
      timeout: 5000,
    });
    app.remove();
  });

  it('deletes a document after confirming in a modal dialog', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const docNumber = unique('91/2026/QĐ-');
    await createDocument(app, docNumber, 'Văn bản để xóa');
    const list = await go<PbgdplAdminDocuments>(app, '#/documents', 'pbgdpl-admin-documents');
    type($<HTMLInputElement>(list, '#q'), docNumber);
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    const row = () =>
      [...root(list).querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(docNumber));
    await waitUntil(() => row(), 'not listed', { timeout: 5000 });
    [...row()!.querySelectorAll('button')].find((b) => b.textContent?.includes('Xóa'))!.click();
    const confirm = root(list).querySelector('pbgdpl-admin-confirm')!;
    await waitUntil(() => root(confirm).querySelector('dialog')?.open, 'no dialog');
    expect(deepActive()?.textContent?.trim()).to.equal('Hủy');
    button(confirm, 'Xóa').click();
    await waitUntil(() => !row(), 'not deleted', { timeout: 5000 });
    app.remove();
  });
});
