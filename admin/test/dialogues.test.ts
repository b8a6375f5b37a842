import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  AdminDialogue,
  AdminDialogueQuestion,
  DialogueInput,
  DialogueQuestionPage,
} from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import type { PbgdplAdminDialogueForm } from '../src/dialogues/dialogue-form.ts';
import type { PbgdplAdminDialogueQueue } from '../src/dialogues/dialogue-queue.ts';
import type { PbgdplAdminDialogues } from '../src/dialogues/dialogues-list.ts';
import {
  $,
  api,
  button,
  choose,
  deepActive,
  go,
  mountConsole,
  root,
  signedIn,
  type,
  unique,
} from './helpers.ts';
import { asAdmin, submitPublic } from './public-forms.ts';

const rows = (el: HTMLElement) => [...root(el).querySelectorAll('tbody tr')];

const session = (title: string): DialogueInput => ({
  title,
  topic: 'Ủy ban nhân dân xã đối thoại với người dân về hòa giải tranh chấp ranh giới đất.',
  fields: ['tu-phap'],
  targetGroups: ['nhan-dan'],
  unitId: 'xa-hoa-thanh',
  officials: [{ name: 'Huỳnh Văn Tài', position: 'Chủ tịch', unit: 'Ủy ban nhân dân xã Hòa Thạnh' }],
  startsAt: '2030-12-20T08:00:00+07:00',
  endsAt: '2030-12-20T11:00:00+07:00',
  format: 'in-person',
  place: 'Hội trường Ủy ban nhân dân xã Hòa Thạnh',
});

/** A session the administrator entered and started: it takes questions now. */
async function liveSession(): Promise<AdminDialogue> {
  const created = await asAdmin<AdminDialogue>('POST', '/dialogues', session(unique('Đối thoại trực tiếp ')));
  await asAdmin('PUT', `/dialogues/${created.id}/session-state`, { state: 'collecting' });
  return asAdmin<AdminDialogue>('PUT', `/dialogues/${created.id}/session-state`, { state: 'live' });
}

/** A citizen asks through the public form, as the widget does. */
const ask = (dialogueId: number, body: string) =>
  submitPublic(`/dialogues/${dialogueId}/form`, `/dialogues/${dialogueId}/questions`, { body });

const questions = async (dialogueId: number) =>
  (await asAdmin<{ items: AdminDialogueQuestion[] }>('GET', `/dialogue-questions?dialogue=${dialogueId}`))
    .items;

const byBody = async (dialogueId: number, start: string) =>
  (await questions(dialogueId)).find((question) => question.body.startsWith(start))!;

const items = (queue: HTMLElement) => [...root(queue).querySelectorAll<HTMLLIElement>('.queue > li')];

const itemOf = (queue: HTMLElement, id: number) =>
  root(queue).querySelector<HTMLLIElement>(`#question-${id}`)!;

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

