import { expect, waitUntil } from '@open-wc/testing';
import type { PbgdplAdminBannerForm } from '../src/banner-form.ts';
import type { PbgdplAdminBanners } from '../src/banners-list.ts';
import { $, choose, deepActive, go, mountConsole, root, signedIn, type, unique } from './helpers.ts';

describe('banners section', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('lists the banners, creates one through the shared form helpers, and edits it', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const list = await go<PbgdplAdminBanners>(app, '#/banners', 'pbgdpl-admin-banners');
    await waitUntil(() => root(list).querySelector('tbody tr'), 'no banners listed', { timeout: 5000 });
    await expect(list).to.be.accessible();

    const form = await go<PbgdplAdminBannerForm>(app, '#/banners/new', 'pbgdpl-admin-banner-form');
    await waitUntil(() => root(form).querySelector('form'));
    const title = unique('Banner thử ');
    type($<HTMLInputElement>(form, '#f-title'), title);
    type($<HTMLInputElement>(form, '#f-alt'), 'Ảnh banner thử');
    type($<HTMLInputElement>(form, '#f-href'), 'javascript:alert(1)');
    type($<HTMLInputElement>(form, '#f-image-url'), '/media/banners/ngay-phap-luat-728x90.svg');
    choose($<HTMLSelectElement>(form, '#f-placement'), 'leaderboard');
    type($<HTMLInputElement>(form, '#f-image-width'), '728');
    type($<HTMLInputElement>(form, '#f-image-height'), '90');
    // Other suites share this database: an inactive banner stays out of public lists.
    $<HTMLInputElement>(form, '#f-active').click();
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => $(form, '#f-href').getAttribute('aria-invalid') === 'true', 'no server error', {
      timeout: 5000,
    });
    await waitUntil(() => deepActive()?.classList.contains('error-summary'), 'summary not focused');
    await expect(form).to.be.accessible();

    type($<HTMLInputElement>(form, '#f-href'), 'https://phapluat.tayninh.gov.vn/');
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => /#\/banners\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    expect(root(form).querySelector('p.ok')).to.exist;

    type($<HTMLInputElement>(form, '#f-priority'), '7');
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(
      () => root(form).querySelector('p.ok') && $<HTMLInputElement>(form, '#f-priority').value === '7',
    );
    const again = await go<PbgdplAdminBanners>(app, '#/banners', 'pbgdpl-admin-banners');
    await waitUntil(() => root(again).querySelector('tbody tr'), 'no banners listed', { timeout: 5000 });
    app.remove();
  });
});
