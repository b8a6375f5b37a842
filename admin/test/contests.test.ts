import { expect, waitUntil } from '@open-wc/testing';
import type { AdminContest, AdminContestPage, AdminContestResults, ContestQuestion } from '@pbgdpl/contract';
import type { PbgdplAdminContestBank } from '../src/contests/contest-bank.ts';
import type { PbgdplAdminContestForm } from '../src/contests/contest-form.ts';
import type { PbgdplAdminContestQuestionForm } from '../src/contests/contest-question-form.ts';
import type { PbgdplAdminContestResults } from '../src/contests/contest-results.ts';
import type { PbgdplAdminContests } from '../src/contests/contests-list.ts';
import { $, ADMIN_TOKEN, api, button, go, mountConsole, root, signedIn, type, unique } from './helpers.ts';

const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
const rows = (el: HTMLElement) => [...root(el).querySelectorAll('tbody tr')];
const getJson = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${api}${path}`, { headers })).json()) as T;

async function save(
  form: HTMLElement & { updateComplete: Promise<boolean> },
  address: RegExp,
): Promise<void> {
  await form.updateComplete;
  $<HTMLButtonElement>(form, 'button[type=submit]').click();
  await waitUntil(() => address.test(location.hash), 'not saved', { timeout: 15000 }).catch(() => {
    const summary = root(form).querySelector('.error-summary')?.textContent ?? '';
    throw new Error(`not saved: ${location.hash} ${summary.replace(/\s+/g, ' ')}`);
  });
}

describe('contests section', function () {
  // Three pages, a form each, the rich-text editor's chunk and an import on a shared machine.
  this.timeout(60_000);

  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('is in the navigation and lists the demo contests with their state and bank, accessibly', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const link = [...root(app).querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Cuộc thi');
    expect(link?.getAttribute('href')).to.equal('#/contests');
    const list = await go<PbgdplAdminContests>(app, '#/contests', 'pbgdpl-admin-contests');
    await waitUntil(() => rows(list).length >= 2, 'no contests listed', { timeout: 8000 });
    const text = root(list).querySelector('tbody')!.textContent!;
    expect(text).to.include('Đang diễn ra');
    expect(text).to.include('Đã có kết quả');
    expect(text).to.include('Ngân hàng câu hỏi');
    await expect(list).to.be.accessible();
    app.remove();
  });

  it('creates a contest with a prize and a round, adds a question, imports the XLSX template into the bank', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await go<PbgdplAdminContestForm>(app, '#/contests/new', 'pbgdpl-admin-contest-form');
    await waitUntil(() => root(form).querySelector('form'), 'no form', { timeout: 8000 });
    const title = unique('Cuộc thi thử về hòa giải ');
    type($<HTMLInputElement>(form, '#f-title'), title);
    type($<HTMLInputElement>(form, '#f-rounds-0-startsAt'), '2030-06-01T08:00');
    type($<HTMLInputElement>(form, '#f-rounds-0-endsAt'), '2030-06-07T17:00');
    type($<HTMLInputElement>(form, '#f-rounds-0-timeLimitMinutes'), '15');
    $<HTMLButtonElement>(form, '#f-prizes-add').click();
    await form.updateComplete;
    type($<HTMLInputElement>(form, '#f-prizes-0-name'), 'Giải Nhất');
    await form.updateComplete;
    await expect(form).to.be.accessible();
    await save(form, /#\/contests\/\d+$/);
    const id = Number(/\d+$/.exec(location.hash)![0]);
    const saved = await getJson<AdminContest>(`/admin/contests/${id}`);
    expect(saved.title).to.equal(title);
    expect(saved.prizes.map((prize) => prize.name)).to.deep.equal(['Giải Nhất']);
    expect(saved.rounds[0]!.timeLimitSeconds).to.equal(900);
    expect(saved.rounds[0]!.startsAt).to.equal(new Date('2030-06-01T08:00').toISOString());

    // One question by hand: four options, B right, an explanation citing its legal basis.
    const question = await go<PbgdplAdminContestQuestionForm>(
      app,
      `#/contests/${id}/questions/new`,
      'pbgdpl-admin-contest-question-form',
    );
    await waitUntil(() => root(question).querySelector('form'), 'no question form', { timeout: 8000 });
    type($<HTMLTextAreaElement>(question, '#f-text'), 'Tổ hòa giải có ít nhất bao nhiêu hòa giải viên?');
    ['02 người', '03 người', '05 người', '07 người'].forEach((option, i) =>
      type($<HTMLInputElement>(question, `#f-options-${i}-text`), option),
    );
    $<HTMLButtonElement>(question, 'button[type=submit]').click();
    await waitUntil(() => root(question).querySelector('.error-summary'), 'no “right answer” error');
    expect(root(question).querySelector('.error-summary')!.textContent).to.include('phương án đúng');
    $<HTMLInputElement>(question, '#f-options-1-right').click();
    type(
      $<HTMLTextAreaElement>(question, '#f-explanation'),
      'Khoản 1 Điều 12 Luật Hòa giải ở cơ sở năm 2013: tổ hòa giải có từ 03 hòa giải viên trở lên.',
    );
    await expect(question).to.be.accessible();
    await save(question, new RegExp(`#/contests/${id}/questions/\\d+$`));

    const bank = await go<PbgdplAdminContestBank>(
      app,
      `#/contests/${id}/questions`,
      'pbgdpl-admin-contest-bank',
    );
    await waitUntil(() => rows(bank).length === 1, 'question not listed', { timeout: 8000 });
    expect(rows(bank)[0]!.textContent).to.include('03 người');

    // The XLSX template, downloaded from its link, imports as it is.
    const panel = root(bank).querySelector('pbgdpl-admin-contest-import')!;
    await (panel as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    const templateLink = [...root(panel).querySelectorAll('a')].find((a) => a.textContent?.includes('XLSX'))!;
    const template = await (await fetch(templateLink.href, { headers })).blob();
    const input = $<HTMLInputElement>(panel, '#file');
    const files = new DataTransfer();
    files.items.add(new File([template], 'mau.xlsx'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    button(panel, 'Nhập').click();
    await waitUntil(() => root(panel).querySelector('#report-title'), 'no import report', { timeout: 8000 });
    expect(root(panel).querySelector('.ok')!.textContent).to.include('Đã ghi');
    await waitUntil(() => rows(bank).length === 2, 'imported question not listed', { timeout: 8000 });
    await expect(bank).to.be.accessible();
    const stored = await getJson<{ items: ContestQuestion[] }>(`/admin/contest-questions?contest=${id}`);
    expect(stored.items.map((q) => q.correct)).to.deep.equal([[1], [1]]);
    app.remove();
  });

  it('shows a finished round’s ranking with contact data for prizes, records a prize and links the exports', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const page = await getJson<AdminContestPage>('/admin/contests?pageSize=50');
    const finished = page.items.find((c) => c.resultsPublished)!;
    const results = await go<PbgdplAdminContestResults>(
      app,
      `#/contests/${finished.id}/results`,
      'pbgdpl-admin-contest-results',
    );
    await waitUntil(() => rows(results).length > 0, 'no ranking', { timeout: 8000 });
    const heads = [...root(results).querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(heads).to.include('Liên hệ trao giải');
    const exports = [...root(results).querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(exports.some((href) => /results\.xlsx\?round=\d+$/.test(href ?? ''))).to.equal(true);
    await expect(results).to.be.accessible();

    const first = rows(results)[0]!;
    const select = first.querySelector('select')!;
    // The prize list comes with the contest, which may arrive after the ranking.
    await waitUntil(() => select.options.length > 1, 'no prizes to choose', { timeout: 8000 });
    select.value = 'Giải Nhất';
    [...first.querySelectorAll('button')].find((b) => b.textContent?.includes('Ghi giải'))!.click();
    const round = /round=(\d+)/.exec(exports[0]!)![1];
    await waitUntil(
      async () => {
        const data = await getJson<AdminContestResults>(
          `/admin/contests/${finished.id}/results?round=${round}`,
        );
        return data.items[0]!.prize === 'Giải Nhất';
      },
      'prize not recorded',
      { timeout: 8000 },
    );
    const xlsx = await fetch(exports[0]!, { headers });
    expect(xlsx.headers.get('Content-Type')).to.include('spreadsheetml');
    app.remove();
  });
});
