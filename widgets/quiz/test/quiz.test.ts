import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Attempt, Contest, ContestPage } from '@pbgdpl/contract';
import '../src/quiz.ts';
import type { PbgdplQuiz } from '../src/quiz.ts';

const api = `${location.origin}/api/v1`;
const $ = <T extends Element = HTMLElement>(el: PbgdplQuiz, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PbgdplQuiz, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: PbgdplQuiz) => el.shadowRoot!.activeElement as HTMLElement | null;

async function until(el: PbgdplQuiz, condition: () => unknown, what: string, timeout = 10_000) {
  await waitUntil(condition, what, { timeout });
  await el.updateComplete;
}

function fill(el: PbgdplQuiz, id: string, value: string | boolean) {
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

const ddmmyyyy = /\d{2}\/\d{2}\/\d{4}/;
let contests: ContestPage['items'] = [];
let open: ContestPage['items'][number];
let ended: ContestPage['items'][number];

/** Registers on the widget as a person would; `phone` keeps each test's participant apart. */
async function register(el: PbgdplQuiz, phone: string, publish = true) {
  await until(el, () => $(el, '#take-part'), 'the registration form did not load');
  fill(el, 'name', 'Trần Thị Mai');
  fill(el, 'phone', phone);
  fill(el, 'birthYear', '1990');
  fill(el, 'commune', 'Phường Long An');
  fill(el, 'take-part', true);
  fill(el, 'publish-result', publish);
  $<HTMLButtonElement>(el, '.register button[type="submit"]')!.click();
  await until(el, () => $(el, '.start-button'), 'registration did not succeed', 30_000);
}

async function startAttempt(el: PbgdplQuiz) {
  $<HTMLButtonElement>(el, '.start-button')!.click();
  await until(el, () => $(el, '.question'), 'the attempt did not start');
}

const storedKey = (contestId: number) =>
  (JSON.parse(localStorage.getItem(`pbgdpl-quiz:${api}:${contestId}`) ?? '{}') as { attemptKey?: string })
    .attemptKey;

describe('<pbgdpl-quiz>', () => {
  before(async () => {
    contests = ((await (await fetch(`${api}/contests`)).json()) as ContestPage).items;
    open = contests.find((c) => c.state === 'open')!;
    ended = contests.find((c) => c.state === 'results' || c.state === 'closed')!;
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname);
  });

  it('lists the contests, open first, with their state and days as dd/mm/yyyy', async () => {
    const el = await fixture<PbgdplQuiz>(html`<pbgdpl-quiz .api=${api} no-url></pbgdpl-quiz>`);
    await until(el, () => $$(el, '.card').length === contests.length, 'no contests listed');
    const titles = $$(el, '.card .contest-link').map(text);
    expect(titles[0]).to.equal(open.title);
    expect(text($(el, '.card .badge'))).to.equal('Đang diễn ra');
    expect(text($(el, '.card .facts'))).to.match(ddmmyyyy);
    await expect(el).to.be.accessible();
  });

  it('opens a contest from the list, shows its sanitized rules and rounds, and goes back with focus', async () => {
    const el = await fixture<PbgdplQuiz>(html`<pbgdpl-quiz .api=${api} no-url></pbgdpl-quiz>`);
    await until(el, () => $(el, '.contest-link'), 'no list');
    $<HTMLButtonElement>(el, '.contest-link')!.click();
    await until(el, () => $(el, '.rules'), 'no rules');
    const contest = (await (await fetch(`${api}/contests/${open.id}`)).json()) as Contest;
    expect(text($(el, '#contest-heading'))).to.equal(contest.title);
    expect($$(el, '.rules tbody tr')).to.have.length(contest.rounds.length);
    expect($(el, '.prose strong'), 'the rules keep their markup').to.exist;
    expect($(el, '.prose script')).to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.back')!.click();
    await until(el, () => $(el, '.card'), 'not back to the list');
    expect(active(el)?.textContent?.trim()).to.equal(open.title);
  });

  it('refuses an incomplete registration with a message per field, focus on the first', async () => {
    const el = await fixture<PbgdplQuiz>(
      html`<pbgdpl-quiz .api=${api} contest-id=${open.id} no-url></pbgdpl-quiz>`,
    );
    await until(el, () => $(el, '.tabs'), 'no contest');
    $<HTMLAnchorElement>(el, '.tabs li:nth-child(2) a')!.click();
    await until(el, () => $(el, '#take-part'), 'no registration form');
    $<HTMLButtonElement>(el, '.register button[type="submit"]')!.click();
    await until(el, () => !$(el, '#summary')!.hidden, 'no summary');
    expect(text($(el, '#name-error'))).to.equal('Hãy nhập họ và tên.');
    expect(text($(el, '#contact-error'))).to.equal('Hãy nhập số điện thoại hoặc email.');
    expect(text($(el, '#takePart-error'))).to.equal('Cần đồng ý xử lý dữ liệu để dự thi.');
    expect($(el, '#take-part')!.getAttribute('aria-invalid')).to.equal('true');
    expect(active(el)?.id).to.equal('name');
    // Consent per purpose: three boxes, none ticked for the participant.
    expect(
      $$<HTMLInputElement>(el, '.consents input[type="checkbox"]').map((box) => box.checked),
    ).to.deep.equal([false, false, false]);
    await expect(el).to.be.accessible();
  });

  it('registers, takes an attempt saved as it goes, resumes it after a reload, and submits for a score', async () => {
    const el = await fixture<PbgdplQuiz>(
      html`<pbgdpl-quiz .api=${api} contest-id=${open.id} no-url layout="one"></pbgdpl-quiz>`,
    );
    await until(el, () => $(el, '.tabs'), 'no contest');
    $<HTMLAnchorElement>(el, '.tabs li:nth-child(2) a')!.click();
    await register(el, '0911000101');
    await startAttempt(el);
    expect(text($(el, '.progress'))).to.match(/^Câu 1\/10$/);
    expect(text($(el, '.time'))).to.match(/^1[45]:\d\d$/);
    expect($(el, '[role="timer"]')).to.exist;
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '.question input')!.click();
    await until(el, () => $(el, '.save[data-save="saved"]'), 'the answer was not saved');
    const key = storedKey(open.id)!;
    const onServer = (await (await fetch(`${api}/attempts/${key}`)).json()) as Attempt;
    const first = $<HTMLInputElement>(el, '.question input')!.name.replace('q-', '');
    expect(onServer.questions.find((q) => q.id === Number(first))?.choices).to.have.length(1);
    expect(
      onServer.questions.every((q) => q.review === null),
      'no key before the end',
    ).to.equal(true);

    // A reload: a new element on the same browser finds the same attempt and its saved answer.
    fixtureCleanup();
    const again = await fixture<PbgdplQuiz>(
      html`<pbgdpl-quiz .api=${api} contest-id=${open.id} no-url layout="all"></pbgdpl-quiz>`,
    );
    await until(again, () => $(again, '.tabs'), 'no contest after reload');
    $<HTMLAnchorElement>(again, '.tabs li:nth-child(2) a')!.click();
    await until(again, () => $$(again, '.question').length === 10, 'the attempt was not resumed');
    expect($<HTMLInputElement>(again, `input[name="q-${first}"]:checked`)).to.exist;
    expect(text($(again, '.answered'))).to.equal('Đã trả lời 1/10 câu');
    expect(storedKey(open.id)).to.equal(key);

    $<HTMLButtonElement>(again, '.attempt > .actions .primary')!.click();
    await until(again, () => $(again, '.confirm'), 'no confirmation');
    expect(active(again)?.id).to.equal('confirm-heading');
    expect(text($(again, '.confirm'))).to.contain('1/10');
    await expect(again).to.be.accessible();
    const scored = oneEvent(again, 'pbgdpl-quiz-submit');
    $<HTMLButtonElement>(again, '.confirm .submit')!.click();
    expect((await scored).detail).to.include({ contestId: open.id, total: 10 });
    await until(again, () => $(again, '.score'), 'no score');
    expect(text($(again, '.score .result'))).to.match(/^Bạn trả lời đúng [01]\/10 câu, trong/);
    expect(text($(again, '.score'))).to.contain('sau khi vòng thi kết thúc');
    expect(active(again)?.id).to.equal('score-heading');
    await expect(again).to.be.accessible();
  });

  it('shows a round ranking with only consented names and the key once the round has ended', async () => {
    const el = await fixture<PbgdplQuiz>(
      html`<pbgdpl-quiz .api=${api} contest-id=${ended.id} no-url></pbgdpl-quiz>`,
    );
    await until(el, () => $(el, '.tabs'), 'no contest');
    $<HTMLAnchorElement>(el, '.tabs li:nth-child(3) a')!.click();
    await until(el, () => $(el, 'table[part="ranking"]'), 'no ranking');
    const rows = $$(el, 'table[part="ranking"] tbody tr');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.some((row) => text(row).includes('Không công khai'))).to.equal(true);
    expect(/0\d{9}/.test(text($(el, 'table[part="ranking"]'))), 'no phone number').to.equal(false);
    // The round has ended: its questions with the key and the explanation citing the law.
    expect($$(el, 'details.key > ol > li').length).to.be.greaterThan(0);
    expect(text($(el, 'details.key .explanation'))).to.match(/^Giải thích: .*(Điều|Luật)/);
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await fixture<PbgdplQuiz>(html`<pbgdpl-quiz .api=${api} lang="en" no-url></pbgdpl-quiz>`);
    await until(el, () => $(el, '.card'), 'no list');
    expect(text($(el, '#list-heading'))).to.equal('Online legal knowledge contests');
    expect(text($(el, '.card .badge'))).to.equal('Open');
  });
});
