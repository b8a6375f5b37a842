import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  AdminDocumentPage,
  AdminFeedback,
  FeedbackReceipt,
  FeedbackTracking,
  PublicFeedbackPage,
  TokenCreated,
} from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import type { PbgdplAdminFeedback } from '../src/feedback/feedback-detail.ts';
import type { PbgdplAdminFeedbackList } from '../src/feedback/feedback-list.ts';
import {
  $,
  api,
  button,
  choose,
  go,
  mountConsole,
  root,
  signedIn,
  signIn,
  type,
  unique,
  view,
} from './helpers.ts';
import { asAdmin, submitPublic } from './public-forms.ts';

/** 118/HD-SXD, a guidance of the Department of Construction (so-xay-dung) in the demo content. */
const UNIT = 'so-xay-dung';
const NUMBER = '118/HD-SXD';

const rows = (el: HTMLElement) => [...root(el).querySelectorAll('tbody tr')];

async function documentId(): Promise<number> {
  const page = await asAdmin<AdminDocumentPage>('GET', `/documents?q=${encodeURIComponent(NUMBER)}`);
  return page.items.find((doc) => doc.number === NUMBER)!.id;
}

/** Feedback a citizen sends on the document, as its detail view's form does. */
async function sendFeedback(id: number, body: string): Promise<FeedbackReceipt> {
  return submitPublic<FeedbackReceipt>(`/documents/${id}/feedback/form`, `/documents/${id}/feedback`, {
    reason: 'hard-to-apply',
    provision: 'Mục 2 Phần II',
    body,
  });
}

const feedbackByCode = async (code: string) =>
  (await asAdmin<{ items: AdminFeedback[] }>('GET', '/feedback?pageSize=100')).items.find(
    (item) => item.trackingCode === code,
  )!;

async function openDetail(app: PbgdplAdmin, list: PbgdplAdminFeedbackList, code: string) {
  await waitUntil(() => rows(list).some((row) => row.textContent?.includes(code)), `${code} not listed`, {
    timeout: 8000,
  });
  rows(list)
    .find((row) => row.textContent?.includes(code))!
    .querySelector('a')!
    .click();
  await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-feedback', 'detail did not open');
  const detail = view<PbgdplAdminFeedback>(app as never);
  await waitUntil(() => root(detail).querySelector('form'), 'detail not loaded', { timeout: 8000 });
  return detail;
}

describe('feedback section', function () {
  // Feedback sent through the public form (fill time, proof of work), the rich-text editor's chunk.
  this.timeout(90_000);

  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('lists waiting feedback with its tracking code; an editor responds and publishes it on the document', async () => {
    const id = await documentId();
    const receipt = await sendFeedback(
      id,
      'Hướng dẫn chưa nêu rõ hồ sơ cần nộp khi xin phép sửa chữa nhà ở riêng lẻ.',
    );
    const app = await mountConsole();
    await signedIn(app);
    const link = [...root(app).querySelectorAll('nav a')].find(
      (a) => a.textContent?.trim() === 'Phản ánh, kiến nghị',
    );
    expect(link?.getAttribute('href')).to.equal('#/feedback');
    const list = await go<PbgdplAdminFeedbackList>(app, '#/feedback', 'pbgdpl-admin-feedback-list');
    await waitUntil(() => rows(list).length > 0, 'no feedback listed', { timeout: 8000 });
    expect(root(list).querySelector('caption')!.textContent).to.include('Chờ trả lời');
    await expect(list).to.be.accessible();

    const detail = await openDetail(app, list, receipt.trackingCode);
    expect(root(detail).querySelector('h1')!.textContent).to.include(receipt.trackingCode);
    expect(root(detail).querySelector('.report')!.textContent).to.include('Chờ trả lời');
    expect(root(detail).textContent).to.include('0912345678');
    await expect(detail).to.be.accessible();

    const editor = $<HTMLElement>(detail, 'pbgdpl-rich-text#response');
    await waitUntil(() => editor.shadowRoot?.querySelector('[contenteditable]'), 'editor not ready', {
      timeout: 15000,
    });
    editor.focus();
    await sendKeys({ type: 'Hồ sơ gồm đơn đề nghị và bản vẽ hiện trạng; Sở sẽ bổ sung hướng dẫn.' });
    type($<HTMLInputElement>(detail, '#answererTitle'), 'Phó Giám đốc Sở Xây dựng');
    $<HTMLInputElement>(detail, '#published').click();
    button(detail, 'Lưu câu trả lời').click();
    await waitUntil(
      () => root(detail).querySelector('.report')?.textContent?.includes('Đã công bố trên trang văn bản'),
      'not shown as published',
      { timeout: 8000 },
    );
    const stored = await feedbackByCode(receipt.trackingCode);
    expect(stored.status).to.equal('answered');
    expect(stored.responsePublished).to.equal(true);
    const shown = (await (await fetch(`${api}/documents/${id}/feedback`)).json()) as PublicFeedbackPage;
    const published = shown.items.find((item) => item.id === stored.id)!;
    expect(published.response.html).to.include('bản vẽ hiện trạng');
    expect(JSON.stringify(published)).not.to.include('0912');
    app.remove();
  });

  it("a unit's contributor sees only their unit's feedback and rejects one with a reason the sender reads", async () => {
    const id = await documentId();
    const receipt = await sendFeedback(
      id,
      'Văn bản này có nội dung không liên quan gì đến tôi nhưng tôi vẫn muốn gửi.',
    );
    const { token } = await asAdmin<TokenCreated>('POST', '/tokens', {
      name: unique('Chuyên viên Sở Xây dựng '),
      role: 'contributor',
      unitId: UNIT,
    });
    const app = await mountConsole();
    await signIn(app, token);
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'not signed in', {
      timeout: 8000,
    });
    const nav = [...root(app).querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(nav).to.include.members(['Đối thoại', 'Phản ánh, kiến nghị']);
    const list = await go<PbgdplAdminFeedbackList>(app, '#/feedback', 'pbgdpl-admin-feedback-list');
    choose($<HTMLSelectElement>(list, '#status'), '');
    button(list, 'Lọc').click();
    await waitUntil(() => rows(list).length >= 2, 'own unit’s feedback not listed', { timeout: 8000 });
    for (const row of rows(list)) expect(row.textContent).to.include(NUMBER);
    await expect(list).to.be.accessible();

    const detail = await openDetail(app, list, receipt.trackingCode);
    expect(root(detail).querySelector('#published-hint')!.textContent).to.include('Biên tập viên');
    $<HTMLTextAreaElement>(detail, '#reason').focus();
    await sendKeys({ type: 'Nội dung không phải phản ánh về văn bản.' });
    button(detail, 'Từ chối').click();
    await waitUntil(
      () => root(detail).querySelector('.report')?.textContent?.includes('Đã từ chối'),
      'not shown as rejected',
      { timeout: 8000 },
    );
    const tracking = (await (
      await fetch(`${api}/feedback/status/${receipt.trackingCode}`)
    ).json()) as FeedbackTracking;
    expect(tracking.status).to.equal('rejected');
    expect(tracking.rejectReason).to.equal('Nội dung không phải phản ánh về văn bản.');
    await expect(detail).to.be.accessible();
    app.remove();
  });
});
