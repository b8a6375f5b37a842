import { expect, waitUntil } from '@open-wc/testing';
import type { PbgdplAdminBannerForm } from '../src/banner-form.ts';
import type { PbgdplAdminBanners } from '../src/banners-list.ts';
import type { PbgdplAdminMediaPicker } from '../src/media-picker.ts';
import type { Banner } from '@pbgdpl/contract';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  choose,
  chooseFile,
  deepActive,
  go,
  mountConsole,
  pngBytes,
  root,
  signedIn,
  type,
  unique,
} from './helpers.ts';

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
    choose($<HTMLSelectElement>(form, '#f-placement'), 'leaderboard');
    const picker = $<PbgdplAdminMediaPicker>(form, '#f-image-url');
    // Not an image, whatever its name says: the server's reason is shown, nothing is chosen.
    chooseFile(picker, new File(['#!/bin/sh\necho hi\n'], 'anh.png', { type: 'image/png' }));
    await waitUntil(() => root(picker).querySelector('[role=alert]'), 'no refusal shown', { timeout: 10000 });
    expect(root(picker).querySelector('[role=alert]')!.textContent).to.match(/^Định dạng không được hỗ trợ/);
    expect(root(picker).querySelector('.current img')).to.equal(null);
    // A real image: uploaded with a progress bar, then shown; its size fills the form.
    // A small upload may finish between two looks: watch for the progress bar rather than poll.
    let progressShown = false;
    const watch = new MutationObserver(() => (progressShown ||= !!root(picker).querySelector('progress')));
    watch.observe(root(picker), { childList: true, subtree: true });
    chooseFile(picker, new File([await pngBytes(728, 90)], 'Ngày pháp luật.png', { type: 'image/png' }));
    await waitUntil(() => root(picker).querySelector('.current img'), 'upload not shown', { timeout: 10000 });
    watch.disconnect();
    expect(progressShown, 'progress bar shown').to.equal(true);
    const uploadedUrl = picker.value;
    expect(uploadedUrl).to.match(/^\/media\/\d+\/[0-9a-f]+\.png$/);
    await expect(picker).to.be.accessible();
    // The library lists what is there: choosing the same image again keeps it.
    button(picker, 'Chọn trong thư viện').click();
    await waitUntil(() => root(picker).querySelector('.library button'), 'library not listed', {
      timeout: 5000,
    });
    await expect(picker).to.be.accessible();
    const entry = [...root(picker).querySelectorAll<HTMLButtonElement>('.library button')].find(
      (b) => b.querySelector('img')?.getAttribute('src') === uploadedUrl,
    );
    expect(entry, 'the upload is in the library').to.exist;
    entry!.click();
    await waitUntil(() => !root(picker).querySelector('.library'), 'library stays open');
    expect(picker.value).to.equal(uploadedUrl);
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
    // Saved with the library's address and the image's own size, none of it typed.
    const saved = (await (
      await fetch(`${api}/admin/banners/${/\d+$/.exec(location.hash)![0]}`, {
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      })
    ).json()) as Banner;
    expect(saved.image).to.deep.include({ url: uploadedUrl, width: 728, height: 90 });

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
