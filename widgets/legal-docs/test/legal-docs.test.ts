import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DocumentPage } from '@pbgdpl/contract';
import '../src/legal-docs.ts';
import type { PbgdplLegalDocs } from '../src/legal-docs.ts';

const api = `${location.origin}/api/v1`;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const startUrl = location.href;
/** The test page's address (wtr keeps its session id there) plus some parameters. */
const address = (query: string) => {
  const url = new URL(startUrl);
  return `${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
};

const root = (el: PbgdplLegalDocs) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PbgdplLegalDocs, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PbgdplLegalDocs, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const results = (el: PbgdplLegalDocs) => $$(el, '.result');
const titles = (el: PbgdplLegalDocs) => $$(el, '.result .title').map((node) => node.textContent!.trim());
const count = (el: PbgdplLegalDocs) => $(el, '.count')?.textContent?.trim() ?? '';
const input = (el: PbgdplLegalDocs) => $<HTMLInputElement>(el, 'input[type="search"]')!;
const active = (el: PbgdplLegalDocs) => root(el).activeElement as HTMLElement | null;
const settled = (el: PbgdplLegalDocs) =>
  !$(el, '.skeleton') && Boolean($(el, '.result, .compact-item, .state, .detail'));

async function ready(el: PbgdplLegalDocs, what = 'results'): Promise<PbgdplLegalDocs> {
  await waitUntil(() => settled(el), `${what} did not settle`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function loaded(template: ReturnType<typeof html>): Promise<PbgdplLegalDocs> {
  return ready(await fixture<PbgdplLegalDocs>(template));
}

/** Waits for a new search to settle after an action. */
async function after(el: PbgdplLegalDocs, action: () => unknown): Promise<void> {
  const done = oneEvent(el, 'pbgdpl-search');
  await action();
  await done;
  await el.updateComplete;
}

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(`${api}${path}`);
  return (await response.json()) as T;
}

/** A facet value button by facet name and index. */
const facetButton = (el: PbgdplLegalDocs, name: string, index = 0) =>
  $$<HTMLButtonElement>(el, `#facet-${name}-values .facet-value`)[index]!;

/** Presses Tab until the focused element inside the widget matches, or gives up. */
async function tabTo(el: PbgdplLegalDocs, matches: (node: HTMLElement) => boolean, limit = 120) {
  for (let i = 0; i < limit; i++) {
    const node = active(el);
    if (node && matches(node)) return node;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('focus never reached the target');
}

describe('<pbgdpl-legal-docs>', () => {
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startUrl);
  });

  it('lists the seeded documents with numbers, dates and statuses, accessibly', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    expect(results(el)).to.have.length(10);
    for (const result of results(el)) {
      expect(result.querySelector('.number')!.textContent!.trim()).to.not.be.empty;
      expect(result.querySelector('.title .doc-link')).to.exist;
      expect(result.querySelector('.badge')!.textContent!.trim()).to.not.be.empty;
      const dates = [...result.querySelectorAll('dd')].map((dd) => dd.textContent!.trim());
      expect(dates.some((text) => /^\d{2}\/\d{2}\/\d{4}$/.test(text))).to.equal(true);
    }
    expect(count(el)).to.match(/^Tìm thấy [\d.]+ văn bản$/);
    expect($(el, 'form[role="search"] label')!.textContent).to.equal('Tìm văn bản');
    for (const name of ['type', 'issuer', 'field', 'status', 'year'])
      expect($(el, `#facet-${name}`), name).to.exist;
    await expect(el).to.be.accessible();
  });

  it('announces the total in a polite live region and fires pbgdpl-search', async () => {
    const el = document.createElement('pbgdpl-legal-docs');
    el.api = api;
    el.noUrl = true;
    const searched = oneEvent(el, 'pbgdpl-search');
    document.body.append(el);
    const { detail } = await searched;
    await el.updateComplete;
    const page = await apiGet<DocumentPage>('/documents?pageSize=1');
    expect(detail).to.deep.equal({ q: '', filters: {}, total: page.total });
    const live = $(el, '.count')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.textContent!.trim()).to.equal(`Tìm thấy ${page.total.toLocaleString('vi-VN')} văn bản`);
    el.remove();
  });

  it('shows skeleton rows of fixed height while loading, accessibly', async () => {
    const el = await fixture<PbgdplLegalDocs>(
      html`<pbgdpl-legal-docs api="${location.origin}/outage/slow/api/v1" no-url></pbgdpl-legal-docs>`,
    );
    const rows = $$(el, '.skeleton-row');
    expect(rows).to.have.length(10);
    const heights = new Set(rows.map((row) => row.getBoundingClientRect().height));
    expect(heights.size).to.equal(1);
    expect($(el, '.skeleton')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('finds a document typed without diacritics, debounced, with highlights', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    input(el).focus();
    const searched = oneEvent(el, 'pbgdpl-search');
    // A seeded document: "Hướng dẫn thực hiện thủ tục đăng ký biến động đất đai tại cấp xã".
    await sendKeys({ type: 'dang ky bien dong dat dai' });
    expect(results(el).length).to.be.greaterThan(0); // nothing changes while typing
    const { detail } = await searched;
    expect(detail.q).to.equal('dang ky bien dong dat dai');
    await el.updateComplete;
    expect(detail.total).to.be.greaterThan(0);
    expect(titles(el)).to.include('Hướng dẫn thực hiện thủ tục đăng ký biến động đất đai tại cấp xã');
    const marks = $$(el, '.result mark').map((mark) => mark.textContent!.toLowerCase());
    expect(marks.some((text) => /đất|đai/.test(text))).to.equal(true);
    expect($(el, '[data-chip="q"]')).to.exist;
  });

  it('searches at once on Enter', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    input(el).focus();
    await sendKeys({ type: 'hoa giai' });
    const started = performance.now();
    await after(el, () => sendKeys({ press: 'Enter' }));
    expect(performance.now() - started).to.be.lessThan(1500);
    expect(titles(el).join(' ').toLowerCase()).to.match(/hòa giải|hoà giải/);
  });

  it('filters with a facet toggle, and the chip removes the filter by keyboard', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    const total = count(el);
    const button = facetButton(el, 'type');
    const label = button.querySelector('.facet-label')!.textContent!.trim();
    const expected = button.querySelector('.facet-count')!.textContent!.trim();
    await after(el, () => button.click());
    expect(facetButton(el, 'type').getAttribute('aria-pressed')).to.equal('true');
    expect(count(el)).to.equal(`Tìm thấy ${expected} văn bản`);
    for (const result of results(el)) expect(result.querySelector('dd')!.textContent!.trim()).to.equal(label);
    const chip = $<HTMLButtonElement>(el, '[data-chip="type"]')!;
    expect(chip.getAttribute('aria-label')).to.equal(`Bỏ lọc Loại văn bản: ${label}`);
    await expect(el).to.be.accessible();
    chip.focus();
    await after(el, () => sendKeys({ press: 'Enter' }));
    expect($(el, '[data-chip="type"]')).to.equal(null);
    expect(count(el)).to.equal(total);
    // Focus did not fall to the page: it went back to the search box.
    expect(active(el)).to.equal(input(el));
  });

  it('clears every filter with "Xóa bộ lọc"', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    await after(el, () => facetButton(el, 'status').click());
    await after(el, () => facetButton(el, 'year').click());
    expect($$(el, '.chip')).to.have.length(2);
    await after(el, () => $<HTMLButtonElement>(el, '.clear')!.click());
    expect($$(el, '.chip')).to.have.length(0);
  });

  it('pages with a navigation whose current page is marked, and moves focus to the results heading', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url page-size="5"></pbgdpl-legal-docs>`);
    const first = titles(el);
    const nav = $(el, 'nav.pager')!;
    expect(nav.getAttribute('aria-label')).to.equal('Phân trang kết quả');
    expect($(el, '[aria-current="page"]')!.textContent!.trim()).to.equal('1');
    const two = $$<HTMLButtonElement>(el, '.pager-page').find((b) => b.textContent!.trim() === '2')!;
    await after(el, () => two.click());
    expect($(el, '[aria-current="page"]')!.textContent!.trim()).to.equal('2');
    expect(titles(el)).to.not.deep.equal(first);
    expect(active(el)?.id).to.equal('results-heading');
  });

  it('shows the facets as an open sidebar in a wide container, folded in a narrow one', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    const facetHeight = () => $(el, '.facet-value')!.getBoundingClientRect().height;
    el.style.width = '70em';
    await waitUntil(() => facetHeight() > 0, 'facets hidden in a wide container');
    expect($<HTMLDetailsElement>(el, 'details.facets')!.open, 'shown without being opened').to.equal(false);
    el.style.width = '30em';
    await waitUntil(() => facetHeight() === 0, 'facets did not fold in a narrow container');
  });

  it('hides the facet of a preset issuer and applies it always', async () => {
    const el = await loaded(
      html`<pbgdpl-legal-docs api=${api} no-url issuer="so-tu-phap"></pbgdpl-legal-docs>`,
    );
    expect($(el, '#facet-issuer')).to.equal(null);
    expect($(el, '#facet-type')).to.exist;
    expect(results(el).length).to.be.greaterThan(0);
    for (const result of results(el))
      expect(result.querySelectorAll('dd')[1]!.textContent).to.contain('Sở Tư pháp');
    await after(el, () => facetButton(el, 'type').click());
    expect($(el, '[data-chip="issuer"]')).to.equal(null);
    for (const result of results(el))
      expect(result.querySelectorAll('dd')[1]!.textContent).to.contain('Sở Tư pháp');
  });

  it('marks a former issuer with the day it ceased and the unit that took over ("nay là")', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url issuer="long-an"></pbgdpl-legal-docs>`);
    expect(results(el).length).to.be.greaterThan(0);
    const notes = $$(el, '.historical').map((node) => node.textContent);
    expect(notes).to.have.length(results(el).length);
    expect(notes[0]).to.equal('(trước 01/07/2025; nay là Ủy ban nhân dân tỉnh Tây Ninh)');
  });

  it('shows a compact list of the newest documents with "Xem tất cả"', async () => {
    const el = await loaded(
      html`<pbgdpl-legal-docs api=${api} no-url view="compact" more-href="/van-ban"></pbgdpl-legal-docs>`,
    );
    const items = $$(el, '.compact-item');
    expect(items).to.have.length(5);
    expect($(el, 'form')).to.equal(null);
    const dates = items.map((item) => item.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    expect(items[0]!.querySelector('time')!.textContent).to.match(/^\d{2}\/\d{2}\/\d{4}$/);
    const more = $<HTMLAnchorElement>(el, 'a.more')!;
    expect(more.getAttribute('href')).to.equal('/van-ban');
    expect(more.textContent).to.contain('Xem tất cả');
    await expect(el).to.be.accessible();
  });

  it('opens a document inline and returns focus to it from the back button', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    const link = $$<HTMLElement>(el, '.doc-link')[2]!;
    const id = Number(link.dataset.itemId);
    const loadsOutside: Event[] = [];
    el.addEventListener('pbgdpl-load', (event) => loadsOutside.push(event));
    const opened = oneEvent(el, 'pbgdpl-document-open');
    link.click();
    expect((await opened).detail).to.deep.equal({ id });
    await el.updateComplete;
    const doc = $(el, 'pbgdpl-legal-doc')!;
    const docLoaded = oneEvent(doc, 'pbgdpl-load');
    expect(doc.getAttribute('document-id')).to.equal(String(id));
    expect($(el, '.results')).to.equal(null);
    expect(active(el)).to.equal($(el, '.back'));
    await docLoaded;
    await waitUntil(() => doc.shadowRoot?.textContent?.trim(), 'detail did not render', { timeout: 8000 });
    expect(loadsOutside, 'the load event of the document left the list').to.have.length(0);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.back')!.click();
    await el.updateComplete;
    expect($(el, 'pbgdpl-legal-doc')).to.equal(null);
    expect(active(el)?.dataset.itemId).to.equal(String(id));
  });

  it('follows a relation opened inside the detail, in the address too', async () => {
    history.replaceState(null, '', address('t3-doc=1'));
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} url-prefix="t3-"></pbgdpl-legal-docs>`);
    const doc = $(el, 'pbgdpl-legal-doc')!;
    doc.dispatchEvent(
      new CustomEvent('pbgdpl-document-open', {
        detail: { id: 2 },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('t3-doc')).to.equal('2');
    expect($(el, 'pbgdpl-legal-doc')!.getAttribute('document-id')).to.equal('2');
  });

  it('lets the host cancel opening a document', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    el.addEventListener('pbgdpl-document-open', (event) => event.preventDefault(), { once: true });
    $<HTMLElement>(el, '.doc-link')!.click();
    await el.updateComplete;
    expect($(el, 'pbgdpl-legal-doc')).to.equal(null);
  });

  it('opens a document in a modal dialog that Esc closes, returning focus', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url detail="dialog"></pbgdpl-legal-docs>`);
    const link = $$<HTMLElement>(el, '.doc-link')[1]!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect($(el, 'dialog pbgdpl-legal-doc')!.getAttribute('document-id')).to.equal(link.dataset.itemId);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog did not close');
    await el.updateComplete;
    expect(active(el)).to.equal(link);
    // And with the close button.
    link.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    $<HTMLButtonElement>(el, '.close')!.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(active(el)).to.equal(link);
  });

  it('renders links to the host page in link mode', async () => {
    const el = await loaded(
      html`<pbgdpl-legal-docs api=${api} detail="link" detail-href="/van-ban?id={id}"></pbgdpl-legal-docs>`,
    );
    const links = $$<HTMLAnchorElement>(el, '.doc-link');
    expect(links).to.have.length(10);
    for (const link of links) {
      expect(link.tagName).to.equal('A');
      expect(link.getAttribute('href')).to.equal(`/van-ban?id=${link.dataset.itemId}`);
    }
    expect($(el, 'dialog, pbgdpl-legal-doc')).to.equal(null);
  });

  it('restores the search and the open document from the address', async () => {
    const page = await apiGet<DocumentPage>('/documents?pageSize=1&q=dat+dai');
    const id = page.items[0]!.id;
    history.replaceState(null, '', `${address(`keep=1&t1-q=dat%20dai&t1-doc=${id}`)}#top`);
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} url-prefix="t1-"></pbgdpl-legal-docs>`);
    expect($(el, 'pbgdpl-legal-doc')!.getAttribute('document-id')).to.equal(String(id));
    $<HTMLButtonElement>(el, '.back')!.click();
    await ready(el);
    expect(input(el).value).to.equal('dat dai');
    expect(location.search.endsWith('&keep=1&t1-q=dat%20dai')).to.equal(true);
    expect(location.hash).to.equal('#top');
    expect(active(el)?.dataset.itemId ?? active(el)?.id).to.be.oneOf([String(id), 'results-heading']);
  });

  it('writes user actions to the address and follows Back', async () => {
    history.replaceState(null, '', address('other=x%20y'));
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} url-prefix="t2-"></pbgdpl-legal-docs>`);
    const depth = history.length;
    await after(el, () => facetButton(el, 'status').click());
    expect(history.length).to.equal(depth + 1);
    const status = new URLSearchParams(location.search).get('t2-status');
    expect(status).to.be.a('string');
    expect(location.search).to.contain('&other=x%20y&t2-status=');
    await after(el, () => facetButton(el, 'year').click());
    expect(new URLSearchParams(location.search).get('t2-year')).to.match(/^\d{4}$/);
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await ready(el);
    await waitUntil(() => $$(el, '.chip').length === 1, 'Back did not remove the year');
    expect(facetButton(el, 'status').getAttribute('aria-pressed')).to.equal('true');
    history.back();
    await waitUntil(() => $$(el, '.chip').length === 0, 'Back did not remove the status');
  });

  it('keeps two widgets with different prefixes apart', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <pbgdpl-legal-docs api=${api} url-prefix="a-"></pbgdpl-legal-docs>
        <pbgdpl-legal-docs api=${api} url-prefix="b-" view="compact"></pbgdpl-legal-docs>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('pbgdpl-legal-docs')] as PbgdplLegalDocs[];
    await ready(a!);
    await ready(b!);
    await after(a!, () => facetButton(a!, 'type').click());
    const params = new URLSearchParams(location.search);
    expect(params.get('a-type')).to.be.a('string');
    expect([...params.keys()].filter((key) => key.startsWith('b-'))).to.deep.equal([]);
    $<HTMLElement>(b!, '.doc-link')!.click();
    await b!.updateComplete;
    const after2 = new URLSearchParams(location.search);
    expect(after2.get('b-doc')).to.equal($(b!, 'pbgdpl-legal-doc')!.getAttribute('document-id'));
    expect(after2.get('a-type')).to.equal(params.get('a-type'));
    expect(after2.get('a-doc')).to.equal(null);
    expect($(a!, 'pbgdpl-legal-doc')).to.equal(null);
  });

  it('can be walked with the keyboard alone: search, result, detail and back', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    input(el).focus();
    await sendKeys({ type: 'quyet dinh' });
    await after(el, () => sendKeys({ press: 'Enter' }));
    const link = await tabTo(el, (node) => node.classList.contains('doc-link'));
    const id = link.dataset.itemId;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.back'));
    expect($(el, 'pbgdpl-legal-doc')!.getAttribute('document-id')).to.equal(id);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.dataset.itemId).to.equal(id);
  });

  it('shows the error with a retry button on a 500, accessibly', async () => {
    const el = await fixture<PbgdplLegalDocs>(
      html`<pbgdpl-legal-docs api="${location.origin}/outage/500/api/v1" no-url></pbgdpl-legal-docs>`,
    );
    const { detail } = await oneEvent(el, 'pbgdpl-error');
    expect(detail).to.include({ kind: 'http', status: 500 });
    await el.updateComplete;
    expect($(el, '.state.error [part~="retry"]')).to.exist;
    expect($(el, '.state.error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('recovers from a flaky API', async () => {
    const el = await loaded(
      html`<pbgdpl-legal-docs api="${location.origin}/outage/flaky/api/v1" no-url></pbgdpl-legal-docs>`,
    );
    expect($(el, '.state.error')).to.equal(null);
    expect(results(el).length).to.be.greaterThan(0);
  });

  it('says the data is invalid when the API answers malformed JSON', async () => {
    const el = await fixture<PbgdplLegalDocs>(
      html`<pbgdpl-legal-docs api="${location.origin}/outage/malformed/api/v1" no-url></pbgdpl-legal-docs>`,
    );
    const { detail } = await oneEvent(el, 'pbgdpl-error');
    expect(detail.kind).to.equal('parse');
    await el.updateComplete;
    expect($(el, '.state.error')!.textContent).to.contain('Dữ liệu nhận được không hợp lệ');
  });

  it('suggests what to try when nothing matches, and clears the search', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    input(el).focus();
    await sendKeys({ type: 'zzqxw khongcovanban' });
    await after(el, () => sendKeys({ press: 'Enter' }));
    const empty = $(el, '.state.empty')!;
    expect(empty.textContent).to.contain('Không tìm thấy văn bản phù hợp');
    expect(empty.textContent).to.contain('không dấu');
    expect(count(el)).to.equal('Tìm thấy 0 văn bản');
    await expect(el).to.be.accessible();
    await after(el, () => empty.querySelector('button')!.click());
    expect(results(el).length).to.be.greaterThan(0);
    expect(input(el).value).to.equal('');
  });

  it('offers the search with a typo corrected as a link that runs it, accessibly', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api}></pbgdpl-legal-docs>`);
    input(el).focus();
    await sendKeys({ type: 'đăng ký bein động' });
    await after(el, () => sendKeys({ press: 'Enter' }));
    expect(count(el)).to.equal('Tìm thấy 0 văn bản');
    const offer = $(el, '.did-you-mean')!;
    expect(offer.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Có phải bạn muốn tìm: đăng ký bien động \(\d+ văn bản\)$/,
    );
    await expect(el).to.be.accessible();
    const link = offer.querySelector<HTMLAnchorElement>('a.corrected')!;
    expect(new URL(link.href).searchParams.get('vb-q')).to.equal('đăng ký bien động');
    await after(el, () => link.click());
    expect(input(el).value).to.equal('đăng ký bien động');
    expect(titles(el)).to.include('Hướng dẫn thực hiện thủ tục đăng ký biến động đất đai tại cấp xã');
    expect($(el, '.did-you-mean')).to.equal(null);
    expect(active(el)?.id).to.equal('results-heading');
    expect(new URL(location.href).searchParams.get('vb-q')).to.equal('đăng ký bien động');
  });

  it('offers the corrected search in English, as a button without the address, by keyboard', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url lang="en"></pbgdpl-legal-docs>`);
    input(el).focus();
    await sendKeys({ type: 'tre emm' });
    await after(el, () => sendKeys({ press: 'Enter' }));
    const offer = $(el, '.did-you-mean')!;
    expect(offer.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Did you mean: tre em \(\d+ documents?\)$/,
    );
    await expect(el).to.be.accessible();
    await tabTo(el, (node) => node.classList.contains('corrected'));
    await after(el, () => sendKeys({ press: 'Enter' }));
    expect(input(el).value).to.equal('tre em');
    expect(results(el).length).to.be.greaterThan(0);
  });

  it('never runs markup from a hostile title, highlighted or not', async () => {
    const response = await fetch(`${api}/admin/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        number: '999/2026/QĐ-XSS',
        title:
          'Quy định xuongrongdo <img src=x onerror="window.__pbgdplXss=1"> <script>window.__pbgdplXss=2</script>',
        type: 'quyet-dinh',
        issuerId: 'so-tu-phap',
        issuedOn: '2026-01-02',
        status: 'in-force',
        fields: ['tu-phap'],
        summary: 'xuongrongdo <img src=x onerror="window.__pbgdplXss=3">',
        body: '<p>Nội dung</p>',
      }),
    });
    expect(response.status, await response.clone().text()).to.equal(201);
    const w = window as unknown as { __pbgdplXss?: number };
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url></pbgdpl-legal-docs>`);
    input(el).focus();
    await sendKeys({ type: 'xuongrongdo' });
    await after(el, () => sendKeys({ press: 'Enter' }));
    expect(results(el)).to.have.length(1);
    expect(titles(el)[0]).to.contain('<img src=x');
    expect($(el, '.result mark')).to.exist;
    expect($(el, '.result img, .result script')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(w.__pbgdplXss).to.equal(undefined);
  });

  it('speaks English when asked', async () => {
    const el = await loaded(html`<pbgdpl-legal-docs api=${api} no-url lang="en"></pbgdpl-legal-docs>`);
    expect($(el, '#results-heading')!.textContent).to.equal('Search results');
    expect(count(el)).to.match(/^Found [\d,]+ documents?$/);
    expect($(el, 'label[for="q"]')!.textContent).to.equal('Search documents');
  });

  it('registers safely twice', async () => {
    const { PbgdplLegalDocs } = await import('../src/legal-docs.ts');
    expect(customElements.get('pbgdpl-legal-docs')).to.equal(PbgdplLegalDocs);
  });
});
