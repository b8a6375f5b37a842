import { expect, waitUntil } from '@open-wc/testing';
import type { Source } from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  choose,
  go,
  mountConsole,
  root,
  signIn,
  type,
  view,
} from './helpers.ts';

/**
 * The administrator's sources in the console, against the real API: a source is this same
 * server's NDJSON export (another instance as the province would see it, over HTTP on
 * 127.0.0.1), so every document is already here (a conflict, nothing overwritten) and the ones
 * of an issuer the mapping sends to an unknown unit are rejected with the reason. axe on each view.
 */
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function adminConsole(): Promise<PbgdplAdmin> {
  const app = await mountConsole();
  await signIn(app);
  await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'start view');
  return app;
}

const announced = (app: PbgdplAdmin, message: string | RegExp) =>
  waitUntil(
    () => {
      const said = text(root(app).querySelector('[role="status"]'));
      return typeof message === 'string' ? said.includes(message) : message.test(said);
    },
    `not announced: ${String(message)}`,
    { timeout: 20_000 },
  );

describe('Sources in the console', function () {
  this.timeout(60_000);

  it('adds a source, runs it dry and for real, shows the runs with reasons and settles a conflict', async () => {
    const app = await adminConsole();
    const nav = [...root(app).querySelectorAll('nav a')].map(text);
    expect(nav).to.include('Nguồn đồng bộ');
    const list = await go<HTMLElement>(app, '#/sources', 'pbgdpl-admin-sources');
    await waitUntil(() => list.shadowRoot?.querySelector('a.button'), 'list not loaded', { timeout: 5000 });
    await expect(app).to.be.accessible();

    button(list, 'Thêm nguồn').click();
    const form = await go<HTMLElement>(app, '#/sources/new', 'pbgdpl-admin-source');
    expect(text($(form, 'h1'))).to.equal('Nguồn mới');
    // A feed needs its unit; broken mapping JSON is said beside its field; nothing is saved.
    type($<HTMLInputElement>(form, '#f-name'), 'Sở Tư pháp (bản sao khác)');
    choose($<HTMLSelectElement>(form, '#f-kind'), 'feed-xml');
    await waitUntil(() => root(form).querySelector('#f-mapping-unitId'), 'no unit field for a feed');
    expect($<HTMLSelectElement>(form, '#f-feeds').value).to.equal('articles');
    type($<HTMLInputElement>(form, '#f-url'), `${location.origin}/api/v1/articles/feed.atom`);
    type($<HTMLTextAreaElement>(form, '#f-maps'), '{"issuers": ');
    button(form, 'Lưu nguồn').click();
    await waitUntil(() => root(form).querySelector('#f-maps-error'), 'no error beside the mapping');
    expect(text($(form, '#f-maps-error'))).to.match(/không phải JSON hợp lệ/);
    type($<HTMLTextAreaElement>(form, '#f-maps'), '{}');
    button(form, 'Lưu nguồn').click();
    await waitUntil(
      () => root(form).querySelector('#f-mapping-unitId-error'),
      'the server’s refusal not shown',
    );
    expect(text($(form, '#f-mapping-unitId-error'))).to.include('cần đơn vị đứng tên');
    await expect(app).to.be.accessible();

    // Another instance's export instead; its council's documents go to a unit that does not exist.
    choose($<HTMLSelectElement>(form, '#f-kind'), 'instance-ndjson');
    type($<HTMLInputElement>(form, '#f-url'), `${location.origin}/api/v1/documents/export.ndjson`);
    type($<HTMLTextAreaElement>(form, '#f-maps'), '{"issuers": {"hdnd-tay-ninh": "khong-co-don-vi-nay"}}');
    button(form, 'Lưu nguồn').click();
    await announced(app, 'Đã lưu nguồn “Sở Tư pháp (bản sao khác)”.');
    await waitUntil(() => /^#\/sources\/\d+$/.test(location.hash), 'the address names the new source');
    const activity = $<HTMLElement>(form, 'pbgdpl-admin-source-activity');
    await waitUntil(() => text(activity.shadowRoot).includes('Nguồn này chưa chạy lần nào.'), 'no history');

    button(activity, 'Chạy thử (không ghi)').click();
    await announced(
      app,
      /^Chạy thử xong: sẽ thêm 0, sẽ cập nhật 0, để nguyên 0, từ chối [1-9]\d*, xung đột [1-9]\d*\.$/,
    );
    const id = Number(location.hash.split('/')[2]);
    const stored = await fetch(`${api}/admin/sources/${id}`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(((await stored.json()) as Source).mapping.issuers).to.deep.equal({
      'hdnd-tay-ninh': 'khong-co-don-vi-nay',
    });
    await waitUntil(
      () => text(activity.shadowRoot).includes('(Chạy thử)'),
      'the dry run is not in the history',
    );
    expect(text(root(activity).querySelector('#conflicts + p'))).to.equal(
      'Không có xung đột.',
      'a dry run keeps none',
    );

    button(activity, 'Chạy ngay').click();
    await announced(
      app,
      /^Chạy xong: thêm 0, cập nhật 0, để nguyên 0, từ chối [1-9]\d*, xung đột [1-9]\d*\.$/,
    );
    await waitUntil(
      () => root(activity).querySelector('section[aria-labelledby=conflicts] tbody tr'),
      'conflicts',
    );
    const details = root(activity).querySelector<HTMLDetailsElement>('tbody details')!;
    details.open = true;
    expect(text(details)).to.match(/Từ chối .*khong-co-don-vi-nay/);
    expect(text(details)).to.include('nhập tay');
    await expect(app).to.be.accessible();

    const conflicts = () => root(activity).querySelectorAll('section[aria-labelledby=conflicts] tbody tr');
    const before = conflicts().length;
    const first = text(conflicts()[0]!.querySelector('th'));
    conflicts()[0]!.querySelector('button')!.click();
    await announced(app, `Đã giữ bản tại chỗ của`);
    await waitUntil(() => conflicts().length === before - 1, 'the settled conflict is still listed');
    expect([...conflicts()].map((row) => text(row.querySelector('th')))).to.not.include(first);

    // The list shows it, with its kind and schedule.
    const back = await go<HTMLElement>(app, '#/sources', 'pbgdpl-admin-sources');
    await waitUntil(() => back.shadowRoot?.querySelector('tbody tr'), 'list not loaded');
    const row = [...root(back).querySelectorAll('tbody tr')].find((r) =>
      text(r).includes('Sở Tư pháp (bản sao khác)'),
    )!;
    expect(text(row)).to.include('Hệ thống PBGDPL khác (NDJSON)');
    expect(text(row)).to.include('Chỉ khi bấm chạy');
    app.remove();
  });
});
