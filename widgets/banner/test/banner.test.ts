import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/banner.ts';
import type { PbgdplBanner } from '../src/banner.ts';
import { srcsetWidths, uploadLibraryImage } from '../../../test/support/library-image.ts';

const api = `${location.origin}/api/v1`;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const fallback = html`<a href="https://pbgdpl.tayninh.gov.vn/">Trang thông tin PBGDPL</a>`;

const shadow = (el: PbgdplBanner) => el.shadowRoot!;
const slides = (el: PbgdplBanner) => [...shadow(el).querySelectorAll<HTMLElement>('.slide')];
const visibleIndex = (el: PbgdplBanner) => slides(el).findIndex((slide) => !slide.hidden);
const button = (el: PbgdplBanner, label: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => label.test(b.getAttribute('aria-label') ?? ''))!;

async function loaded(template: ReturnType<typeof html>): Promise<PbgdplBanner> {
  const el = await fixture<PbgdplBanner>(template);
  await waitUntil(
    () => slides(el).length > 0 || el.shadowRoot?.querySelector('slot'),
    'banner did not settle',
  );
  await waitUntil(() => slides(el).length > 0, 'no banners rendered');
  return el;
}

describe('<pbgdpl-banner>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows the active sidebar banners from the API, accessibly', async () => {
    const el = await loaded(
      html`<pbgdpl-banner api=${api} unit="so-tu-phap" no-track>${fallback}</pbgdpl-banner>`,
    );
    const images = shadow(el).querySelectorAll('img');
    expect(images.length).to.be.greaterThan(1);
    for (const image of images) {
      expect(image.getAttribute('alt')).to.not.be.empty;
      expect(image.width).to.be.greaterThan(0);
      expect(image.getAttribute('src')).to.match(/^http:\/\/[^/]+\/media\//);
    }
    expect(visibleIndex(el)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fires pbgdpl-load with the count', async () => {
    const el = document.createElement('pbgdpl-banner');
    el.api = api;
    el.noTrack = true;
    const event = oneEvent(document.body, 'pbgdpl-load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.count).to.be.greaterThan(0);
    expect(detail.stale).to.equal(false);
    el.remove();
  });

  it('keeps its light-DOM fallback when the API is down', async () => {
    const el = await fixture<PbgdplBanner>(
      html`<pbgdpl-banner api="${location.origin}/outage/down/api/v1" no-track>${fallback}</pbgdpl-banner>`,
    );
    await oneEvent(el, 'pbgdpl-error');
    expect(shadow(el).querySelector('slot')).to.exist;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows the fallback when a unit has nothing for a placement', async () => {
    const el = await fixture<PbgdplBanner>(
      html`<pbgdpl-banner api=${api} placement="leaderboard" unit="khong-co-don-vi" no-track
        >${fallback}</pbgdpl-banner
      >`,
    );
    const { detail } = await oneEvent(el, 'pbgdpl-load');
    if (detail.count === 0) expect(shadow(el).querySelector('slot')).to.exist;
    else expect(slides(el).length).to.equal(detail.count);
  });

  it('moves with the previous/next buttons and the arrow keys, and pauses', async () => {
    const el = await loaded(
      html`<pbgdpl-banner api=${api} unit="so-tu-phap" no-track interval="3">${fallback}</pbgdpl-banner>`,
    );
    const count = slides(el).length;
    button(el, /tiếp theo/i).click();
    await el.updateComplete;
    expect(visibleIndex(el)).to.equal(1);
    button(el, /trước/i).click();
    await el.updateComplete;
    expect(visibleIndex(el)).to.equal(0);
    button(el, /tiếp theo/i).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(visibleIndex(el)).to.equal(count - 1);
    const pause = button(el, /tạm dừng/i);
    pause.click();
    await el.updateComplete;
    expect(button(el, /tiếp tục/i)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('rotates by itself, but not under reduced motion', async () => {
    const el = await loaded(
      html`<pbgdpl-banner api=${api} unit="so-tu-phap" no-track interval="3">${fallback}</pbgdpl-banner>`,
    );
    await waitUntil(() => visibleIndex(el) === 1, 'did not rotate', { timeout: 4500 });
    el.remove();
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await loaded(
      html`<pbgdpl-banner api=${api} unit="so-tu-phap" no-track interval="3">${fallback}</pbgdpl-banner>`,
    );
    expect(button(still, /tạm dừng/i)).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(visibleIndex(still)).to.equal(0);
  });

  it('speaks English when asked', async () => {
    const el = await loaded(
      html`<pbgdpl-banner api=${api} unit="so-tu-phap" lang="en" no-track>${fallback}</pbgdpl-banner>`,
    );
    expect(button(el, /next banner/i)).to.exist;
    expect(shadow(el).querySelector('.slide')!.getAttribute('aria-label')).to.match(/^Banner 1 of/);
  });

  it('sends impression and click beacons, and none with no-track', async () => {
    const sent: string[] = [];
    const original = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      if (data instanceof Blob) void data.text().then((text) => sent.push(text));
      return original(url, data);
    };
    try {
      const silent = await loaded(
        html`<pbgdpl-banner api=${api} unit="so-tu-phap" no-track>${fallback}</pbgdpl-banner>`,
      );
      silent.remove();
      const el = await loaded(html`<pbgdpl-banner api=${api} unit="so-tu-phap">${fallback}</pbgdpl-banner>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('.slide:not([hidden]) a')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      const clicked = oneEvent(el, 'pbgdpl-banner-click');
      link.click();
      expect((await clicked).detail.href).to.equal(link.href);
      await waitUntil(() => sent.length > 0, 'no beacon sent', { timeout: 3000 });
      const events = sent.flatMap((text) => (JSON.parse(text) as { events: Array<{ type: string }> }).events);
      expect(events.map((e) => e.type)).to.include.members(['impression', 'click']);
      expect(events.filter((e) => e.type === 'impression')).to.have.length(1);
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('stops rotating when removed from the page', async () => {
    const el = await loaded(
      html`<pbgdpl-banner api=${api} unit="so-tu-phap" no-track interval="3">${fallback}</pbgdpl-banner>`,
    );
    el.remove();
    const index = visibleIndex(el);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(visibleIndex(el)).to.equal(index);
  });

  it('registers safely twice', async () => {
    const { PbgdplBanner } = await import('../src/banner.ts');
    expect(customElements.get('pbgdpl-banner')).to.equal(PbgdplBanner);
  });

  it('serves a library image with its smaller copies in srcset and the box width in sizes', async () => {
    const image = await uploadLibraryImage(api, ADMIN_TOKEN, 1500, 1250);
    expect(image.variants).to.have.length(3);
    const response = await fetch(`${api}/admin/banners`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Biểu ngữ từ thư viện',
        alt: 'Biểu ngữ từ thư viện',
        href: 'https://pbgdpl.tayninh.gov.vn/',
        image: { url: image.url, width: 1500, height: 1250 },
        placement: 'square',
        unitId: 'xa-hoa-thanh',
        priority: 1000,
      }),
    });
    expect(response.status).to.equal(201);
    const el = await loaded(
      html`<pbgdpl-banner api=${api} unit="xa-hoa-thanh" placement="square" no-track
        >${fallback}</pbgdpl-banner
      >`,
    );
    const img = [...shadow(el).querySelectorAll('img')].find((i) => i.src.endsWith(image.url))!;
    expect(img).to.exist;
    expect(srcsetWidths(img)).to.deep.equal(['320w', '640w', '1280w', '1500w']);
    expect(img.getAttribute('srcset')).to.match(/^http:\/\/[^/]+\/media\/\S+\.webp 320w/);
    expect(img.getAttribute('sizes')).to.equal('(max-width: 250px) 100vw, 250px');
    // A 250 px box on a 1× screen needs no more than the 320 px copy.
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image did not load');
    expect(img.currentSrc).to.equal(img.getAttribute('srcset')!.split(' ')[0]);
    await expect(el).to.be.accessible();
  });
});
