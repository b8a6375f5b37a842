import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReporterPage, StatsReport } from '@pbgdpl/contract';
import '../src/stats-board.ts';
import type { PbgdplStatsBoard } from '../src/stats-board.ts';

const api = `${location.origin}/api/v1`;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const year = new Date().getFullYear();
const thisMonth = `${year}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
const vi = (n: number) => n.toLocaleString('vi-VN');

const root = (el: PbgdplStatsBoard) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PbgdplStatsBoard, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PbgdplStatsBoard, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The cards as label → [value, change text]. */
const cards = (el: PbgdplStatsBoard) =>
  Object.fromEntries(
    $$(el, '.card').map((card) => [
      text(card.querySelector('.kpi-label')),
      [text(card.querySelector('.kpi-value')), text(card.querySelector('.change'))],
    ]),
  );

async function settled(el: PbgdplStatsBoard): Promise<PbgdplStatsBoard> {
  await el.updateComplete;
  await waitUntil(() => !$(el, '.state.loading'), 'the board did not settle', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const board = async (template: ReturnType<typeof html>) => settled(await fixture<PbgdplStatsBoard>(template));

async function admin(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

async function beacons(unit: string, type: 'impression' | 'click', count: number, prefix: string) {
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${api}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        pageViewId: `${prefix}-${type}-${i}-0000`,
        events: [{ type, subject: 'banner', subjectId: '1', unit }],
      }),
    });
    if (response.status !== 202) throw new Error(`events: ${response.status}`);
  }
}

describe('<pbgdpl-stats-board>', () => {
  // A unit the seed gives no reports or beacons: every figure below is what this test entered.
  const UNIT = 'so-cong-thuong';
  const ENTERED = { conferences: 3, trainings: 2, contests: 1, participants: 1250, copies: 4800 };

  before(async () => {
    await admin('/admin/activities', { unitId: UNIT, month: thisMonth, ...ENTERED });
    await beacons(UNIT, 'impression', 5, 'stats-board');
    await beacons(UNIT, 'click', 2, 'stats-board');
  });
  afterEach(() => fixtureCleanup());

  it('shows the figures a unit entered and its beacons, exactly, with the change in words', async () => {
    const el = await board(
      html`<pbgdpl-stats-board api=${api} unit=${UNIT} sections="kpi,activities"></pbgdpl-stats-board>`,
    );
    const shown = cards(el);
    expect(shown['Hội nghị, tọa đàm']).to.deep.equal(['3', '▲ Tăng +3 so với kỳ trước (0)']);
    expect(shown['Lớp tập huấn, bồi dưỡng']![0]).to.equal('2');
    expect(shown['Cuộc thi tìm hiểu pháp luật']![0]).to.equal('1');
    expect(shown['Lượt người tham dự']![0]).to.equal('1.250');
    expect(shown['Bản tài liệu phát hành']![0]).to.equal('4.800');
    expect(shown['Lượt hiển thị banner']![0]).to.equal('5');
    expect(shown['Lượt nhấp banner']![0]).to.equal('2');
    expect(shown['Thời gian trả lời trung bình']).to.deep.equal(['—', 'Chưa có câu hỏi được trả lời']);
    expect($(el, '#h-units')).to.not.exist;
    expect($(el, '#h-reporters')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('shows for the whole province the numbers the API computes, in every card, chart and table', async () => {
    const el = await board(html`<pbgdpl-stats-board api=${api}></pbgdpl-stats-board>`);
    const report = (await (
      await fetch(`${api}/stats?from=${year}-01-01&to=${year}-12-31&granularity=month`)
    ).json()) as StatsReport;
    const shown = cards(el);
    for (const [label, key] of [
      ['Văn bản đăng tải', 'documents'],
      ['Lượt người tham dự', 'participants'],
      ['Bản tài liệu phát hành', 'copies'],
      ['Hội nghị, tọa đàm', 'conferences'],
      ['Câu hỏi nhận được', 'questionsReceived'],
      ['Lượt xem video', 'videoViews'],
    ] as const) {
      expect(shown[label]![0], label).to.equal(vi(report.kpis.find((k) => k.key === key)!.value));
    }
    // The units table holds every unit row of the API, figures formatted vi-VN.
    const rows = $$(el, '#units-table tbody tr').map((tr) => [...tr.children].map((cell) => text(cell)));
    expect(rows).to.deep.equal(
      report.units.map((u) => [
        u.name,
        ...[u.activities, u.participants, u.copies, u.documents, u.questionsReceived].map(vi),
      ]),
    );
    // The line's table: one row per month, participants as the API counts them.
    const months = $$(el, '#trend-table tbody tr');
    expect(months).to.have.length(12);
    const participantsColumn = 1 + 3; // period, conferences, trainings, contests, participants
    expect(months.map((tr) => text(tr.children[participantsColumn]!))).to.deep.equal(
      report.series.map((b) => vi(b.values.participants!)),
    );
    expect(text($(el, '#units-title'))).to.equal('Theo đơn vị');
    expect(text($(el, '.chart .summary'))).to.match(
      /^Hoạt động \(hội nghị, tập huấn, cuộc thi\): cao nhất là /,
    );
    expect($$(el, '.bars svg rect').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows each contest round’s participants and attempts as the API counts them from the attempts', async () => {
    // The demo's contests run around the day it loads: the 90 days before today hold them both.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const [from, to] = [day(-90), day(0)];
    const el = await board(
      html`<pbgdpl-stats-board api=${api} sections="contests" from=${from} to=${to}></pbgdpl-stats-board>`,
    );
    const report = (await (
      await fetch(`${api}/stats?from=${from}&to=${to}&granularity=month`)
    ).json()) as StatsReport;
    expect(
      report.contests.some((r) => r.participants > 0),
      'the demo’s finished contest',
    ).to.equal(true);
    expect(text($(el, '#h-contests'))).to.equal('Cuộc thi tìm hiểu pháp luật');
    const rows = $$(el, '#h-contests ~ .data table tbody tr').map((tr) =>
      [...tr.children].map((cell) => text(cell)),
    );
    expect(rows).to.deep.equal(
      report.contests.map((r) => [
        `${r.title} — ${r.roundTitle}`,
        r.unitName,
        ...[r.participants, r.attempts, r.submitted].map(vi),
      ]),
    );
    await expect(el).to.be.accessible();
  });

  it('opens a data table from the keyboard and switches the metric of a chart', async () => {
    const el = await board(html`<pbgdpl-stats-board api=${api} sections="trend"></pbgdpl-stats-board>`);
    const toggle = $<HTMLButtonElement>(el, '.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#trend-table')!.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#trend-table')!.hidden).to.equal(false);
    await expect(el).to.be.accessible();
    const select = $<HTMLSelectElement>(el, '.metric select')!;
    select.value = 'copies';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.match(/^Bản tài liệu phát hành: /);
  });

  it('links the CSV of the same period and unit, UTF-8 with BOM', async () => {
    const el = await board(
      html`<pbgdpl-stats-board api=${api} unit=${UNIT} sections="kpi"></pbgdpl-stats-board>`,
    );
    const link = $<HTMLAnchorElement>(el, 'a[download]')!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/api/v1/stats/export.csv');
    expect(url.searchParams.get('unit')).to.equal(UNIT);
    expect(url.searchParams.get('from')).to.equal(`${year}-01-01`);
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).to.include('"Hội nghị, tọa đàm",3,0,');
  });

  it('opens the articles that report the activities of the period and unit', async () => {
    const NEWS_HREF = '/tin-bai?tt-cat=hoat-dong-don-vi&tt-unit={unit}';
    const title = 'Sở Công Thương tổ chức hội nghị phổ biến pháp luật cho doanh nghiệp';
    await admin('/admin/articles', {
      title,
      body: '<p>Hội nghị phổ biến pháp luật về thương mại điện tử.</p>',
      category: 'hoat-dong-don-vi',
      unitId: UNIT,
    });
    // This month: an address of its own, not the year's answer the browser keeps from a test above.
    const from = `${thisMonth}-01`;
    const to = `${thisMonth}-${new Date(year, new Date().getMonth() + 1, 0).getDate()}`;
    const el = await board(
      html`<pbgdpl-stats-board
        api=${api}
        unit=${UNIT}
        from=${from}
        to=${to}
        sections="activities"
        article-href="/tin-bai/{slug}"
        news-href=${NEWS_HREF}
      ></pbgdpl-stats-board>`,
    );
    const report = (await (
      await fetch(`${api}/stats?unit=${UNIT}&from=${from}&to=${to}`)
    ).json()) as StatsReport;
    const [newest] = report.activityArticles.items;
    expect(newest!.title).to.equal(title);
    expect(text($(el, '.activity-articles h4'))).to.equal('Bài viết về các hoạt động');
    const link = $<HTMLAnchorElement>(el, '.activity-articles li a')!;
    expect(text(link)).to.equal(title);
    expect(new URL(link.href).pathname).to.equal(`/tin-bai/${newest!.slug}`);
    expect(text($(el, '.activity-articles li time'))).to.match(/^\d{2}\/\d{2}\/\d{4}$/);
    const all = $<HTMLAnchorElement>(el, '.activity-articles .all-articles')!;
    expect(new URL(all.href).searchParams.get('tt-unit')).to.equal(UNIT);
    expect(text(all)).to.equal(`Xem tất cả ${vi(report.activityArticles.total)} bài viết`);
    await expect(el).to.be.accessible();
    // Without addresses of its own, an article opens in this page's <pbgdpl-news>.
    const plain = await board(
      html`<pbgdpl-stats-board
        api=${api}
        unit=${UNIT}
        from=${from}
        to=${to}
        sections="activities"
      ></pbgdpl-stats-board>`,
    );
    const opened = new URL($<HTMLAnchorElement>(plain, '.activity-articles li a')!.href);
    expect(opened.searchParams.get('tt-id')).to.equal(String(newest!.id));
    expect($(plain, '.all-articles')).to.equal(null);
  });

  it('changes period and unit from the selectors', async () => {
    const el = await board(html`<pbgdpl-stats-board api=${api} sections="activities"></pbgdpl-stats-board>`);
    await waitUntil(
      () => $$(el, '.controls select')[2]!.querySelectorAll('option').length > 1,
      'units did not load',
    );
    const [, span, unit] = $$<HTMLSelectElement>(el, '.controls select');
    unit!.value = UNIT;
    unit!.dispatchEvent(new Event('change'));
    await settled(el);
    expect(cards(el)['Hội nghị, tọa đàm']![0]).to.equal('3');
    const quarter = `q${Math.ceil((new Date().getMonth() + 1) / 3)}`;
    span!.value = quarter === 'q1' ? 'q2' : 'q1';
    span!.dispatchEvent(new Event('change'));
    await settled(el);
    await waitUntil(() => !$(el, '.card'), 'another quarter still shows the entry');
    expect(text($(el, '.state.empty'))).to.equal('Chưa có số liệu trong kỳ này.');
  });

  it('shows the empty state for a period without data, accessibly', async () => {
    const el = await board(
      html`<pbgdpl-stats-board api=${api} from="2001-01-01" to="2001-12-31"></pbgdpl-stats-board>`,
    );
    expect(text($(el, '.state.empty'))).to.equal('Chưa có số liệu trong kỳ này.');
    expect($<HTMLSelectElement>(el, '.controls select')!.disabled).to.equal(true);
    expect(text($$(el, '.controls select')[1]!.querySelector('option:checked'))).to.equal(
      '01/01/2001 – 31/12/2001',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps very large numbers inside their cards', async () => {
    await admin('/admin/activities', {
      unitId: 'so-xay-dung',
      month: thisMonth,
      conferences: 99_999,
      trainings: 99_999,
      contests: 99_999,
      participants: 99_999_999,
      copies: 99_999_999,
    });
    const el = await board(
      html`<pbgdpl-stats-board api=${api} unit="so-xay-dung" sections="activities"></pbgdpl-stats-board>`,
    );
    el.style.width = '16em';
    await el.updateComplete;
    expect(cards(el)['Lượt người tham dự']![0]).to.equal('99.999.999');
    for (const card of $$(el, '.card')) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('searches the directory without diacritics and by role', async () => {
    const el = await board(html`<pbgdpl-stats-board api=${api} sections="reporters"></pbgdpl-stats-board>`);
    await waitUntil(() => $(el, '.person'), 'no people');
    const total = ((await (await fetch(`${api}/reporters`)).json()) as ReporterPage).total;
    expect(text($(el, '.count'))).to.equal(`Có ${vi(total)} người.`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'dang quoc' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.person').length === 1, 'search did not narrow');
    expect(text($(el, '.person-name'))).to.equal('Đặng Quốc Bảo');
    expect(text($(el, '.person'))).to.include('Đất đai');
    await expect(el).to.be.accessible();
    input.value = 'khong co ai ten nay';
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await waitUntil(() => $(el, '.state.empty'), 'no empty state');
    expect(text($(el, '.state.empty'))).to.equal('Không tìm thấy báo cáo viên, tuyên truyền viên nào.');
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await board(
      html`<pbgdpl-stats-board api=${api} lang="en" unit=${UNIT} sections="activities"></pbgdpl-stats-board>`,
    );
    expect(text($(el, 'h2'))).to.equal('Legal dissemination and education statistics');
    expect(cards(el)['Participants']).to.deep.equal(['1,250', '▲ Up +1,250 from the previous period (0)']);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the API fails, accessibly', async () => {
    const el = await board(
      html`<pbgdpl-stats-board
        api="${location.origin}/outage/500/api/v1"
        sections="kpi"
      ></pbgdpl-stats-board>`,
    );
    expect($(el, '.state.error')).to.exist;
    expect($(el, '.state.error .retry')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the loading state while waiting, accessibly', async () => {
    const el = await fixture<PbgdplStatsBoard>(
      html`<pbgdpl-stats-board
        api="${location.origin}/outage/slow/api/v1"
        sections="kpi"
      ></pbgdpl-stats-board>`,
    );
    expect($(el, '.state.loading')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
