import { expect, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Question, QuestionPage } from '@pbgdpl/contract';
import coreVi from '../../../packages/core/src/locales/vi.json';
import '../src/qa-box.ts';
import { $, $$, active, api, listSettled, mount, startUrl, text, until } from './helpers.ts';

const address = (query: string) => {
  const url = new URL(startUrl);
  return `${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
};

async function apiGet<T>(path: string): Promise<T> {
  return (await (await fetch(`${api}${path}`)).json()) as T;
}

const titles = (el: Parameters<typeof $>[0]) => $$(el, '.item .title').map(text);

describe('<pbgdpl-qa-box> browsing', () => {
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startUrl);
  });

  it('lists answered questions newest first with field, date and a live count, accessibly', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url></pbgdpl-qa-box>`);
    const page = await apiGet<QuestionPage>('/questions?sort=newest&pageSize=10');
    expect(page.total).to.be.greaterThan(10);
    expect(titles(el)).to.deep.equal(page.items.map((item) => item.title));
    expect(text($(el, '.count'))).to.equal(`Tìm thấy ${page.total} câu hỏi`);
    expect($(el, '.count')!.getAttribute('role')).to.equal('status');
    const meta = text($(el, '.item .meta'));
    expect(meta).to.match(/\d{2}\/\d{2}\/\d{4}/);
    expect(meta).to.include(coreVi.field[page.items[0]!.field]);
    expect($$(el, '[role="tab"]').map(text)).to.deep.equal([
      'Câu hỏi đã trả lời',
      'Đặt câu hỏi',
      'Tra cứu câu hỏi',
    ]);
    expect($(el, '.pager')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('searches without diacritics, filters by field and unit, and puts featured questions first', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url></pbgdpl-qa-box>`);
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    await sendKeys({ type: 'tach thua' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => listSettled(el) && text($(el, '.count')) !== '', 'search');
    await until(el, () => titles(el).some((title) => /tách thửa/i.test(title)), 'no match for "tach thua"');
    expect($$(el, '.item mark').length).to.be.greaterThan(0);

    const field = $<HTMLSelectElement>(el, '#filter-field')!;
    field.value = 'hon-nhan-gia-dinh';
    field.dispatchEvent(new Event('change'));
    await until(
      el,
      () => listSettled(el) && !titles(el).some((title) => /tách thửa/i.test(title)),
      'field filter',
    );

    // Clear the words, keep the field: every question shown is of that field.
    input.value = '';
    input.dispatchEvent(new Event('input'));
    input.form!.requestSubmit();
    const expected = await apiGet<QuestionPage>('/questions?field=hon-nhan-gia-dinh&sort=newest&pageSize=10');
    await until(el, () => titles(el).length === expected.items.length, 'field list');
    expect(titles(el)).to.deep.equal(expected.items.map((item) => item.title));

    await until(el, () => $(el, '#filter-unit option[value="xa-hoa-thanh"]'), 'units from /site');
    const unit = $<HTMLSelectElement>(el, '#filter-unit')!;
    // A unit gone in the 2025 reform says since when, a current one does not.
    const label = (id: string) => $(el, `#filter-unit option[value="${id}"]`)!.textContent!.trim();
    expect(label('phuong-1-tan-an')).to.equal('UBND Phường 1, thành phố Tân An (trước 01/07/2025)');
    expect(label('xa-hoa-thanh')).to.equal('Xã Hòa Thạnh');
    field.value = '';
    field.dispatchEvent(new Event('change'));
    unit.value = 'xa-hoa-thanh';
    unit.dispatchEvent(new Event('change'));
    const byUnit = await apiGet<QuestionPage>('/questions?unit=xa-hoa-thanh&sort=newest&pageSize=10');
    await until(el, () => titles(el).join() === byUnit.items.map((item) => item.title).join(), 'unit filter');

    const sort = $<HTMLSelectElement>(el, '#filter-sort')!;
    unit.value = '';
    unit.dispatchEvent(new Event('change'));
    sort.value = 'featured';
    sort.dispatchEvent(new Event('change'));
    const featured = await apiGet<QuestionPage>('/questions?sort=featured&pageSize=10');
    await until(
      el,
      () => titles(el).join() === featured.items.map((item) => item.title).join(),
      'featured sort',
    );
    expect($(el, '.item [part="featured"]')).to.exist;
  });

  it('says so when nothing matches and offers to clear or to ask, accessibly', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url></pbgdpl-qa-box>`);
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'zzqqxx khongcogi';
    input.dispatchEvent(new Event('input'));
    input.form!.requestSubmit();
    await until(el, () => $(el, '.state.empty'), 'empty state');
    expect(text($(el, '.count'))).to.equal('Tìm thấy 0 câu hỏi');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.state.empty .primary')!.click();
    await until(el, () => $(el, '[role="tab"][aria-selected="true"]')?.id === 'tab-ask', 'ask tab');
  });

  it('shows an error with a retry when the API fails, accessibly', async () => {
    const el = await mount(
      html`<pbgdpl-qa-box api="${location.origin}/outage/500/api/v1" no-url></pbgdpl-qa-box>`,
    );
    expect($(el, '.state.error')).to.exist;
    expect($(el, '.state.error [part="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('opens a question inline with its answer, note and related documents, and goes back', async () => {
    const el = await mount(
      html`<pbgdpl-qa-box api=${api} no-url documents-href="/van-ban?vb-doc={id}"></pbgdpl-qa-box>`,
    );
    const page = await apiGet<QuestionPage>('/questions?sort=newest&pageSize=50');
    const withDocs = (
      await Promise.all(page.items.map((item) => apiGet<Question>(`/questions/${item.id}`)))
    ).find((question) => question.relatedDocuments.length > 0 && question.senderName);
    expect(withDocs, 'a seeded question with related documents and a published name').to.exist;
    const question = withDocs!;
    // Reach it through the list's own search.
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = question.title;
    input.dispatchEvent(new Event('input'));
    const searched = oneEvent(el, 'pbgdpl-load');
    input.form!.requestSubmit();
    await searched;
    await until(el, () => $(el, `[data-item-id="${question.id}"]`), 'the question in the list');
    const opened = oneEvent(el, 'pbgdpl-question-open');
    $<HTMLElement>(el, `[data-item-id="${question.id}"]`)!.click();
    expect((await opened).detail).to.deep.equal({ id: question.id });
    await until(el, () => $(el, '.question'), 'detail');
    expect(active(el)).to.equal($(el, '.back'));
    expect(text($(el, '.question-title'))).to.equal(question.title);
    const facts = text($(el, '.facts'));
    expect(facts).to.include('Ngày gửi');
    expect(facts).to.match(/\d{2}\/\d{2}\/\d{4}/);
    expect(facts).to.include(question.senderName!);
    expect(text($(el, '.answer .byline'))).to.include(question.answer.answeredBy);
    expect(text($(el, '.answer .byline'))).to.include(question.answer.answererTitle);
    expect(text($(el, '.note'))).to.equal('Nội dung trả lời chỉ mang tính chất tham khảo.');
    const link = $<HTMLAnchorElement>(el, '.related a')!;
    expect(link.getAttribute('href')).to.equal(`/van-ban?vb-doc=${question.relatedDocuments[0]!.id}`);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(el, () => $(el, `[data-item-id="${question.id}"]`), 'back to the list');
    expect(active(el)).to.equal($(el, `[data-item-id="${question.id}"]`));
  });

  it('hides the name of a sender who did not agree to publish it', async () => {
    const page = await apiGet<QuestionPage>('/questions?pageSize=50');
    const questions = await Promise.all(page.items.map((item) => apiGet<Question>(`/questions/${item.id}`)));
    const anonymous = questions.find((question) => question.senderName === null);
    expect(anonymous, 'a seeded question without a published name').to.exist;
    history.replaceState(null, '', address(`hd-id=${anonymous!.id}`));
    const el = await mount(html`<pbgdpl-qa-box api=${api}></pbgdpl-qa-box>`, (node) => $(node, '.question'));
    expect(text($(el, '.facts'))).to.not.include('Người hỏi');
  });

  it('opens the question named in the address (deep link) in a dialog, and Esc closes it', async () => {
    const page = await apiGet<QuestionPage>('/questions?pageSize=1');
    const id = page.items[0]!.id;
    history.replaceState(null, '', address(`keep=1&hd-id=${id}`));
    const el = await mount(html`<pbgdpl-qa-box api=${api} detail="dialog"></pbgdpl-qa-box>`, (node) =>
      $(node, 'dialog .question'),
    );
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog.open, 'dialog closed');
    expect(new URL(location.href).searchParams.get('hd-id')).to.equal(null);
    expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
  });

  it('pages with previous / next and moves focus to the results heading', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url page-size="5"></pbgdpl-qa-box>`);
    const first = titles(el);
    const next = $$<HTMLButtonElement>(el, '.pager .pager-step').at(-1)!;
    next.click();
    await until(el, () => listSettled(el) && titles(el)[0] !== first[0], 'page 2');
    expect(active(el)?.id).to.equal('results-heading');
    expect($(el, '.pager [aria-current="page"]')?.getAttribute('aria-label')).to.equal('Trang 2');
  });

  it('shows only the answered list with mode="browse", and English with lang="en"', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url mode="browse" lang="en"></pbgdpl-qa-box>`);
    expect($(el, '[role="tablist"]')).to.equal(null);
    expect(text($(el, '.count'))).to.match(/^\d+ questions found$/);
    expect(text($(el, 'label[for="q"]'))).to.equal('Search questions');
  });
});
