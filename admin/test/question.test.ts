import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AdminQuestion, AdminQuestionPage, Question, QuestionTracking } from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import type { PbgdplAdminQuestion } from '../src/question-detail.ts';
import type { PbgdplAdminQuestions } from '../src/question-list.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import { $, ADMIN_TOKEN, api, button, go, mountConsole, root, signIn, type, view } from './helpers.ts';
import { ready } from './rich-text-support.ts';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function adminGet<T>(path: string): Promise<T> {
  const response = await fetch(`${api}/admin${path}`, {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  return (await response.json()) as T;
}

/** A demo question by its tracking code (see demo-content/questions.json). */
async function seeded(code: string): Promise<AdminQuestion> {
  const page = await adminGet<AdminQuestionPage>(`/questions?q=${code}`);
  const row = page.items.find((item) => item.trackingCode === code);
  if (!row) throw new Error(`${code} is not seeded`);
  return adminGet<AdminQuestion>(`/questions/${row.id}`);
}

async function startConsole(): Promise<PbgdplAdmin> {
  const app = await mountConsole();
  await signIn(app);
  await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'not signed in', {
    timeout: 5000,
  });
  await go(app, '#/questions', 'pbgdpl-admin-questions');
  return app;
}

async function openQuestion(app: PbgdplAdmin, id: number): Promise<PbgdplAdminQuestion> {
  const el = await go<PbgdplAdminQuestion>(app, `#/questions/${id}`, 'pbgdpl-admin-question');
  await waitUntil(
    () => root(el).querySelector('.sender') && root(el).querySelector('.audit tbody tr'),
    'not loaded',
  );
  return el;
}

/** Waits for the polite live region of the console to say something. */
const announced = (app: PbgdplAdmin, message: string) =>
  waitUntil(
    () => text(root(app).querySelector('[role="status"]')).includes(message),
    `not announced: ${message}`,
  );

describe('Hỏi đáp in the console', function () {
  this.timeout(20_000);

  it('opens on the queue of pending questions with counts per status, accessibly', async () => {
    const app = await startConsole();
    const list = view<PbgdplAdminQuestions>(app);
    await waitUntil(() => root(list).querySelector('tbody tr'), 'queue did not load');
    const page = await adminGet<AdminQuestionPage>('/questions?status=pending&pageSize=20');
    const tabs = [...root(list).querySelectorAll('[role="tab"]')].map(text);
    expect(tabs).to.deep.equal([
      `Chưa trả lời (${page.counts.pending})`,
      `Đã trả lời (${page.counts.answered})`,
      `Từ chối (${page.counts.rejected})`,
    ]);
    const codes = [...root(list).querySelectorAll('tbody tr td:first-child')].map(text);
    expect(codes).to.deep.equal(page.items.map((item) => item.trackingCode));
    expect(text(root(app).querySelector('nav a[aria-current=page]'))).to.equal('Hỏi đáp');
    await expect(app).to.be.accessible();

    button(list, /^Từ chối/).click();
    await waitUntil(() => text(root(list).querySelector('caption')).startsWith('Từ chối'), 'rejected tab');
    expect(text(root(list).querySelector('tbody'))).to.include('HD-TNHDQA34');
    type($<HTMLInputElement>(list, '#q'), 'HD-TNHDQA34');
    $<HTMLButtonElement>(list, 'form[role="search"] button').click();
    await waitUntil(() => root(list).querySelectorAll('tbody tr').length === 1, 'search by code');
    app.remove();
  });

  it('tabs switched faster than the answers come: the last tab wins, its caption names its rows', async () => {
    const app = await startConsole();
    const list = view<PbgdplAdminQuestions>(app);
    await waitUntil(() => root(list).querySelector('tbody tr'), 'queue did not load');
    button(list, /^Đã trả lời/).click();
    button(list, /^Từ chối/).click();
    button(list, /^Chưa trả lời/).click();
    button(list, /^Từ chối/).click();
    await waitUntil(() => text(root(list).querySelector('caption')).startsWith('Từ chối'), 'rejected tab');
    await new Promise((resolve) => setTimeout(resolve, 500)); // answers to the earlier clicks arrive
    const rejected = await adminGet<AdminQuestionPage>('/questions?status=rejected&pageSize=20');
    expect(text(root(list).querySelector('caption'))).to.match(/^Từ chối/);
    expect([...root(list).querySelectorAll('tbody tr td:first-child')].map(text)).to.deep.equal(
      rejected.items.map((item) => item.trackingCode),
    );
    app.remove();
  });

  it('shows the sender’s contacts, corrects the question, answers, publishes and features it', async () => {
    const question = await seeded('HD-TNHDQA32');
    const app = await startConsole();
    const el = await openQuestion(app, question.id);
    const sender = text($(el, '.sender'));
    expect(sender).to.include(question.sender.name);
    if (question.sender.email) expect(sender).to.include(question.sender.email);
    if (question.sender.phone) expect(sender).to.include(question.sender.phone);
    expect($<HTMLButtonElement>(el, '.toolbar button').disabled, 'publish before an answer').to.equal(true);
    await expect(app).to.be.accessible();

    const title = `${question.title} (đã biên tập)`;
    type($<HTMLInputElement>(el, '#edit-title'), title);
    $<HTMLButtonElement>(el, 'form.edit button[type="submit"]').click();
    await announced(app, 'Đã lưu nội dung câu hỏi.');
    expect(text($(el, 'h1'))).to.equal(title);

    // An unknown related document: the server's message beside the field, focus on the summary.
    const editor = $<PbgdplRichText>(el, '#answer-html');
    await ready(editor);
    editor.focus();
    await sendKeys({ type: 'Theo quy định hiện hành, bạn liên hệ Ủy ban nhân dân xã.' });
    expect(editor.value).to.equal('<p>Theo quy định hiện hành, bạn liên hệ Ủy ban nhân dân xã.</p>');
    // Who answers defaults to the signed-in editor's name.
    const answeredBy = $<HTMLInputElement>(el, '#answer-answeredBy').value;
    expect(answeredBy).to.not.equal('');
    type($<HTMLInputElement>(el, '#answer-answererTitle'), 'Chuyên viên Sở Tư pháp');
    type($<HTMLInputElement>(el, '#answer-documents'), '999999');
    $<HTMLButtonElement>(el, 'form.answer button[type="submit"]').click();
    await waitUntil(() => root(el).querySelector('#answer-documents-error'), 'server error beside the field');
    expect(text($(el, '#answer-documents-error'))).to.include('999999');
    expect(root(el).activeElement?.id).to.equal('answer-error');
    await expect(app).to.be.accessible();

    type($<HTMLInputElement>(el, '#answer-documents'), '');
    $<HTMLButtonElement>(el, 'form.answer button[type="submit"]').click();
    await announced(app, 'Đã lưu câu trả lời.');
    button(el, 'Đăng lên trang hỏi đáp').click();
    await announced(app, 'Đã đăng câu hỏi.');
    button(el, 'Được quan tâm').click();
    await announced(app, 'Đã đánh dấu được quan tâm.');

    const published = (await (await fetch(`${api}/questions/${question.id}`)).json()) as Question;
    expect(published.title).to.equal(title);
    expect(published.featured).to.equal(true);
    expect(published.answer.html).to.include('Ủy ban nhân dân xã');
    expect(published.answer.answeredBy).to.equal(answeredBy);
    expect(published.answer.answererTitle).to.equal('Chuyên viên Sở Tư pháp');
    const tracking = (await (await fetch(`${api}/questions/status/HD-TNHDQA32`)).json()) as QuestionTracking;
    expect(tracking.status).to.equal('answered');
    await waitUntil(() => text($(el, '.audit')).includes('Đăng'), 'audit trail');
    expect(text($(el, '.audit'))).to.include('Trả lời');
    app.remove();
  });

  it('rejects with a reason the sender sees, exports the consents and deletes (admin)', async () => {
    const question = await seeded('HD-TNHDQA33');
    const app = await startConsole();
    const el = await openQuestion(app, question.id);
    $<HTMLButtonElement>(el, 'form.reject button[type="submit"]').click();
    await waitUntil(() => root(el).querySelector('#reject-reason-error'), 'reason required');
    expect($(el, '#reject-reason').getAttribute('aria-invalid')).to.equal('true');
    type($<HTMLTextAreaElement>(el, '#reject-reason'), 'Câu hỏi trùng với câu hỏi đã trả lời.');
    $<HTMLButtonElement>(el, 'form.reject button[type="submit"]').click();
    await announced(app, 'Đã từ chối câu hỏi.');
    const tracking = (await (await fetch(`${api}/questions/status/HD-TNHDQA33`)).json()) as QuestionTracking;
    expect(tracking.status).to.equal('rejected');
    expect(tracking.rejectReason).to.equal('Câu hỏi trùng với câu hỏi đã trả lời.');

    button(el, 'Tải hồ sơ đồng ý (JSON)').click();
    await announced(app, 'Đã tải hồ sơ đồng ý.');
    await waitUntil(() => text($(el, '.audit')).includes('Tải hồ sơ đồng ý'), 'export in the audit trail');

    button(el, 'Xóa câu hỏi').click();
    const confirm = root(el).querySelector('pbgdpl-admin-confirm')!;
    await waitUntil(() => root(confirm).querySelector('dialog[open]'), 'confirm dialog');
    await expect(app).to.be.accessible();
    root(confirm).querySelector<HTMLButtonElement>('button.confirm')!.click();
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-questions', 'back to the queue');
    const gone = await fetch(`${api}/admin/questions/${question.id}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(gone.status).to.equal(404);
    app.remove();
  });
});
