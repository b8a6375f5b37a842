import { expect, waitUntil } from '@open-wc/testing';
import type { AdminArticle } from '@pbgdpl/contract';
import type { PbgdplAdminArticleForm } from '../src/articles/article-form.ts';
import type { PbgdplAdminArticles } from '../src/articles/articles-list.ts';
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

const rows = (list: PbgdplAdminArticles) => [...root(list).querySelectorAll('tbody tr')];

/** A view of the section, once its chunk (loaded when the section is first opened) defined it. */
async function open<T extends HTMLElement>(
  app: Parameters<typeof go>[0],
  hash: string,
  tag: string,
): Promise<T> {
  const el = await go<T>(app, hash, tag);
  await customElements.whenDefined(tag);
  await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return el;
}
const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('articles section', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('is in the navigation and lists the demo articles with their state, accessibly', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const link = [...root(app).querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Tin bài');
    expect(link?.getAttribute('href')).to.equal('#/articles');
    const list = await open<PbgdplAdminArticles>(app, '#/articles', 'pbgdpl-admin-articles');
    await waitUntil(() => rows(list).length > 0, 'no articles listed', { timeout: 8000 });
    expect(root(list).querySelector('caption')!.textContent).to.match(/\d+ bài viết/);
    expect(rows(list)[0]!.textContent).to.include('Đã đăng');
    await expect(list).to.be.accessible();
    app.remove();
  });

  it('writes an announcement with its event, shows the server’s errors, saves, then deletes it', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const form = await open<PbgdplAdminArticleForm>(app, '#/articles/new', 'pbgdpl-admin-article-form');
    await waitUntil(() => root(form).querySelector('form'), 'no form', { timeout: 8000 });
    const title = unique('Giấy mời họp thử ');
    type($<HTMLInputElement>(form, '#f-title'), title);
    choose($<HTMLSelectElement>(form, '#f-category'), 'thong-bao-giay-moi');
    await form.updateComplete;
    // An announcement asks for its time and place.
    type($<HTMLInputElement>(form, '#f-event-startsAt'), '2026-06-10T08:00');
    type($<HTMLInputElement>(form, '#f-event-place'), 'Hội trường Ủy ban nhân dân xã Hòa Thạnh');
    type($<HTMLTextAreaElement>(form, '#f-relatedDocuments'), '999/2099/QĐ-UBND');
    await pickFromLibrary($<PbgdplAdminMediaPicker>(form, '#f-cover-url'));
    await form.updateComplete;
    type($<HTMLInputElement>(form, '#f-cover-alt'), 'Hội trường xã');
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => root(form).querySelector('.error-summary'), 'no server error', { timeout: 5000 });
    await waitUntil(() => deepActive()?.classList.contains('error-summary'), 'summary not focused');
    expect(root(form).querySelector('.error-summary')!.textContent).to.match(/Không có văn bản số 999\/2099/);
    await expect(form).to.be.accessible();

    type($<HTMLTextAreaElement>(form, '#f-relatedDocuments'), '210/KH-UBND');
    await form.updateComplete;
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => /#\/articles\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    const id = /\d+$/.exec(location.hash)![0];
    const saved = (await (await fetch(`${api}/admin/articles/${id}`, { headers })).json()) as AdminArticle;
    expect(saved.title).to.equal(title);
    expect(saved.event?.place).to.equal('Hội trường Ủy ban nhân dân xã Hòa Thạnh');
    expect(saved.event?.startsAt).to.equal(new Date('2026-06-10T08:00').toISOString());
    expect(saved.relatedDocuments).to.deep.equal(['210/KH-UBND']);
    expect(saved.cover?.alt).to.equal('Hội trường xã');

    const list = await open<PbgdplAdminArticles>(app, '#/articles', 'pbgdpl-admin-articles');
    type($<HTMLInputElement>(list, '#q'), title);
    $<HTMLButtonElement>(list, 'form[role=search] button').click();
    const row = () => rows(list).find((tr) => tr.textContent?.includes(title));
    await waitUntil(() => row(), 'not listed', { timeout: 5000 });
    [...row()!.querySelectorAll('button')].find((b) => b.textContent?.includes('Xóa'))!.click();
    const confirm = root(list).querySelector('pbgdpl-admin-confirm')!;
    await waitUntil(() => root(confirm).querySelector('dialog')?.open, 'no dialog');
    button(confirm, 'Xóa').click();
    await waitUntil(() => !row(), 'not deleted', { timeout: 5000 });
    app.remove();
  });
});
