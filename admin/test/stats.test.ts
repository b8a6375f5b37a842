import { expect, waitUntil } from '@open-wc/testing';
import type { Page, Reporter } from '@pbgdpl/contract';
import type { PbgdplAdminActivities } from '../src/stats-activities.ts';
import type { PbgdplAdminActivityForm } from '../src/stats-activity-form.ts';
import type { PbgdplAdminReporterForm } from '../src/reporter-form.ts';
import type { PbgdplAdminReporters } from '../src/reporter-list.ts';
import { $, api, choose, deepActive, go, mountConsole, root, signedIn, type, unique } from './helpers.ts';

const submit = async (form: HTMLElement & { updateComplete: Promise<boolean> }) => {
  await form.updateComplete;
  $<HTMLButtonElement>(form, 'button[type=submit]').click();
};

describe('statistics section', function () {
  // Each test signs in and saves through the real API twice or more.
  this.timeout(20_000);
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('lists the monthly reports, enters one, and names the duplicate month next to its field', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const list = await go<PbgdplAdminActivities>(app, '#/stats', 'pbgdpl-admin-activities');
    await waitUntil(() => root(list).querySelector('tbody tr'), 'no reports listed', { timeout: 5000 });
    await expect(list).to.be.accessible();

    const form = await go<PbgdplAdminActivityForm>(app, '#/stats/new', 'pbgdpl-admin-activity-form');
    await waitUntil(() => root(form).querySelector('form'));
    choose($<HTMLSelectElement>(form, '#f-unitId'), 'so-xay-dung');
    type($<HTMLInputElement>(form, '#f-month'), '2019-05');
    type($<HTMLInputElement>(form, '#f-conferences'), '4');
    type($<HTMLInputElement>(form, '#f-participants'), '320');
    await submit(form);
    await waitUntil(() => /#\/stats\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });
    expect(root(form).querySelector('p.ok')).to.exist;

    await go<PbgdplAdminActivities>(app, '#/stats', 'pbgdpl-admin-activities');
    const again = await go<PbgdplAdminActivityForm>(app, '#/stats/new', 'pbgdpl-admin-activity-form');
    await waitUntil(() => root(again).querySelector('form'));
    choose($<HTMLSelectElement>(again, '#f-unitId'), 'so-xay-dung');
    type($<HTMLInputElement>(again, '#f-month'), '2019-05');
    await submit(again);
    await waitUntil(
      () => $(again, '#f-month').getAttribute('aria-invalid') === 'true',
      'no duplicate error',
      {
        timeout: 5000,
      },
    );
    expect(root(again).querySelector('#f-month-error')!.textContent).to.match(/đã có báo cáo tháng 05\/2019/);
    await waitUntil(() => deepActive()?.classList.contains('error-summary'), 'summary not focused');
    await expect(again).to.be.accessible();
    app.remove();
  });

  it('adds a reporter with fields and a term, and finds them without diacritics', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const list = await go<PbgdplAdminReporters>(app, '#/stats/reporters', 'pbgdpl-admin-reporters');
    await waitUntil(() => root(list).querySelector('tbody tr'), 'no reporters listed', { timeout: 5000 });
    await expect(list).to.be.accessible();

    const form = await go<PbgdplAdminReporterForm>(
      app,
      '#/stats/reporters/new',
      'pbgdpl-admin-reporter-form',
    );
    await waitUntil(() => root(form).querySelector('form'));
    const name = unique('Võ Thị Đào ');
    type($<HTMLInputElement>(form, '#f-name'), name);
    await submit(form);
    // Required checks run before sending: unit and fields are missing.
    await waitUntil(() => $(form, '#f-unitId').getAttribute('aria-invalid') === 'true', 'no required error');
    choose($<HTMLSelectElement>(form, '#f-unitId'), 'phuong-long-an');
    $<HTMLInputElement>(form, '#f-fields').click();
    type($<HTMLInputElement>(form, '#f-termEnd'), '2020-01-01');
    await submit(form);
    await waitUntil(() => $(form, '#f-termEnd').getAttribute('aria-invalid') === 'true', 'no server error', {
      timeout: 5000,
    });
    await expect(form).to.be.accessible();
    type($<HTMLInputElement>(form, '#f-termEnd'), '');
    await submit(form);
    await waitUntil(() => /#\/stats\/reporters\/\d+$/.test(location.hash), 'not saved', { timeout: 5000 });

    const found = (await (
      await fetch(`${api}/reporters?q=${encodeURIComponent('vo thi dao')}`)
    ).json()) as Page<Reporter>;
    expect(found.items.map((r) => r.name)).to.include(name);
    expect(found.items.find((r) => r.name === name)!.unitId).to.equal('phuong-long-an');
    app.remove();
  });
});
