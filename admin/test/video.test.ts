import { expect, waitUntil } from '@open-wc/testing';
import type { PbgdplAdminVideoForm } from '../src/video-form.ts';
import type { PbgdplAdminVideos } from '../src/video-list.ts';
import { $, button, choose, deepActive, go, mountConsole, root, signedIn, type, unique } from './helpers.ts';

const rows = (list: PbgdplAdminVideos) => [...root(list).querySelectorAll('tbody tr')];

describe('videos section', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('is in the navigation and lists the seeded videos, accessibly', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const link = [...root(app).querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Video');
    expect(link?.getAttribute('href')).to.equal('#/videos');
    const list = await go<PbgdplAdminVideos>(app, '#/videos', 'pbgdpl-admin-videos');
    await waitUntil(() => rows(list).length > 0, 'no videos listed', { timeout: 5000 });
    expect(rows(list).length).to.be.at.least(12);
    expect(root(list).querySelector('caption')!.textContent).to.match(/\d+ video/);
    await expect(list).to.be.accessible();
    app.remove();
  });

  it('creates a video, shows server errors by its fields, edits it, then deletes it', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await go<PbgdplAdminVideoForm>(app, '#/videos/new', 'pbgdpl-admin-video-form');
    await waitUntil(() => root(form).querySelector('form'));
    const title = unique('Video thử ');
    type($<HTMLInputElement>(form, '#f-title'), title);
    choose($<HTMLSelectElement>(form, '#f-category'), 'toa-dam');
    type($<HTMLInputElement>(form, '#f-durationSeconds'), '125');
    type($<HTMLInputElement>(form, '#f-poster-url'), '/media/videos/lua-dao-qua-mang-poster.jpg');
    // Other suites share this database: keep the video out of public lists.
    $<HTMLInputElement>(form, '#f-published').click();
    await form.updateComplete;
    // Neither a file nor a YouTube id: the server says so next to the files.
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => root(form).querySelector('.field-error, .error-summary'), 'no server error', {
      timeout: 5000,
    });
    await waitUntil(() => deepActive()?.classList.contains('error-summary'), 'summary not focused');
    expect(root(form).querySelector('.error-summary')!.textContent).to.match(
      /Cần ít nhất một tệp video hoặc mã YouTube/,
    );
    await expect(form).to.be.accessible();

    type($<HTMLInputElement>(form, '#f-youtubeId'), 'Xq3rJb0mQ2s');
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => /#\/videos\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    expect(root(form).querySelector('p.ok')).to.exist;

    button(form, 'Thêm tệp video').click();
    await form.updateComplete;
    type($<HTMLInputElement>(form, '#f-sources-0-url'), '/media/videos/lua-dao-qua-mang.mp4');
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => root(form).querySelector('p.ok'), 'edit not saved', { timeout: 5000 });

    const list = await go<PbgdplAdminVideos>(app, '#/videos', 'pbgdpl-admin-videos');
    type($<HTMLInputElement>(list, '#q'), title);
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    const row = () => rows(list).find((tr) => tr.textContent?.includes(title));
    await waitUntil(() => row()?.textContent?.includes('Chưa công khai'), 'not listed', { timeout: 5000 });
    expect(row()!.textContent).to.include('YouTube');
    [...row()!.querySelectorAll('button')].find((b) => b.textContent?.includes('Xoá'))!.click();
    const confirm = root(list).querySelector('pbgdpl-admin-confirm')!;
    await waitUntil(() => root(confirm).querySelector('dialog')?.open, 'no dialog');
    button(confirm, 'Xoá').click();
    await waitUntil(() => !row(), 'not deleted', { timeout: 5000 });
    app.remove();
  });
});