describe('dialogues section', function () {
  // Forms, the rich-text editor's chunk, questions asked through the public form with their fill
  // time and proof of work, and the queue's polling, on a shared machine.
  this.timeout(90_000);

  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('is in the navigation, lists the demo sessions with their state and filters by it, accessibly', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const link = [...root(app).querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Đối thoại');
    expect(link?.getAttribute('href')).to.equal('#/dialogues');
    const list = await go<PbgdplAdminDialogues>(app, '#/dialogues', 'pbgdpl-admin-dialogues');
    await waitUntil(() => rows(list).length >= 6, 'no sessions listed', { timeout: 8000 });
    const text = root(list).querySelector('tbody')!.textContent!;
    for (const state of ['Sắp diễn ra', 'Đang nhận câu hỏi', 'Đang diễn ra', 'Đã kết thúc', 'Đã lưu trữ'])
      expect(text).to.include(state);
    await expect(list).to.be.accessible();

    choose($<HTMLSelectElement>(list, '#filter-state'), 'archived');
    button(list, 'Lọc').click();
    await waitUntil(() => rows(list).length === 1, 'the filter did not apply', { timeout: 8000 });
    expect(rows(list)[0]!.textContent).to.include('Đã lưu trữ');
    expect(rows(list)[0]!.textContent).to.include('hộ tịch');
    app.remove();
  });

  it('creates a session with an official, then moves it on: taking questions, live', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await go<PbgdplAdminDialogueForm>(app, '#/dialogues/new', 'pbgdpl-admin-dialogue-form');
    await waitUntil(() => root(form).querySelector('form'), 'no form', { timeout: 8000 });
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => root(form).querySelector('.error-summary'), 'empty fields were not refused');
    const summary = root(form).querySelector('.error-summary')!.textContent!;
    expect(summary).to.include('Tên buổi đối thoại');
    expect(summary).to.include('Địa điểm');

    const title = unique('Đối thoại về chính sách hỗ trợ hộ kinh doanh ');
    type($<HTMLInputElement>(form, '#f-title'), title);
    type($<HTMLTextAreaElement>(form, '#f-topic'), 'Sở Tài chính đối thoại với hộ kinh doanh về thuế khoán.');
    choose($<HTMLSelectElement>(form, '#f-unitId'), 'xa-hoa-thanh');
    type($<HTMLInputElement>(form, '#f-startsAt'), '2030-06-01T08:00');
    type($<HTMLInputElement>(form, '#f-endsAt'), '2030-06-01T11:00');
    choose($<HTMLSelectElement>(form, '#f-format'), 'hybrid');
    await form.updateComplete;
    type($<HTMLInputElement>(form, '#f-place'), 'Hội trường Ủy ban nhân dân xã Hòa Thạnh');
    type($<HTMLInputElement>(form, '#f-onlineUrl'), 'https://hop.tayninh.gov.vn/doi-thoai');
    $<HTMLInputElement>(form, '#f-fields').click();
    $<HTMLInputElement>(form, '#f-targetGroups').click();
    type($<HTMLInputElement>(form, '#f-officials-0-name'), 'Trần Thị Mai');
    type($<HTMLInputElement>(form, '#f-officials-0-position'), 'Phó Chủ tịch');
    type($<HTMLInputElement>(form, '#f-officials-0-unit'), 'Ủy ban nhân dân xã Hòa Thạnh');
    await form.updateComplete;
    await expect(form).to.be.accessible();
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => /#\/dialogues\/\d+$/.test(location.hash), 'not saved', { timeout: 15000 }).catch(
      () => {
        throw new Error(`not saved: ${root(form).querySelector('.error-summary')?.textContent ?? ''}`);
      },
    );
    const id = Number(/\d+$/.exec(location.hash)![0]);
    const saved = await asAdmin<AdminDialogue>('GET', `/dialogues/${id}`);
    expect(saved.title).to.equal(title);
    expect(saved.format).to.equal('hybrid');
    expect(saved.officials).to.deep.equal([
      { name: 'Trần Thị Mai', position: 'Phó Chủ tịch', unit: 'Ủy ban nhân dân xã Hòa Thạnh' },
    ]);
    expect(saved.startsAt).to.equal(new Date('2030-06-01T08:00').toISOString());
    expect(saved.state).to.equal('upcoming');

    // Its review (the bar) and its progress, one move at a time.
    await waitUntil(() => root(form).querySelector('pbgdpl-admin-workflow-bar'), 'no workflow bar');
    await waitUntil(() => root(form).querySelector('.session-state'), 'no session progress');
    expect(root(form).querySelector('.session-state strong')!.textContent).to.equal('Sắp diễn ra');
    button(form, 'Mở nhận câu hỏi').click();
    await waitUntil(
      () => root(form).querySelector('.session-state strong')?.textContent === 'Đang nhận câu hỏi',
      'not collecting',
      { timeout: 8000 },
    );
    button(form, 'Bắt đầu buổi đối thoại').click();
    await waitUntil(
      () => root(form).querySelector('.session-state strong')?.textContent === 'Đang diễn ra',
      'not live',
      { timeout: 8000 },
    );
    expect((await asAdmin<AdminDialogue>('GET', `/dialogues/${id}`)).state).to.equal('live');
    await expect(form).to.be.accessible();
    app.remove();
  });

  it('moderates a live session by keyboard: new questions appear, accept, merge, answer, publish, reject', async () => {
    const dialogue = await liveSession();
    await ask(dialogue.id, 'Tranh chấp ranh giới đất giữa hai hộ thì hòa giải ở đâu?');
    await ask(dialogue.id, 'Hai nhà tranh chấp ranh đất, ai hòa giải cho chúng tôi?');
    const [first, second] = [
      await byBody(dialogue.id, 'Tranh chấp ranh giới'),
      await byBody(dialogue.id, 'Hai nhà tranh chấp'),
    ];
    const app: PbgdplAdmin = await mountConsole();
    await signedIn(app);
    const queue = await go<PbgdplAdminDialogueQueue>(
      app,
      `#/dialogues/${dialogue.id}/questions`,
      'pbgdpl-admin-dialogue-queue',
    );
    await waitUntil(() => items(queue).length === 2, 'questions not listed', { timeout: 8000 });
    expect(root(queue).querySelector('.keys')!.textContent).to.include('tiếp nhận');
    await expect(queue).to.be.accessible();

    // a: accept the first.
    itemOf(queue, first.id).focus();
    await press('a');
    await waitUntil(
      async () => (await byBody(dialogue.id, 'Tranh chấp ranh giới')).status === 'accepted',
      'not accepted',
      {
        timeout: 8000,
      },
    );
    // j, then m: merge the second into the first.
    await press('j');
    expect(deepActive()).to.equal(itemOf(queue, second.id));
    await press('m');
    await waitUntil(() => root(queue).querySelector('select#panel-first'), 'no merge panel', {
      timeout: 8000,
    });
    expect(deepActive()?.id).to.equal('panel-first');
    choose($<HTMLSelectElement>(queue, '#panel-first'), String(first.id));
    button(queue, 'Xác nhận').click();
    await waitUntil(
      async () => (await byBody(dialogue.id, 'Hai nhà')).mergedInto === first.id,
      'not merged',
      {
        timeout: 8000,
      },
    ).catch(() => {
      throw new Error(`not merged: ${root(queue).querySelector('#queue-error')?.textContent ?? ''}`);
    });
    await waitUntil(() => deepActive() === itemOf(queue, second.id), 'focus did not come back to the list');

    // A question asked now appears without a reload, and is announced politely.
    await ask(dialogue.id, 'Biên bản hòa giải thành có giá trị thi hành không?');
    await waitUntil(() => items(queue).length === 3, 'the new question did not appear', { timeout: 15000 });
    await waitUntil(
      () => root(app).querySelector('[aria-live=polite]')?.textContent?.includes('câu hỏi mới'),
      'the new question was not announced',
    );
    const third = await byBody(dialogue.id, 'Biên bản');

    // k back to the first; w writes the answer; p publishes it.
    itemOf(queue, second.id).focus();
    await press('k');
    expect(deepActive()).to.equal(itemOf(queue, first.id));
    await press('w');
    await waitUntil(() => root(queue).querySelector('pbgdpl-rich-text#panel-first'), 'no answer panel', {
      timeout: 8000,
    });
    const editor = $<HTMLElement & { value: string }>(queue, 'pbgdpl-rich-text#panel-first');
    await waitUntil(() => editor.shadowRoot?.querySelector('[contenteditable]'), 'editor not ready', {
      timeout: 15000,
    });
    editor.focus();
    await sendKeys({ type: 'Tổ hòa giải ở thôn, ấp nơi hai hộ cư trú hòa giải.' });
    expect($<HTMLInputElement>(queue, '#panel-answered-by').value).to.equal('Huỳnh Văn Tài');
    button(queue, 'Lưu câu trả lời').click();
    await waitUntil(
      async () => (await byBody(dialogue.id, 'Tranh chấp ranh giới')).answer !== null,
      'no answer',
      {
        timeout: 8000,
      },
    );
    await waitUntil(
      () => deepActive() === itemOf(queue, first.id),
      'focus did not come back after answering',
    );
    await press('p');
    await waitUntil(
      async () => (await byBody(dialogue.id, 'Tranh chấp ranh giới')).answerPublished,
      'answer not published',
      { timeout: 8000 },
    );
    const published = (await (
      await fetch(`${api}/dialogues/${dialogue.id}/questions`)
    ).json()) as DialogueQuestionPage;
    expect(published.items.find((q) => q.id === first.id)?.answer?.html).to.include('Tổ hòa giải');

    // r: reject the third with a reason the asker reads.
    itemOf(queue, third.id).focus();
    await press('r');
    await waitUntil(() => root(queue).querySelector('textarea#panel-first'), 'no reject panel', {
      timeout: 8000,
    });
    await sendKeys({ type: 'Câu hỏi không thuộc nội dung buổi đối thoại.' });
    button(queue, 'Xác nhận').click();
    await waitUntil(
      async () => (await byBody(dialogue.id, 'Biên bản')).status === 'rejected',
      'not rejected',
      {
        timeout: 8000,
      },
    );
    expect((await byBody(dialogue.id, 'Biên bản')).rejectReason).to.equal(
      'Câu hỏi không thuộc nội dung buổi đối thoại.',
    );
    await expect(queue).to.be.accessible();
    app.remove();
  });
});
