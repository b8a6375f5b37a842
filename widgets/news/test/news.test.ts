import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Article, ArticlePage, ArticleSummary } from '@pbgdpl/contract';
import { foldVi } from '@pbgdpl/vi-text';
import '../src/news.ts';
import type { PbgdplNews } from '../src/news.ts';
import type { PbgdplArticle } from '../src/article/article.ts';

const api = `${location.origin}/api/v1`;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const startUrl = location.href;
const withQuery = (query: string) => {
  const url = new URL(startUrl);
  return `${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
};

type Host = PbgdplNews | PbgdplArticle;
const $ = <T extends Element = HTMLElement>(el: Host, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Host, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const cards = (el: PbgdplNews) => $$(el, '.card');
const active = (el: Host) => el.shadowRoot!.activeElement as HTMLElement | null;
const articleIn = (el: PbgdplNews) => $<PbgdplArticle>(el, 'pbgdpl-article');
const param = (name: string) => new URL(location.href).searchParams.get(name);

async function settled<T extends Host>(el: T, selector: string): Promise<T> {
  await waitUntil(() => $(el, selector) && !$(el, '.state.loading, .skeleton'), `${selector} never showed`, {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

/** The article inside the list's detail, once loaded (its element's code loads with the first one opened). */
async function openArticle(el: PbgdplNews): Promise<PbgdplArticle> {
  await waitUntil(() => articleIn(el), 'no article element');
  await customElements.whenDefined('pbgdpl-article');
  return settled(articleIn(el)!, '.title');
}

function search(el: PbgdplNews, text: string): void {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  $<HTMLFormElement>(el, 'form')!.requestSubmit();
}

const ddmmyyyy = /^\d{2}\/\d{2}\/\d{4}$/;

let all: ArticleSummary[] = [];
let total = 0;
const fetchArticle = async (id: number) => (await (await fetch(`${api}/articles/${id}`)).json()) as Article;

describe('<pbgdpl-news>', () => {
  before(async () => {
    const page = (await (await fetch(`${api}/articles?pageSize=100`)).json()) as ArticlePage;
    all = page.items;
    total = page.total;
  });
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startUrl);
  });

  it('shows category tabs, search, filters with counts and cards with cover, date, unit and category, accessibly', async () => {
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api}></pbgdpl-news>`),
      '.card',
    );
    expect(total).to.be.at.least(80);
    expect(cards(el)).to.have.length(12);
    expect($(el, '.count')!.textContent).to.equal(`Tìm thấy ${total} tin bài`);
    expect($$(el, '.tab')).to.have.length(9);
    expect($(el, '.tab[aria-pressed="true"]')!.textContent!.trim()).to.equal('Tất cả');
    for (const name of ['unit', 'field', 'audience', 'year'])
      expect($$(el, `#filter-${name} option`).length, name).to.be.greaterThan(1);
    expect($(el, '#filter-unit option:nth-child(2)')!.textContent).to.match(/\(\d+\)/);
    for (const card of cards(el)) {
      expect(card.querySelector('time')!.textContent).to.match(ddmmyyyy);
      expect(card.querySelector('.card-category')!.textContent!.trim()).not.to.equal('');
      expect(card.querySelector('.card-meta')!.textContent).to.match(/Đơn vị/);
      const img = card.querySelector('img');
      if (img) {
        expect(img.alt).not.to.equal('');
        expect(Number(img.getAttribute('width'))).to.be.greaterThan(0);
        expect(Number(img.getAttribute('height'))).to.be.greaterThan(0);
        expect(img.loading).to.equal('lazy');
      }
    }
    expect(cards(el).some((card) => card.querySelector('img'))).to.equal(true);
    expect($(el, '.pager')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('holds the list with card-shaped placeholders while loading, and shows an error with a retry', async () => {
    const loading = await fixture<PbgdplNews>(
      html`<pbgdpl-news api="${location.origin}/outage/slow/api/v1"></pbgdpl-news>`,
    );
    await loading.updateComplete;
    expect($$(loading, '.skeleton .card-skeleton')).to.have.length(12);
    expect($(loading, '[role="status"][aria-busy="true"]')).to.exist;
    await expect(loading).to.be.accessible();
    const el = await fixture<PbgdplNews>(
      html`<pbgdpl-news api="${location.origin}/outage/500/api/v1"></pbgdpl-news>`,
    );
    await oneEvent(el, 'pbgdpl-error');
    await el.updateComplete;
    expect($(el, '.state.error [part~="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('searches without diacritics and with đ as d, and keeps the search in the address', async () => {
    const target = all.find((article) => /đ/i.test(article.title)) ?? all[0]!;
    const words = foldVi(target.title).split(/\s+/).slice(0, 6).join(' ');
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api}></pbgdpl-news>`),
      '.card',
    );
    search(el, words);
    const topTitles = () =>
      cards(el)
        .slice(0, 3)
        .map((card) => card.querySelector('.card-title')!.textContent!.trim());
    await waitUntil(
      // Highlights come only with a searched list: the unsearched one may hold the article too.
      () => $(el, '.card-title mark') && topTitles().includes(target.title),
      `"${target.title}" is not among the first three for "${words}"`,
    );
    const titles = topTitles();
    expect(titles).to.include(target.title);
    expect(param('tt-q')).to.equal(words);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state with a way back when nothing matches', async () => {
    history.replaceState(null, '', withQuery('tt-q=zzqxv%20khongcogi'));
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api}></pbgdpl-news>`),
      '.state.empty',
    );
    expect($(el, '.empty-title')!.textContent).to.equal('Không có tin bài phù hợp.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.state.empty .retry')!.click();
    await settled(el, '.card');
    expect(param('tt-q')).to.equal(null);
  });

  it('filters by category tab and by a filter select, each a step in the address', async () => {
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api}></pbgdpl-news>`),
      '.card',
    );
    const tab = $$<HTMLButtonElement>(el, '.tab').find((button) =>
      button.textContent!.includes('Thông báo'),
    )!;
    tab.click();
    await waitUntil(
      () => param('tt-cat') === 'thong-bao-giay-moi' && !$(el, '.skeleton'),
      'tab did not apply',
    );
    await settled(el, '.card');
    expect(tab.getAttribute('aria-pressed')).to.equal('true');
    expect(cards(el).every((card) => card.dataset.category === 'thong-bao-giay-moi')).to.equal(true);
    const unit = $<HTMLSelectElement>(el, '#filter-unit')!;
    const option = unit.options[1]!;
    unit.value = option.value;
    unit.dispatchEvent(new Event('change'));
    await waitUntil(() => param('tt-unit') === option.value && !$(el, '.skeleton'), 'unit did not apply');
    const count = Number(/\((\d+)\)/.exec(option.textContent!)![1]);
    await waitUntil(
      () => $(el, '.count')!.textContent === `Tìm thấy ${count} tin bài`,
      'count does not match',
    );
    history.back();
    await waitUntil(() => param('tt-unit') === null, 'Back did not undo the filter');
  });

  it('opens an article inline from its card and goes back to it, by keyboard', async () => {
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api}></pbgdpl-news>`),
      '.card',
    );
    const link = $<HTMLAnchorElement>(el, '.card .article-link')!;
    const id = Number(link.dataset.itemId);
    expect(new URL(link.href).searchParams.get('tt-id')).to.equal(String(id));
    link.focus();
    await sendKeys({ press: 'Enter' });
    const article = await openArticle(el);
    expect(param('tt-id')).to.equal(String(id));
    expect(active(el)?.classList.contains('back')).to.equal(true);
    await expect(el).to.be.accessible();
    expect($(article, '.toolbar a.mail')!.getAttribute('href')).to.match(/^mailto:\?subject=/);
    await sendKeys({ press: 'Enter' });
    await settled(el, '.card');
    expect(param('tt-id')).to.equal(null);
    await waitUntil(() => active(el)?.dataset.itemId === String(id), 'focus did not return to the card');
  });

  it('opens the article a shared address names, in a dialog that Escape closes', async () => {
    const id = all[3]!.id;
    history.replaceState(null, '', withQuery(`tt-id=${id}`));
    const el = await fixture<PbgdplNews>(html`<pbgdpl-news api=${api} detail="dialog"></pbgdpl-news>`);
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
    const article = await openArticle(el);
    expect($(article, '.title')!.textContent).to.equal(all[3]!.title);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open && param('tt-id') === null, 'not closed');
  });

  it('walks to the previous and next article of the same category', async () => {
    const withNext = await (async () => {
      for (const summary of all) {
        const full = await fetchArticle(summary.id);
        if (full.next) return full;
      }
      throw new Error('no article has a next one');
    })();
    history.replaceState(null, '', withQuery(`tt-id=${withNext.id}`));
    const el = await fixture<PbgdplNews>(html`<pbgdpl-news api=${api}></pbgdpl-news>`);
    const article = await openArticle(el);
    const next = $<HTMLButtonElement>(article, '.sequence .next .step')!;
    expect(next.textContent).to.include(withNext.next!.title);
    next.click();
    await waitUntil(() => param('tt-id') === String(withNext.next!.id), 'next did not change the address');
    await waitUntil(
      () => $(articleIn(el)!, '.title')?.textContent === withNext.next!.title,
      'next not shown',
    );
    const shown = await fetchArticle(withNext.next!.id);
    expect(shown.category).to.equal(withNext.category);
  });

  it('keeps a unit preset and a category preset: their filters hidden, only their articles listed', async () => {
    const unit = all[0]!.unit.id;
    const el = await settled(
      await fixture<PbgdplNews>(
        html`<pbgdpl-news api=${api} unit=${unit} category=${all[0]!.category}></pbgdpl-news>`,
      ),
      '.card',
    );
    expect($(el, '.tabs')).to.equal(null);
    expect($(el, '#filter-unit')).to.equal(null);
    const expected = all.filter((a) => a.unit.id === unit && a.category === all[0]!.category).length;
    expect($(el, '.count')!.textContent).to.equal(`Tìm thấy ${expected} tin bài`);
    await expect(el).to.be.accessible();
  });

  it('marks an article of a unit gone in the 2025 reform with its last day and who took over ("nay là")', async () => {
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api} unit="long-an"></pbgdpl-news>`),
      '.card',
    );
    const notes = $$(el, '.card .historical').map((node) => node.textContent);
    expect(notes).to.have.length(cards(el).length);
    expect(notes[0]).to.equal('(đơn vị cũ, đến 30/06/2025; nay là Ủy ban nhân dân tỉnh Tây Ninh)');
    await expect(el).to.be.accessible();
  });

  it('has short views for sidebars and home pages', async () => {
    for (const [view, selector, count] of [
      ['compact', '.compact-item', 5],
      ['headlines', '.headline', 5],
      ['cards', '.card', 6],
    ] as const) {
      const el = await settled(
        await fixture<PbgdplNews>(
          html`<pbgdpl-news api=${api} view=${view} more-href="/tin-bai"></pbgdpl-news>`,
        ),
        selector,
      );
      expect($$(el, selector), view).to.have.length(count);
      expect($(el, '.tabs, form')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.more')!.getAttribute('href')).to.equal('/tin-bai');
      for (const time of $$(el, 'time')) expect(time.textContent).to.match(ddmmyyyy);
      await expect(el).to.be.accessible();
    }
  });

  it('speaks English when asked', async () => {
    const el = await settled(
      await fixture<PbgdplNews>(html`<pbgdpl-news api=${api} lang="en"></pbgdpl-news>`),
      '.card',
    );
    expect($(el, '.count')!.textContent).to.equal(`${total} articles found`);
    expect($(el, '.tab')!.textContent!.trim()).to.equal('All');
    expect($(el, 'label[for="q"]')!.textContent).to.equal('Search articles');
    await expect(el).to.be.accessible();
  });
});

describe('<pbgdpl-article>', () => {
  afterEach(() => fixtureCleanup());

  it('shows an article by slug: meta, reader tools, sanitized body, related documents into the browser', async () => {
    const page = (await (await fetch(`${api}/articles?pageSize=100`)).json()) as ArticlePage;
    let withDocuments: Article | undefined;
    for (const summary of page.items) {
      const full = await fetchArticle(summary.id);
      if (full.documents.length > 0) {
        withDocuments = full;
        break;
      }
    }
    expect(withDocuments, 'the seed links articles to documents').to.exist;
    const el = await settled(
      await fixture<PbgdplArticle>(
        html`<pbgdpl-article api=${api} slug=${withDocuments!.slug}></pbgdpl-article>`,
      ),
      '.title',
    );
    expect($(el, '.title')!.textContent).to.equal(withDocuments!.title);
    expect($(el, '.meta time')!.textContent).to.match(ddmmyyyy);
    expect($(el, '.toolbar .print')).to.exist;
    expect($(el, '.body script, .body [onerror], .body [onclick]')).to.equal(null);
    const link = $<HTMLAnchorElement>(el, '.documents a')!;
    expect(new URL(link.href).searchParams.get('vb-doc')).to.equal(String(withDocuments!.documents[0]!.id));
    await expect(el).to.be.accessible();
  });

  it('shows when and where an announced event takes place, with a calendar file', async () => {
    const list = (await (
      await fetch(`${api}/articles?category=thong-bao-giay-moi&pageSize=100`)
    ).json()) as ArticlePage;
    const announcement = list.items.find((item) => item.event);
    expect(announcement, 'the seed has an announcement with an event').to.exist;
    const el = await settled(
      await fixture<PbgdplArticle>(
        html`<pbgdpl-article api=${api} article-id=${announcement!.id}></pbgdpl-article>`,
      ),
      '.title',
    );
    expect($(el, '.event time')!.textContent).to.match(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/);
    expect($(el, '.event')!.textContent).to.include(announcement!.event!.place);
    const ics = $<HTMLAnchorElement>(el, '.event .calendar')!;
    expect(new URL(ics.href).pathname).to.equal(`/api/v1/articles/${announcement!.id}.ics`);
    const response = await fetch(ics.href);
    expect(response.ok).to.equal(true);
    expect(await response.text()).to.match(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/);
    await expect(el).to.be.accessible();
  });

  it('sends one view beacon per article shown, none with no-track', async () => {
    const sent: string[] = [];
    const original = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      if (data instanceof Blob) void data.text().then((value) => sent.push(value));
      return original(url, data);
    };
    const page = (await (await fetch(`${api}/articles?pageSize=2`)).json()) as ArticlePage;
    const [first, second] = page.items;
    try {
      const quiet = await settled(
        await fixture<PbgdplArticle>(
          html`<pbgdpl-article
            api=${api}
            article-id=${second!.id}
            unit="xa-hoa-thanh"
            no-track
          ></pbgdpl-article>`,
        ),
        '.title',
      );
      const el = await settled(
        await fixture<PbgdplArticle>(
          html`<pbgdpl-article api=${api} article-id=${first!.id} unit="xa-hoa-thanh"></pbgdpl-article>`,
        ),
        '.title',
      );
      el.requestUpdate();
      quiet.requestUpdate();
      await el.updateComplete;
      await waitUntil(() => sent.length > 0, 'no beacon', { timeout: 3000 });
      const events = sent.flatMap(
        (value) => (JSON.parse(value) as { events: Array<Record<string, string>> }).events,
      );
      // Articles opened by the tests before have theirs in the batch too, without a unit.
      expect(events.filter((e) => e.subject === 'article' && e.unit)).to.deep.equal([
        { type: 'view', subject: 'article', subjectId: String(first!.id), unit: 'xa-hoa-thanh' },
      ]);
      await expect(el).to.be.accessible();
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('plays a recorded material with native controls, nothing loaded before play, and gives its transcript', async () => {
    // A silent MP3 of 40 frames (MPEG-1 Layer III, 128 kbit/s, 44.1 kHz): the library reads its duration.
    const frame = new Uint8Array(417);
    frame.set([0xff, 0xfb, 0x90, 0xc4]);
    const form = new FormData();
    form.append('file', new Blob(Array.from({ length: 40 }, () => frame)), 'hoi-dap-hoa-giai.mp3');
    const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const sound = await fetch(`${api}/admin/media`, { method: 'POST', headers: auth, body: form });
    expect(sound.status).to.equal(201);
    const { url } = (await sound.json()) as { url: string };
    const transcript = 'Hỏi: Hòa giải viên là ai?\nĐáp: Người được cộng đồng dân cư bầu chọn.';
    const created = await fetch(`${api}/admin/articles`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Hỏi đáp về hòa giải ở cơ sở (bản ghi âm)',
        body: '<p>Bản ghi âm hỏi đáp về hòa giải ở cơ sở.</p>',
        category: 'tai-lieu-pbgdpl',
        materialFormat: 'audio',
        unitId: 'so-tu-phap',
        attachments: [{ url, name: 'Hỏi đáp về hòa giải', transcript }],
      }),
    });
    expect(created.status, await created.clone().text()).to.equal(201);
    const { id } = (await created.json()) as { id: number };
    const el = await settled(
      await fixture<PbgdplArticle>(
        html`<pbgdpl-article api=${api} article-id=${id} no-track></pbgdpl-article>`,
      ),
      '.title',
    );
    const player = $<HTMLAudioElement>(el, '.material audio')!;
    expect(player.controls).to.equal(true);
    expect(player.preload).to.equal('none');
    expect(player.getAttribute('aria-label')).to.equal('Nghe “Hỏi đáp về hòa giải”');
    expect(new URL(player.src).pathname).to.equal(new URL(url, location.origin).pathname);
    const details = $<HTMLDetailsElement>(el, '.material details.transcript')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect($(el, '.transcript-text')!.textContent).to.equal(transcript);
    await expect(el).to.be.accessible();
  });

  it('shows a PBGDPL material itself, and says so when an article does not exist', async () => {
    const list = (await (
      await fetch(`${api}/articles?category=tai-lieu-pbgdpl&pageSize=100`)
    ).json()) as ArticlePage;
    expect(list.items.length).to.be.greaterThan(0);
    const el = await settled(
      await fixture<PbgdplArticle>(
        html`<pbgdpl-article api=${api} article-id=${list.items[0]!.id}></pbgdpl-article>`,
      ),
      '.title',
    );
    expect($(el, '.material a.file, .material img, .material audio, .material video')).to.exist;
    await expect(el).to.be.accessible();
    const missing = await settled(
      await fixture<PbgdplArticle>(
        html`<pbgdpl-article api=${api} slug="khong-co-bai-nay"></pbgdpl-article>`,
      ),
      '.state.error',
    );
    expect($(missing, '[role="alert"]')!.textContent).to.match(/Không tìm thấy bài viết/);
    await expect(missing).to.be.accessible();
  });
});
