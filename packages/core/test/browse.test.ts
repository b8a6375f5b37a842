import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, nothing } from 'lit';
import {
  BrowseController,
  browseStyles,
  idParam,
  oneOfParam,
  pageParam,
  pageWindow,
  renderBack,
  renderDetailDialog,
  renderPager,
  renderSkeleton,
  textParam,
  translator,
  TYPING_DELAY,
  UrlCodec,
} from '../src/index.ts';

/**
 * The browsing pieces every list widget is made of, tested once here on a minimal widget: the
 * address codec, history steps, typing, open and close with focus, the dialog and its focus
 * trap, pages and loading rows.
 */
interface State {
  q: string;
  kind: 'a' | 'b' | undefined;
  page: number;
  id: number | undefined;
}
const codec = new UrlCodec<State>({
  q: textParam(),
  kind: oneOfParam(['a', 'b'] as const, 'k'),
  page: pageParam(),
  id: idParam(),
});
const t = translator('vi', 'core');

/** A nested widget with its own shadow root, as a document inside the legal-docs dialog. */
class NestedLinks extends LitElement {
  protected override render() {
    return html`<a href="#one">một</a> <a href="#two">hai</a>`;
  }
}
customElements.define('test-nested-links', NestedLinks);

class TestBrowser extends LitElement {
  static override styles = [browseStyles];
  static override properties = { mode: {} };
  mode: 'inline' | 'dialog' = 'inline';
  readonly browse = new BrowseController<State>(this, {
    codec,
    detailKey: 'id',
    address: () => ({ prefix: 't-', enabled: true }),
    fallbackFocus: 'h2',
  });

  protected override updated(): void {
    if (this.mode === 'dialog') this.browse.syncDialog(this.renderRoot.querySelector('dialog'));
  }

  protected override render() {
    const { browse } = this;
    const open = browse.openId;
    const detail = html`<p>Mục ${open}</p>
      <test-nested-links></test-nested-links>`;
    if (open !== undefined && this.mode === 'inline')
      return html`<div class="detail">${renderBack(t, browse.close)} ${detail}</div>`;
    return html`<form @submit=${browse.onSubmit}>
        <input aria-label="q" .value=${browse.draft} @input=${browse.onInput} />
      </form>
      <h2 tabindex="-1">Kết quả</h2>
      <ul>
        ${[1, 2, 3].map(
          (id) =>
            html`<li>
              <button
                data-item-id=${id}
                @click=${() => browse.open(id, this.mode === 'inline' ? '.back' : undefined)}
              >
                ${id}
              </button>
            </li>`,
        )}
      </ul>
      ${this.mode === 'dialog'
        ? renderDetailDialog(
            { t, label: 'Chi tiết', onClose: browse.close, onKeydown: browse.trapFocus },
            open === undefined ? nothing : detail,
          )
        : nothing}`;
  }
}
customElements.define('test-browser', TestBrowser);

const startUrl = location.href;
const param = (name: string) => new URL(location.href).searchParams.get(name);
const focused = (el: TestBrowser) => el.shadowRoot!.activeElement as HTMLElement | null;
const popTo = async (go: () => void) => {
  const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  go();
  await popped;
};

