import { expect, waitUntil } from '@open-wc/testing';
import type { Activity, MyWork, TokenCreated } from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import type { PbgdplAdminActivityForm } from '../src/stats-activity-form.ts';
import type { PbgdplAdminMyWork } from '../src/workflow/my-work-page.ts';
import type { PbgdplAdminWorkflowBar } from '../src/workflow/workflow-bar.ts';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  deepActive,
  go,
  mountConsole,
  root,
  signIn,
  type,
  unique,
  view,
} from './helpers.ts';

/** The review workflow in the console: a commune's officer and an editor, on activity reports. */
const UNIT = 'xa-hau-nghia';

async function asAdmin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A contributor's access token of the commune, made by the administrator as in the console. */
const officerToken = async () =>
  (
    await asAdmin<TokenCreated>('POST', '/tokens', {
      name: unique('Cán bộ xã '),
      role: 'contributor',
      unitId: UNIT,
    })
  ).token;

async function openConsole(token: string): Promise<PbgdplAdmin> {
  const app = await mountConsole();
  await signIn(app, token);
  await waitUntil(
    () => view(app)?.localName === 'pbgdpl-admin-my-work',
    'Việc của tôi is not the start page',
    {
      timeout: 5000,
    },
  );
  return app;
}

async function myWork(app: PbgdplAdmin): Promise<PbgdplAdminMyWork> {
  const page = await go<PbgdplAdminMyWork>(app, '#/work', 'pbgdpl-admin-my-work');
  await waitUntil(() => root(page).querySelector('#mine-heading'), 'Việc của tôi not loaded', {
    timeout: 5000,
  });
  return page;
}

/** The bar on a stored item's form, once its history is in. */
async function barOf(form: HTMLElement): Promise<PbgdplAdminWorkflowBar> {
  await waitUntil(() => root(form).querySelector('pbgdpl-admin-workflow-bar'), 'no workflow bar', {
    timeout: 5000,
  });
  const bar = root(form).querySelector('pbgdpl-admin-workflow-bar')!;
  await customElements.whenDefined('pbgdpl-admin-workflow-bar');
  await waitUntil(() => root(bar).querySelector('details'), 'no history', { timeout: 5000 });
  return bar;
}

const stateShown = (bar: HTMLElement) => root(bar).querySelector('strong')?.textContent?.trim();
const buttons = (bar: HTMLElement) =>
  [...root(bar).querySelectorAll('.form-actions button')].map((b) => b.textContent?.trim());

