import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { Dialogue, DialoguePage, DialogueQuestionPage, DialogueSummary } from '@pbgdpl/contract';
import type { QuestionForm } from '@pbgdpl/contract';
import { solveChallenge } from '@pbgdpl/core/proof-of-work';
import '../src/dialogue.ts';
import type { PbgdplDialogue } from '../src/dialogue.ts';

const api = `${location.origin}/api/v1`;
const ADMIN = {
  Authorization: 'Bearer test-admin-token-0123456789abcdef',
  'Content-Type': 'application/json',
};
const $ = <T extends Element = HTMLElement>(el: PbgdplDialogue, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PbgdplDialogue, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: PbgdplDialogue) => el.shadowRoot!.activeElement as HTMLElement | null;

async function until(el: PbgdplDialogue, condition: () => unknown, what: string, timeout = 10_000) {
  await waitUntil(condition, what, { timeout });
  await el.updateComplete;
}

function fill(el: PbgdplDialogue, id: string, value: string | boolean) {
  const control = $<HTMLInputElement>(el, `#${id}`);
  if (!control) throw new Error(`no #${id}`);
  if (typeof value === 'boolean') {
    control.checked = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${api}${path}`, { cache: 'no-store', ...init });
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const settled = (el: PbgdplDialogue) => !$(el, '[aria-busy="true"]') && Boolean($(el, '.card, .state'));
const sessionShown = (el: PbgdplDialogue) => Boolean($(el, '#session-heading'));
const questionsShown = (el: PbgdplDialogue) => Boolean($(el, '.questions, .questions-part .state.empty'));

let sessions: DialogueSummary[] = [];
const byState = (state: DialogueSummary['state']) => sessions.find((session) => session.state === state)!;

/** A question as a citizen asks it through the API (the same form, token and consents). */
async function askThroughApi(id: number, body: string): Promise<number> {
  const form = await json<QuestionForm>(`/dialogues/${id}/form`);
  // From a few posts an hour on, the server asks for the proof of work the widget solves too.
  const proofOfWork = form.challenge ? await solveChallenge(form.challenge) : undefined;
  await new Promise((resolve) => setTimeout(resolve, form.minFillSeconds * 1000 + 300));
  const receipt = await json<{ id: number }>(`/dialogues/${id}/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      name: 'Võ Thị Hạnh',
      phone: '0918 111 222',
      body,
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: true },
      formToken: form.formToken,
      proofOfWork,
    }),
  });
  return receipt.id;
}

/** A moderator accepts the question, writes the answer and publishes it, through the admin API. */
async function acceptAndAnswer(questionId: number, answer: string) {
  await json(`/admin/dialogue-questions/${questionId}/moderation`, {
    method: 'POST',
    headers: ADMIN,
    body: JSON.stringify({ action: 'accept' }),
  });
  await json(`/admin/dialogue-questions/${questionId}/answer`, {
    method: 'PUT',
    headers: ADMIN,
    body: JSON.stringify({
      html: `<p>${answer}</p>`,
      answeredBy: 'Huỳnh Văn Tài',
      answererTitle: 'Chủ tịch',
    }),
  });
  await json(`/admin/dialogue-questions/${questionId}/published`, {
    method: 'PUT',
    headers: ADMIN,
    body: JSON.stringify({ published: true }),
  });
}

