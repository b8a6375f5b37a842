import { expect, waitUntil } from '@open-wc/testing';
import type { PbgdplAdminVideoForm } from '../src/video-form.ts';
import type { PbgdplAdminVideos } from '../src/video-list.ts';
import type { AdminVideo, MediaPage } from '@pbgdpl/contract';
import type { PbgdplAdminMediaPicker } from '../src/media-picker.ts';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  choose,
  deepActive,
  go,
  mountConsole,
  pickFromLibrary,
  root,
  signedIn,
  type,
  unique,
} from './helpers.ts';

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
    // The poster comes from the library (the demo's posters are there), its size with it.
    const poster = await pickFromLibrary($<PbgdplAdminMediaPicker>(form, '#f-poster-url'));
    await expect($(form, '#f-poster-url')).to.be.accessible();
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
    const source = await pickFromLibrary($<PbgdplAdminMediaPicker>(form, '#f-sources-0-url'));
    button(form, 'Thêm phụ đề').click();
    await form.updateComplete;
    const captions = await pickFromLibrary($<PbgdplAdminMediaPicker>(form, '#f-captions-0-url'));
    await form.updateComplete;
    // The first save's notice is still shown: wait for the stored video itself to change.
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    // Stored as picked: addresses, the poster's size and the file's format from the library.
    const id = /\d+$/.exec(location.hash)![0];
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const read = async () =>
      (await (await fetch(`${api}/admin/videos/${id}`, { headers })).json()) as AdminVideo;
    let saved = await read();
    for (let tries = 0; saved.sources.length === 0 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      saved = await read();
    }
    const posterEntry = (await (
      await fetch(`${api}/admin/media?kind=image&pageSize=100`, { headers })
    ).json()) as MediaPage;
    const chosen = posterEntry.items.find((item) => item.url === poster)!;
    expect(saved.poster).to.deep.include({ url: poster, width: chosen.width, height: chosen.height });
    expect(saved.sources).to.have.length(1);
    expect(saved.sources[0]!.url).to.equal(source);
    expect(saved.sources[0]!.type).to.match(/^video\/(mp4|webm)$/);
    expect(saved.captions).to.deep.equal([{ lang: 'vi', url: captions }]);

    const list = await go<PbgdplAdminVideos>(app, '#/videos', 'pbgdpl-admin-videos');
    type($<HTMLInputElement>(list, '#q'), title);
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    const row = () => rows(list).find((tr) => tr.textContent?.includes(title));
    await waitUntil(() => row()?.textContent?.includes('Bản nháp'), 'not listed', { timeout: 5000 });
    expect(row()!.textContent).to.include('YouTube');
    [...row()!.querySelectorAll('button')].find((b) => b.textContent?.includes('Xóa'))!.click();
    const confirm = root(list).querySelector('pbgdpl-admin-confirm')!;
    await waitUntil(() => root(confirm).querySelector('dialog')?.open, 'no dialog');
    button(confirm, 'Xóa').click();
    await waitUntil(() => !row(), 'not deleted', { timeout: 5000 });
    app.remove();
  });
});