describe('review workflow', function () {
  // Each test signs in and moves items through the real API several times.
  this.timeout(30_000);
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it("a unit's officer drafts, submits, reads the reviewer's comment, fixes and resubmits", async () => {
    const app = await openConsole(await officerToken());
    const start = await myWork(app);
    expect(root(start).querySelector('#review-heading'), 'the review queue is the editors’').to.equal(null);
    await expect(start).to.be.accessible();

    const form = await go<PbgdplAdminActivityForm>(app, '#/stats/new', 'pbgdpl-admin-activity-form');
    await waitUntil(() => root(form).querySelector('form'), 'no form', { timeout: 5000 });
    expect($<HTMLSelectElement>(form, '#f-unitId').value, 'their own unit, preset').to.equal(UNIT);
    expect(
      root(form).querySelector('pbgdpl-admin-workflow-bar'),
      'nothing to review before it is saved',
    ).to.equal(null);
    type($<HTMLInputElement>(form, '#f-month'), '2099-03');
    type($<HTMLInputElement>(form, '#f-conferences'), '2');
    type($<HTMLInputElement>(form, '#f-participants'), '90');
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => /#\/stats\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    const id = Number(location.hash.split('/').pop());

    const bar = await barOf(form);
    expect(stateShown(bar)).to.equal('Bản nháp');
    expect(buttons(bar), 'a unit submits; editors publish').to.deep.equal(['Gửi duyệt']);
    await expect(form).to.be.accessible();
    button(bar, 'Gửi duyệt').click();
    await waitUntil(() => stateShown(bar) === 'Chờ duyệt', 'not submitted', { timeout: 5000 });
    expect(buttons(bar)).to.deep.equal([]);
    await waitUntil(() => root(bar).querySelectorAll('li').length === 2, 'history not updated');

    // The editor returns it with a comment (through the API: the other console is the next test's).
    const current = await fetch(`${api}/admin/activities/${id}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const comment = 'Số người tham dự chưa khớp biên bản hội nghị.';
    const returned = await fetch(`${api}/admin/activities/${id}/state`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
        'Content-Type': 'application/json',
        'If-Match': current.headers.get('ETag')!,
      },
      body: JSON.stringify({ action: 'return', comment }),
    });
    expect(returned.status).to.equal(200);

    const work = await myWork(app);
    await waitUntil(() => root(work).querySelector(`a[href="#/stats/${id}"]`), 'returned item not listed');
    const row = root(work).querySelector(`a[href="#/stats/${id}"]`)!.closest('tr')!;
    expect(row.textContent).to.contain('Bị trả lại').and.to.contain(comment);

    (root(work).querySelector(`a[href="#/stats/${id}"]`) as HTMLAnchorElement).click();
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-activity-form');
    const again = view(app);
    const returnedBar = await barOf(again);
    await waitUntil(() => stateShown(returnedBar) === 'Bị trả lại', 'not shown as returned', {
      timeout: 5000,
    });
    expect(root(returnedBar).querySelector('blockquote')?.textContent).to.equal(comment);

    type($<HTMLInputElement>(again, '#f-participants'), '120');
    await waitUntil(() => button(returnedBar, 'Gửi duyệt').disabled, 'unsaved changes must be saved first');
    $<HTMLButtonElement>(again, 'button[type=submit]').click();
    await waitUntil(() => root(again).querySelector('p.ok'), 'fix not saved', { timeout: 5000 });
    await waitUntil(() => !button(returnedBar, 'Gửi duyệt').disabled, 'saved: may submit');
    button(returnedBar, 'Gửi duyệt').click();
    await waitUntil(() => stateShown(returnedBar) === 'Chờ duyệt', 'not resubmitted', { timeout: 5000 });
    const stored = await asAdmin<Activity>('GET', `/activities/${id}`);
    expect([stored.state, stored.participants]).to.deep.equal(['submitted', 120]);
    app.remove();
  });

  it('an editor sees the queue with its counts, must say why a return, and publishes', async () => {
    const officer = await officerToken();
    const created = await fetch(`${api}/admin/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${officer}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        unitId: UNIT,
        month: '2099-04',
        conferences: 1,
        trainings: 0,
        contests: 0,
        participants: 30,
        copies: 0,
      }),
    });
    const { id } = (await created.json()) as Activity;
    const submitted = await fetch(`${api}/admin/activities/${id}/state`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${officer}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'submit' }),
    });
    expect(submitted.status).to.equal(200);
    const expected = await asAdmin<MyWork>('GET', '/my-work');

    const app = await openConsole(ADMIN_TOKEN);
    const work = await myWork(app);
    await waitUntil(() => root(work).querySelector('#review-heading'), 'no review queue');
    expect($(work, '#review-heading').textContent).to.contain(`Chờ duyệt (${expected.review!.total})`);
    expect($(work, '.counts').textContent).to.contain(
      `Báo cáo hoạt động: ${expected.review!.counts.activity}`,
    );
    await expect(work).to.be.accessible();

    (root(work).querySelector(`a[href="#/stats/${id}"]`) as HTMLAnchorElement).click();
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-activity-form');
    await customElements.whenDefined('pbgdpl-admin-activity-form');
    const form = view(app);
    const bar = await barOf(form);
    expect(buttons(bar)).to.deep.equal(['Trả lại để sửa', 'Đăng']);

    button(bar, 'Trả lại để sửa').click();
    await waitUntil(() => deepActive()?.id === 'return-comment', 'the comment field is not focused');
    button(bar, 'Trả lại').click();
    await waitUntil(
      () => $(bar, '#return-comment').getAttribute('aria-invalid') === 'true',
      'an empty return went through',
    );
    expect($(bar, '#return-comment-error').textContent).to.contain('Cần ghi lý do');
    await expect(bar).to.be.accessible();
    button(bar, 'Hủy').click();
    await waitUntil(() => buttons(bar).includes('Đăng'));

    button(bar, 'Đăng').click();
    await waitUntil(() => stateShown(bar) === 'Đã đăng', 'not published', { timeout: 5000 });
    expect(buttons(bar)).to.deep.equal(['Gỡ xuống']);
    expect((await asAdmin<Activity>('GET', `/activities/${id}`)).state).to.equal('published');
    app.remove();
  });
});
