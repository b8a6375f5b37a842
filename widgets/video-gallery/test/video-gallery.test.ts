import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoPage, VideoSummary } from '@pbgdpl/contract';
import '../src/video-gallery.ts';
import type { PbgdplVideoGallery } from '../src/video-gallery.ts';
import { srcsetWidths, uploadLibraryImage } from '../../../test/support/library-image.ts';

const api = `${location.origin}/api/v1`;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const startUrl = location.href;
const address = (query: string) => {
  const url = new URL(startUrl);
  return `${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
};

const $ = <T extends Element = HTMLElement>(el: PbgdplVideoGallery, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PbgdplVideoGallery, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const cards = (el: PbgdplVideoGallery) => $$<HTMLAnchorElement>(el, '.card');
const active = (el: PbgdplVideoGallery) => el.shadowRoot!.activeElement as HTMLElement | null;
const dialog = (el: PbgdplVideoGallery) => $<HTMLDialogElement>(el, 'dialog')!;

async function settled(
  el: PbgdplVideoGallery,
  selector = '.card, .state, .player',
): Promise<PbgdplVideoGallery> {
  await waitUntil(
    () => $(el, selector) && !$(el, '.state-loading, .state.loading'),
    `${selector} never showed`,
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
  return el;
}

/** Types into the search box and submits, as a reader would. */
function search(el: PbgdplVideoGallery, text: string): void {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  $<HTMLFormElement>(el, 'form')!.requestSubmit();
}

let all: VideoSummary[] = [];
const byTitle = (part: string) => all.find((v) => v.title.includes(part))!;

/** Every URL the page has fetched so far (images, scripts, media, frames), from Resource Timing. */
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const foreign = () => fetched().filter((url) => new URL(url).origin !== location.origin);

describe('<pbgdpl-video-gallery>', () => {
  before(async () => {
    all = ((await (await fetch(`${api}/videos?pageSize=100`)).json()) as VideoPage).items;
  });
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startUrl);
  });

  it('shows a grid of lazy posters in fixed boxes, with dates and durations, accessibly', async () => {
    const el = await settled(
      await fixture<PbgdplVideoGallery>(html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`),
    );
    expect(cards(el)).to.have.length(12);
    expect($(el, '.count')!.textContent).to.match(new RegExp(`${all.length} video`));
    for (const card of cards(el)) {
      const img = card.querySelector('img')!;
      expect(img.loading).to.equal('lazy');
      expect(img.alt).to.equal('');
      const box = card.querySelector('.thumb')!.getBoundingClientRect();
      expect(Math.abs(box.height - (box.width * 9) / 16)).to.be.lessThan(1.5);
      expect(card.querySelector('time')!.textContent).to.match(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(card.querySelector('.duration')!.textContent).to.match(/^\d+:\d{2}(:\d{2})?$/);
      expect(card.textContent).to.match(/Thời lượng/);
    }
    expect($(el, '.pager')).to.exist;
    // Search above the posters; several posters per row when there is room.
    expect($(el, 'form')!.getBoundingClientRect().bottom).to.be.at.most(
      $(el, '.grid')!.getBoundingClientRect().top,
    );
    const [first, second] = cards(el).map((card) => card.getBoundingClientRect());
    expect(Math.round(second!.top)).to.equal(Math.round(first!.top));
    expect(second!.left).to.be.greaterThan(first!.right);
    await expect(el).to.be.accessible();
  });

  it('reserves the grid while loading, and shows an error with a retry', async () => {
    const loading = await fixture<PbgdplVideoGallery>(
      html`<pbgdpl-video-gallery api="${location.origin}/outage/slow/api/v1"></pbgdpl-video-gallery>`,
    );
    await loading.updateComplete;
    expect($$(loading, '.skeleton .thumb')).to.have.length(12);
    expect($(loading, '[role="status"][aria-busy="true"]')).to.exist;
    await expect(loading).to.be.accessible();
    const el = await fixture<PbgdplVideoGallery>(
      html`<pbgdpl-video-gallery api="${location.origin}/outage/500/api/v1"></pbgdpl-video-gallery>`,
    );
    await oneEvent(el, 'pbgdpl-error');
    await el.updateComplete;
    expect($(el, '.state.error .retry')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('searches without accents, filters by category, pages, and offers to clear', async () => {
    const el = await settled(
      await fixture<PbgdplVideoGallery>(html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`),
    );
    search(el, 'hoa giai ranh dat');
    await waitUntil(() => cards(el).length === 1, 'search did not narrow the list');
    expect(cards(el)[0]!.textContent).to.include('Hòa giải tranh chấp ranh đất');
    expect(new URL(location.href).searchParams.get('vd-q')).to.equal('hoa giai ranh dat');

    search(el, '');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'toa-dam';
    select.dispatchEvent(new Event('change'));
    const talks = all.filter((v) => v.category === 'toa-dam').length;
    await waitUntil(() => cards(el).length === talks && !$(el, '.state-loading'), 'category filter');
    expect(cards(el).every((card) => card.textContent!.includes('Tọa đàm'))).to.equal(true);

    search(el, 'khong co video nao nhu vay');
    await waitUntil(() => $(el, '.state.empty'), 'no empty state');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.state.empty .retry')!.click();
    await waitUntil(() => cards(el).length === 12, 'clearing did not bring the list back');
    $$<HTMLButtonElement>(el, '.pager button').at(-1)!.click();
    await waitUntil(() => cards(el).length === all.length - 12, 'page 2');
    expect(active(el)?.classList.contains('count')).to.equal(true);
  });

  it('plays in a modal dialog that keeps focus inside and gives it back, with captions on', async () => {
    const el = await settled(
      await fixture<PbgdplVideoGallery>(html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`),
    );
    const video = byTitle('Hòa giải tranh chấp ranh đất');
    const card = $<HTMLAnchorElement>(el, `[data-item-id="${video.id}"]`)!;
    card.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, 'dialog .player');
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(new URL(location.href).searchParams.get('vd-v')).to.equal(String(video.id));
    // Tab and Shift+Tab never leave the dialog.
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: i < 8 ? 'Tab' : 'Shift+Tab' });
      expect(dialog(el).contains(active(el)), `focus left the dialog at step ${i}`).to.equal(true);
    }
    const media = $<HTMLVideoElement>(el, 'dialog video')!;
    expect(media.textTracks.length).to.equal(2);
    const vi = [...media.textTracks].find((t) => t.language === 'vi')!;
    await waitUntil(
      () => vi.mode === 'showing' && (vi.cues?.length ?? 0) > 0,
      'Vietnamese captions not showing',
    );
    expect([...vi.cues!].map((cue) => (cue as VTTCue).text)[0]).to.match(/Hàng rào/);
    expect($(el, 'dialog details.transcript')).to.exist;
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Esc did not close');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, `[data-item-id="${video.id}"]`));
    expect(new URL(location.href).searchParams.get('vd-v')).to.equal(null);
  });

  it('shows one video for video-id, with English captions on an English page', async () => {
    const video = byTitle('Hòa giải tranh chấp ranh đất');
    const el = await settled(
      await fixture<PbgdplVideoGallery>(
        // video-id alone means layout="single".
        html`<pbgdpl-video-gallery api=${api} video-id=${video.id} lang="en"></pbgdpl-video-gallery>`,
      ),
      '.player',
    );
    const media = $<HTMLVideoElement>(el, 'video')!;
    const en = [...media.textTracks].find((t) => t.language === 'en')!;
    await waitUntil(
      () => en.mode === 'showing' && (en.cues?.length ?? 0) > 0,
      'English captions not showing',
    );
    expect([...media.textTracks].find((t) => t.language === 'vi')!.mode).to.not.equal('showing');
    expect($(el, '.meta')!.textContent).to.match(/Published/);
    await expect(el).to.be.accessible();
  });

  it('opens the video named in the address (deep link)', async () => {
    const video = byTitle('Uống rượu bia');
    history.replaceState(null, '', address(`vd-v=${video.id}`));
    const el = await settled(
      await fixture<PbgdplVideoGallery>(html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`),
      'dialog .player',
    );
    expect(dialog(el).open).to.equal(true);
    expect($(el, 'dialog .video-title')!.textContent).to.equal(video.title);
  });

  it('contacts YouTube only after play is pressed, then through youtube-nocookie', async () => {
    const video = all.find((v) => v.youtubeId)!;
    const before = foreign();
    const el = await settled(
      await fixture<PbgdplVideoGallery>(
        html`<pbgdpl-video-gallery
          api=${api}
          playback="inline"
          page-size="20"
          no-url
          no-track
        ></pbgdpl-video-gallery>`,
      ),
    );
    $<HTMLButtonElement>(el, `[data-item-id="${video.id}"]`)!.click();
    await settled(el, '.player');
    expect($(el, 'iframe')).to.equal(null);
    expect($(el, '.facade img')!.getAttribute('src')).to.match(new RegExp(`^${location.origin}/media/`));
    expect($(el, '.note')!.textContent).to.match(/youtube-nocookie/);
    await expect(el).to.be.accessible();
    // Let lazy images and anything else the facade might pull settle, then read the log.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(foreign()).to.deep.equal(before);

    const played = oneEvent(el, 'pbgdpl-video-play');
    $<HTMLButtonElement>(el, '.facade')!.click();
    expect((await played).detail).to.deep.equal({ id: video.id, source: 'youtube' });
    await el.updateComplete;
    const frame = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(frame.src).to.match(
      new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${video.youtubeId}\\?autoplay=1`),
    );
    expect(frame.title).to.equal(video.title);
    expect(active(el)).to.equal(frame);
    // The same log does see third-party requests: the iframe's is there now.
    await waitUntil(
      () => foreign().some((url) => url.startsWith('https://www.youtube-nocookie.com/')),
      'not logged',
    );
    $<HTMLButtonElement>(el, '.back')!.click();
    await settled(el);
    expect(active(el)).to.equal($(el, `[data-item-id="${video.id}"]`));
  });

  it('sends a view and a play beacon for a native video', async () => {
    const sent: string[] = [];
    const original = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      if (data instanceof Blob) void data.text().then((text) => sent.push(text));
      return original(url, data);
    };
    try {
      const video = byTitle('khai sinh');
      const el = await settled(
        await fixture<PbgdplVideoGallery>(
          html`<pbgdpl-video-gallery api=${api} layout="single" video-id=${video.id}></pbgdpl-video-gallery>`,
        ),
        '.player',
      );
      const media = $<HTMLVideoElement>(el, 'video')!;
      media.muted = true;
      const played = oneEvent(el, 'pbgdpl-video-play');
      await media.play();
      expect((await played).detail).to.deep.equal({ id: video.id, source: 'file' });
      media.pause();
      // Beacons travel in batches (earlier tests' views may share one): wait for this video's two.
      const ofThisVideo = () =>
        sent
          .flatMap(
            (text) =>
              (JSON.parse(text) as { events: Array<{ type: string; subject: string; subjectId: string }> })
                .events,
          )
          .filter((event) => event.subject === 'video' && event.subjectId === String(video.id))
          .map((event) => event.type)
          .sort();
      await waitUntil(() => ofThisVideo().length >= 2, 'no view and play beacons', { timeout: 4000 });
      expect(ofThisVideo()).to.deep.equal(['play', 'view']);
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('expands the transcript and copies the deep link', async () => {
    const video = byTitle('Bảo hiểm y tế');
    const el = await settled(
      await fixture<PbgdplVideoGallery>(html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`),
    );
    $<HTMLAnchorElement>(el, `[data-item-id="${video.id}"]`)!.click();
    await settled(el, 'dialog .player');
    const details = $<HTMLDetailsElement>(el, 'details.transcript')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(details.textContent).to.match(/Nhà nước hỗ trợ/);
    const copied: string[] = [];
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      $<HTMLButtonElement>(el, '.actions .action')!.click();
      await waitUntil(() => copied.length === 1);
      expect(new URL(copied[0]!).searchParams.get('vd-v')).to.equal(String(video.id));
      await waitUntil(() => $(el, '.status')!.textContent === 'Đã sao chép liên kết.');
      await expect(el).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = writeText;
    }
  });

  it('shows one row with arrows as a carousel', async () => {
    const el = await settled(
      await fixture<PbgdplVideoGallery>(
        html`<pbgdpl-video-gallery api=${api} layout="carousel"></pbgdpl-video-gallery>`,
      ),
    );
    expect(cards(el)).to.have.length(8);
    expect($(el, 'form')).to.equal(null);
    const row = $(el, '.grid')!;
    const tops = new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
    expect($$(el, '.arrow')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows the newest video alone with layout="single", and speaks English', async () => {
    const el = await settled(
      await fixture<PbgdplVideoGallery>(
        html`<pbgdpl-video-gallery
          api=${api}
          layout="single"
          lang="en"
          category="tin-tuc"
        ></pbgdpl-video-gallery>`,
      ),
      '.player',
    );
    const newest = all.filter((v) => v.category === 'tin-tuc')[0]!;
    expect($(el, 'h2.video-title')!.textContent).to.equal(newest.title);
    expect($(el, '.actions .action')!.textContent).to.equal('Copy link');
    await expect(el).to.be.accessible();
  });

  it('registers safely twice', async () => {
    const { PbgdplVideoGallery } = await import('../src/video-gallery.ts');
    expect(customElements.get('pbgdpl-video-gallery')).to.equal(PbgdplVideoGallery);
  });

  // Last: it adds a video, which the counts above do not expect.
  it('shows a library poster with its smaller copies in srcset, in the grid and on the facade', async () => {
    const poster = await uploadLibraryImage(api, ADMIN_TOKEN, 1600, 900);
    const response = await fetch(`${api}/admin/videos`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Áp phích từ thư viện',
        category: 'huong-dan',
        publishedAt: '2025-03-01T08:00:00.000Z',
        durationSeconds: 90,
        poster: { url: poster.url, width: 1600, height: 900 },
        youtubeId: 'aaaaaaaaaaa',
      }),
    });
    expect(response.status).to.equal(201);
    const { id } = (await response.json()) as { id: number };

    history.replaceState(null, '', address('vd-q=Áp phích từ thư viện'));
    const grid = await settled(
      await fixture<PbgdplVideoGallery>(html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`),
    );
    const card = cards(grid).find((c) => c.textContent?.includes('Áp phích từ thư viện'))!;
    const thumb = card.querySelector('img')!;
    expect(srcsetWidths(thumb)).to.deep.equal(['320w', '640w', '1280w', '1600w']);
    expect(thumb.getAttribute('sizes')).to.equal('(max-width: 30em) 100vw, 22em');
    expect([thumb.getAttribute('width'), thumb.getAttribute('height')]).to.deep.equal(['1600', '900']);
    await expect(grid).to.be.accessible();
    fixtureCleanup();

    const single = await settled(
      await fixture<PbgdplVideoGallery>(
        html`<pbgdpl-video-gallery api=${api} video-id=${id}></pbgdpl-video-gallery>`,
      ),
      '.facade',
    );
    const facade = $<HTMLImageElement>(single, '.facade img')!;
    expect(srcsetWidths(facade)).to.deep.equal(['320w', '640w', '1280w', '1600w']);
    await waitUntil(() => facade.complete && facade.naturalWidth > 0, 'the poster did not load');
    // The test page is narrow: a copy, not the 1600 px original, is what the browser fetched.
    expect(facade.currentSrc).to.match(/\.webp$/);
  });
});
