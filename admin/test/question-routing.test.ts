import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AdminQuestion, AdminQuestionPage, QuestionRouting, TokenCreated } from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  choose,
  go,
  mountConsole,
  root,
  signIn,
  type,
  view,
} from './helpers.ts';
import { ready } from './rich-text-support.ts';

/**
 * A unit's officer in the console: the question of their unit without the editors' controls, a
 * draft sent for approval, then published by the officer once the administrator lets the unit;
 * the administrator's routing table and outbox pages. axe on each.
 */
const UNIT = 'phuong-tan-an';
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function adminCall<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The demo's pending question asked on the ward's site (demo-content/questions.json). */
async function wardQuestion(): Promise<AdminQuestion> {
  const page = await adminCall<AdminQuestionPage>('GET', '/questions?q=HD-TNHDQA2Z');
  return adminCall<AdminQuestion>('GET', `/questions/${page.items[0]!.id}`);
}

async function officerConsole(): Promise<PbgdplAdmin> {
  const { token } = await adminCall<TokenCreated>('POST', '/tokens', {
    name: 'Cán bộ phường Tân An',
    role: 'contributor',
    unitId: UNIT,
  });
  const app = await mountConsole();
  await signIn(app, token);
  await waitUntil(
    () => view(app)?.localName === 'pbgdpl-admin-my-work',
    '"Việc của tôi" is not the start page',
  );
  return app;
}

const announced = (app: PbgdplAdmin, message: string) =>
  waitUntil(
    () => text(root(app).querySelector('[role="status"]')).includes(message),
    `not announced: ${message}`,
  );

async function openQuestion(app: PbgdplAdmin, id: number) {
  const el = await go<HTMLElement>(app, `#/questions/${id}`, 'pbgdpl-admin-question');
  await waitUntil(() => el.shadowRoot?.querySelector('.audit tbody tr'), 'question not loaded');
  return el;
}

describe('Question routing in the console', function () {
  this.timeout(30_000);

  it("shows a unit's officer no editor-only controls; their draft goes to the editors for approval", async () => {
    await adminCall('PUT', `/question-routing/units/${UNIT}`, { publishesAnswers: false });
    const question = await wardQuestion();
    const app = await officerConsole();
    const nav = [...root(app).querySelectorAll('nav a')].map(text);
    expect(nav).to.not.include('Chuyển câu hỏi');
    expect(nav).to.not.include('Thư đi');
    const el = await openQuestion(app, question.id);
    expect(root(el).querySelector('form.edit'), 'no correcting the question').to.equal(null);
    expect(root(el).querySelector('form.reject'), 'no rejecting').to.equal(null);
    expect(() => button(el, 'Đăng lên trang hỏi đáp')).to.throw();
    expect(() => button(el, 'Được quan tâm')).to.throw();
    expect(text($(el, '.sender'))).to.include(question.sender.name);
    await expect(app).to.be.accessible();

    const editor = $<PbgdplRichText>(el, '#answer-html');
    await ready(editor);
    editor.focus();
    await sendKeys({ type: 'Bạn nộp hồ sơ tại bộ phận một cửa của phường.' });
    type($<HTMLInputElement>(el, '#answer-answererTitle'), 'Công chức Tư pháp – Hộ tịch phường Tân An');
    button(el, 'Gửi câu trả lời để duyệt').click();
    await announced(app, 'Đã gửi câu trả lời; biên tập viên sẽ duyệt và đăng.');
    await waitUntil(() => text($(el, '.report')).includes('Chờ duyệt'), 'not shown as awaiting approval');
    // The editors' queue of answered questions says which wait for approval.
    const queue = await go<HTMLElement>(app, '#/questions', 'pbgdpl-admin-questions');
    await waitUntil(() => queue.shadowRoot?.querySelector('[role=tab]'), 'queue not loaded');
    button(queue, /^Đã trả lời/).click();
    await waitUntil(
      () =>
        [...root(queue).querySelectorAll('tbody tr')].some(
          (row) => text(row).includes(question.trackingCode) && text(row).endsWith('Chờ duyệt'),
        ),
      'not listed as awaiting approval',
    );
    const saved = await adminCall<AdminQuestion>('GET', `/questions/${question.id}`);
    expect([saved.status, saved.published]).to.deep.equal(['answered', false]);
    await expect(app).to.be.accessible();
    app.remove();
  });

  it('lets the administrator route fields and let a unit publish its own answers', async () => {
    const app = await mountConsole();
    await signIn(app);
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'start view');
    const nav = [...root(app).querySelectorAll('nav a')].map(text);
    expect(nav).to.include.members(['Chuyển câu hỏi', 'Thư đi']);
    const page = await go<HTMLElement>(app, '#/routing', 'pbgdpl-admin-question-routing');
    await waitUntil(() => page.shadowRoot?.querySelector('#route-dat-dai'), 'routing not loaded', {
      timeout: 5000,
    });
    expect(text($(page, 'label[for="route-dat-dai"]'))).to.equal('Đất đai');
    await expect(app).to.be.accessible();

    choose($<HTMLSelectElement>(page, '#route-dat-dai'), 'xa-hoa-thanh');
    button(page, 'Lưu bảng chuyển câu hỏi').click();
    await announced(app, 'Đã lưu bảng chuyển câu hỏi.');
    const routing = await adminCall<QuestionRouting>('GET', '/question-routing');
    expect(routing.fields.find((route) => route.field === 'dat-dai')?.unit?.id).to.equal('xa-hoa-thanh');

    $<HTMLInputElement>(page, `#right-${UNIT}`).click();
    await announced(app, 'Phường Tân An: được tự đăng câu trả lời.');
    const rights = await adminCall<QuestionRouting>('GET', '/question-routing');
    expect(rights.units.find((right) => right.unit.id === UNIT)?.publishesAnswers).to.equal(true);
    app.remove();

    // Now the ward's officer publishes their own answer.
    const question = await wardQuestion();
    const officer = await officerConsole();
    const el = await openQuestion(officer, question.id);
    expect(root(el).querySelector('form.reject'), 'still no rejecting').to.equal(null);
    button(el, 'Đăng lên trang hỏi đáp').click();
    await announced(officer, 'Đã đăng câu hỏi.');
    expect((await adminCall<AdminQuestion>('GET', `/questions/${question.id}`)).published).to.equal(true);
    officer.remove();
  });

  it('shows the administrator the outbox, and says when e-mail is off', async () => {
    const app = await mountConsole();
    await signIn(app);
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'start view');
    const page = await go<HTMLElement>(app, '#/mail', 'pbgdpl-admin-outbox');
    await waitUntil(() => page.shadowRoot?.querySelector('.notice'), 'outbox not loaded', { timeout: 5000 });
    expect(text($(page, '.notice'))).to.include('PBGDPL_SMTP_URL');
    expect(text(page.shadowRoot)).to.include('Không có thư nào đang chờ.');
    await expect(app).to.be.accessible();
    app.remove();
  });
});