describe('<pbgdpl-dialogue>', () => {
  before(async () => {
    sessions = (await json<DialoguePage>('/dialogues?pageSize=100')).items;
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname);
  });

  it('lists the sessions, coming and live first, with a countdown and "Thêm vào lịch"', async () => {
    const el = await fixture<PbgdplDialogue>(html`<pbgdpl-dialogue .api=${api} no-url></pbgdpl-dialogue>`);
    await until(el, () => settled(el), 'the list did not load');
    const titles = $$(el, '.card .session-link').map(text);
    expect(titles).to.deep.equal(sessions.slice(0, titles.length).map((session) => session.title));
    const first = $$(el, '.card')[0]!;
    expect(['upcoming', 'collecting', 'live']).to.include(sessions[0]!.state);
    const coming = $$(el, '.card').find((card) => card.querySelector('.countdown'));
    expect(text(coming?.querySelector('.countdown'))).to.match(/^Còn \d+ (ngày|giờ)$|^Sắp bắt đầu$/);
    const calendar = first.querySelector<HTMLAnchorElement>('.calendar')!;
    expect(text(calendar)).to.contain('Thêm vào lịch');
    const ics = await fetch(calendar.href);
    expect(ics.headers.get('content-type')).to.contain('text/calendar');
    expect(await ics.text()).to.contain('BEGIN:VEVENT');
    expect(text(first.querySelector('.facts'))).to.match(/\d{2}:\d{2} – \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/);
    await expect(el).to.be.accessible();
  });

  it('filters by state and field, and a preset state hides its filter', async () => {
    const el = await fixture<PbgdplDialogue>(html`<pbgdpl-dialogue .api=${api} no-url></pbgdpl-dialogue>`);
    await until(el, () => settled(el), 'the list did not load');
    const select = $<HTMLSelectElement>(el, '#state-filter')!;
    select.value = 'concluded';
    select.dispatchEvent(new Event('input'));
    const concluded = sessions.filter((session) => session.state === 'concluded');
    await until(
      el,
      () => settled(el) && $$(el, '.card').length === concluded.length,
      'not filtered by state',
    );
    expect(
      $$(el, '.badge')
        .map(text)
        .every((badge) => badge === 'Đã kết thúc'),
    ).to.equal(true);

    const field = $<HTMLSelectElement>(el, '#field-filter')!;
    field.value = 'y-te';
    field.dispatchEvent(new Event('input'));
    await until(
      el,
      () => settled(el) && Boolean($(el, '.state.empty')),
      'no empty state for a field without sessions',
    );
    expect(text($(el, '.state.empty'))).to.equal('Chưa có buổi đối thoại nào phù hợp.');
    await expect(el).to.be.accessible();

    const preset = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue .api=${api} state="upcoming" no-url></pbgdpl-dialogue>`,
    );
    await until(preset, () => settled(preset), 'the preset list did not load');
    expect($(preset, '#state-filter')).to.equal(null);
    expect($$(preset, '.card').length).to.equal(sessions.filter((s) => s.state === 'upcoming').length);
  });

  it('opens a session from the list and from a deep link, and Back returns focus to it', async () => {
    const concluded = byState('concluded');
    history.replaceState(null, '', `${location.pathname}?dt-id=${concluded.id}`);
    const linked = await fixture<PbgdplDialogue>(html`<pbgdpl-dialogue .api=${api}></pbgdpl-dialogue>`);
    await until(linked, () => sessionShown(linked), 'the deep link did not open the session');
    expect(text($(linked, '#session-heading'))).to.equal(concluded.title);
    fixtureCleanup();
    history.replaceState(null, '', location.pathname);

    const el = await fixture<PbgdplDialogue>(html`<pbgdpl-dialogue .api=${api}></pbgdpl-dialogue>`);
    await until(el, () => settled(el), 'the list did not load');
    $<HTMLAnchorElement>(el, `.session-link[data-item-id="${concluded.id}"]`)!.click();
    await until(el, () => sessionShown(el), 'the session did not open');
    expect(new URL(location.href).searchParams.get('dt-id')).to.equal(String(concluded.id));
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(
      el,
      () => settled(el) && active(el)?.dataset.itemId === String(concluded.id),
      'focus did not return',
    );
  });

  it('shows a concluded session: officials, documents, questions with answers, sorted, and the conclusion', async () => {
    const concluded = byState('concluded');
    const full = await json<Dialogue>(`/dialogues/${concluded.id}`);
    const el = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue .api=${api} dialogue-id=${concluded.id} no-url></pbgdpl-dialogue>`,
    );
    await until(el, () => sessionShown(el) && questionsShown(el), 'the session did not load');
    expect($(el, '.back')).to.equal(null);
    expect(text($(el, '.officials'))).to.contain(full.officials[0]!.name);
    expect($$(el, '.documents a').length).to.be.at.least(full.documents.length);
    expect(text($(el, '.conclusion'))).to.contain('Thông báo kết luận');
    expect($(el, '.conclusion .rich')?.textContent?.length).to.be.greaterThan(20);
    expect($(el, 'form.ask')).to.equal(null);
    const bySupport = await json<DialogueQuestionPage>(`/dialogues/${concluded.id}/questions?sort=support`);
    expect($$(el, '.question .body').map(text)).to.deep.equal(
      bySupport.items.map((q) => q.body.replace(/\s+/g, ' ').trim()),
    );
    expect($$(el, '.answer').length).to.equal(bySupport.items.filter((q) => q.answer).length);
    await expect(el).to.be.accessible();

    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'newest';
    sort.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const newest = await json<DialogueQuestionPage>(`/dialogues/${concluded.id}/questions?sort=newest`);
    expect($$(el, '.question .body').map(text)).to.deep.equal(
      newest.items.map((q) => q.body.replace(/\s+/g, ' ').trim()),
    );
  });

  it('counts "Cùng quan tâm" once per browser', async () => {
    const concluded = byState('concluded');
    const el = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue .api=${api} dialogue-id=${concluded.id} no-url></pbgdpl-dialogue>`,
    );
    await until(el, () => questionsShown(el) && $(el, '.support'), 'no support button');
    const question = $$(el, '.question')[0]!;
    const id = question.dataset.questionId;
    const before = text(question.querySelector('.supports'));
    question.querySelector<HTMLButtonElement>('.support')!.click();
    await until(
      el,
      () => $(el, `[data-question-id="${id}"] .support`)?.getAttribute('aria-pressed') === 'true',
      'support not counted',
    );
    const count = (s: string) => Number(/\d+/.exec(s)?.[0]);
    expect(count(text($(el, `[data-question-id="${id}"] .supports`)))).to.equal(count(before) + 1);
    expect(text($(el, `[data-question-id="${id}"] .support`))).to.contain('Đã cùng quan tâm');
    fixtureCleanup();

    const again = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue .api=${api} dialogue-id=${concluded.id} no-url></pbgdpl-dialogue>`,
    );
    await until(again, () => $(again, `[data-question-id="${id}"] .support`), 'no questions');
    expect($<HTMLButtonElement>(again, `[data-question-id="${id}"] .support`)!.disabled).to.equal(true);
    await expect(again).to.be.accessible();
  });

  it('asks a question while the session collects: messages by field, then a receipt', async function () {
    this.timeout(40_000);
    const collecting = byState('collecting');
    const asked: Array<{ id: number }> = [];
    const el = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue
        .api=${api}
        dialogue-id=${collecting.id}
        no-url
        @pbgdpl-dialogue-ask=${(event: CustomEvent<{ id: number }>) => asked.push(event.detail)}
      ></pbgdpl-dialogue>`,
    );
    await until(el, () => $(el, '#consent'), 'the ask form did not load');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'form.ask .submit')!.click();
    await until(el, () => !$(el, '#summary')?.hidden, 'no summary of problems');
    expect(active(el)?.id).to.equal('name');
    expect(text($(el, '#summary'))).to.contain('Vui lòng nhập email hoặc số điện thoại');
    expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    fill(el, 'name', 'Trần Văn Bình');
    fill(el, 'phone', '0912 345 678');
    fill(el, 'organisation', 'Hợp tác xã Tân Phú');
    fill(el, 'body', 'Lao động tự do đóng bảo hiểm xã hội tự nguyện được hỗ trợ bao nhiêu phần trăm?');
    fill(el, 'consent', true);
    $<HTMLButtonElement>(el, 'form.ask .submit')!.click();
    await until(el, () => $(el, '#receipt-heading'), 'the question was not received', 30_000);
    expect(active(el)?.id).to.equal('receipt-heading');
    expect(asked).to.have.length(1);
    expect(text($(el, '.receipt'))).to.contain(String(asked[0]!.id));
    await expect(el).to.be.accessible();
  });

  it('follows a live session by polling when EventSource is missing, and stops when removed', async function () {
    // Asking waits the form's fill time, the answer up to a poll, the check of no more polls one more.
    this.timeout(40_000);
    const live = byState('live');
    const saved = window.EventSource;
    // A browser (or a host's CSP) without EventSource: the widget polls every 5 s.
    (window as { EventSource?: unknown }).EventSource = undefined;
    try {
      const el = await fixture<PbgdplDialogue>(
        html`<pbgdpl-dialogue .api=${api} dialogue-id=${live.id} no-url></pbgdpl-dialogue>`,
      );
      await until(el, () => questionsShown(el), 'the live session did not load');
      expect(text($(el, '.questions-part .hint'))).to.contain('mỗi 5 giây');
      const tag = crypto.randomUUID().slice(0, 8);
      const body = `Hòa giải viên ở ấp được bồi dưỡng kỹ năng mấy lần mỗi năm? (${tag})`;
      const questionId = await askThroughApi(live.id, body);
      await acceptAndAnswer(questionId, `Mỗi năm ít nhất một lần (${tag}).`);
      await until(
        el,
        () => text($(el, `[data-question-id="${questionId}"] .answer`)).includes(tag),
        'the answer did not arrive by polling',
        15_000,
      );
      expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain('câu trả lời mới');
      expect(el.shadowRoot!.activeElement).to.equal(null);
      await expect(el).to.be.accessible();

      el.remove();
      const polls = () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes(`/dialogues/${live.id}/questions`)).length;
      const after = polls();
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(polls()).to.equal(after);
    } finally {
      window.EventSource = saved;
    }
  });

  it('follows a live session through its stream: a published answer appears without a reload', async function () {
    this.timeout(40_000);
    const live = byState('live');
    const el = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue .api=${api} dialogue-id=${live.id} no-url></pbgdpl-dialogue>`,
    );
    await until(el, () => questionsShown(el), 'the live session did not load');
    expect(text($(el, '.questions-part .hint'))).to.contain('ngay');
    const tag = crypto.randomUUID().slice(0, 8);
    const questionId = await askThroughApi(
      live.id,
      `Biên bản hòa giải thành có cần công chứng không? (${tag})`,
    );
    await acceptAndAnswer(questionId, `Không cần công chứng (${tag}).`);
    await until(
      el,
      () => text($(el, `[data-question-id="${questionId}"] .answer`)).includes(tag),
      'the answer did not arrive through the stream',
      10_000,
    );
    expect(text($(el, '.questions-part .hint'))).to.contain('ngay');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain(tag);
    await expect(el).to.be.accessible();
  });

  it('shows the list in English', async () => {
    const el = await fixture<PbgdplDialogue>(
      html`<pbgdpl-dialogue .api=${api} lang="en" no-url></pbgdpl-dialogue>`,
    );
    await until(
      el,
      () => settled(el) && text($(el, '#list-heading')) === 'Policy and law dialogues',
      'no English',
    );
    expect(text($(el, 'label[for="state-filter"]'))).to.equal('State');
    await expect(el).to.be.accessible();
  });
});