describe('UrlCodec', () => {
  it('reads its own valid parameters, writes them in order, and keeps every other one and the hash', () => {
    expect(codec.read('?t-q=%C4%91%E1%BA%A5t&t-k=b&t-page=2&t-id=7&x=1', 't-')).to.deep.equal({
      q: 'đất',
      kind: 'b',
      page: 2,
      id: 7,
    });
    expect(codec.read('?t-k=z&t-page=0&t-id=-1&t-q=%20%20', 't-')).to.deep.equal(codec.empty());
    const href = codec.withState(
      'https://x.vn/p?b=1&t-q=old&a=%20#h',
      { ...codec.empty(), q: 'mới', page: 3 },
      't-',
    );
    expect(href).to.equal('https://x.vn/p?b=1&a=%20&t-q=m%E1%BB%9Bi&t-page=3#h');
    expect(codec.withState(href, codec.empty(), 't-')).to.equal('https://x.vn/p?b=1&a=%20#h');
    expect(codec.same({ ...codec.empty(), page: 1 }, codec.empty())).to.equal(true);
  });

  it('windows page numbers', () => {
    expect(pageWindow(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageWindow(6, 15)).to.deep.equal([1, 0, 4, 5, 6, 7, 8, 0, 15]);
  });
});

describe('BrowseController', () => {
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startUrl);
  });

  it('makes a history entry for each step, none for the same state, and follows Back and Forward', async () => {
    const el = await fixture<TestBrowser>(html`<test-browser></test-browser>`);
    const length = history.length;
    el.browse.change({ kind: 'a' });
    el.browse.change({ page: 2 });
    expect(history.length).to.equal(length + 2);
    el.browse.change({ page: 2 });
    expect(history.length, 'the same state is no new step').to.equal(length + 2);
    el.browse.change({ page: 3 }, 'replace');
    expect(history.length).to.equal(length + 2);
    expect(param('t-page')).to.equal('3');
    await popTo(() => history.back());
    expect(el.browse.state).to.deep.equal({ ...codec.empty(), kind: 'a' });
    await popTo(() => history.forward());
    expect(el.browse.state.page).to.equal(3);
  });

  it('searches after a pause in typing: one history entry per typing run, Enter at once', async () => {
    const el = await fixture<TestBrowser>(html`<test-browser></test-browser>`);
    const input = el.shadowRoot!.querySelector('input')!;
    const length = history.length;
    input.focus();
    await sendKeys({ type: 'dat' });
    expect(el.browse.state.q, 'not before the pause').to.equal('');
    await waitUntil(() => el.browse.state.q === 'dat', 'searched after the pause', {
      timeout: TYPING_DELAY * 4,
    });
    await sendKeys({ type: ' dai' });
    await waitUntil(() => el.browse.state.q === 'dat dai', 'searched again', { timeout: TYPING_DELAY * 4 });
    expect(history.length, 'one entry for the run').to.equal(length + 1);
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Enter' });
    expect(el.browse.state.q, 'Enter searches at once').to.equal('dat daix');
    expect(param('t-q')).to.equal('dat daix');
  });

  it('opens an item inline, moves focus to Back, and gives focus back to the item on close and on Back', async () => {
    const el = await fixture<TestBrowser>(html`<test-browser></test-browser>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-item-id="2"]')!.click();
    await el.updateComplete;
    expect(param('t-id')).to.equal('2');
    expect(focused(el)?.classList.contains('back')).to.equal(true);
    focused(el)!.click();
    await el.updateComplete;
    expect(focused(el)?.dataset.itemId).to.equal('2');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-item-id="3"]')!.click();
    await el.updateComplete;
    await popTo(() => history.back());
    await el.updateComplete;
    expect(el.browse.openId).to.equal(undefined);
    expect(focused(el)?.dataset.itemId, 'Back returns to the item too').to.equal('3');
  });

  it('keeps the dialog open exactly while an item is, Tab cycling through nested widgets, Esc closing it', async () => {
    const el = await fixture<TestBrowser>(html`<test-browser .mode=${'dialog'}></test-browser>`);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const item = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-item-id="1"]')!;
    item.focus();
    item.click();
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    const close = dialog.querySelector<HTMLButtonElement>('.close')!;
    close.focus();
    const nested = dialog.querySelector('test-nested-links')!;
    await sendKeys({ press: 'Shift+Tab' });
    expect(
      nested.shadowRoot!.activeElement?.getAttribute('href'),
      'from the first back to the last',
    ).to.equal('#two');
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'from the last on to the first').to.equal(close);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(param('t-id')).to.equal(null);
    expect(focused(el)).to.equal(item);
  });
});

describe('pager and loading rows', () => {
  it('render accessibly: the current page marked, previous and next disabled at the ends', async () => {
    const pages: number[] = [];
    const el = await fixture(
      html`<div>
        ${renderPager({
          t,
          lang: 'vi',
          page: 1,
          pages: 12,
          onPage: (p) => pages.push(p),
          label: 'Trang kết quả',
        })}
        ${renderSkeleton('Đang tải…', 3)}
      </div>`,
    );
    expect(el.querySelector('[aria-current="page"]')?.getAttribute('aria-label')).to.equal('Trang 1');
    expect(el.querySelector<HTMLButtonElement>('.pager-step')!.disabled).to.equal(true);
    el.querySelectorAll<HTMLButtonElement>('.pager-step')[1]!.click();
    expect(pages).to.deep.equal([2]);
    expect(el.querySelectorAll('.skeleton-row')).to.have.length(3);
    expect(el.querySelector('[role="status"][aria-busy="true"]')?.textContent).to.contain('Đang tải…');
    await expect(el).to.be.accessible();
  });
});
