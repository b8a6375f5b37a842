import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { OutboxReport } from '@pbgdpl/contract';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { startSmtpSink } from '../../packages/server/test/smtp-sink.ts';
import { axeViolations } from '../support/axe.ts';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * The administrator's outbox page with a real SMTP server that refuses: an invitation is tried
 * on the server's clock (moved on by the test, no real waiting) until it is given up; the page
 * shows it with the server's refusal; once the server is back, "send again" delivers it.
 */
const ADMIN = { email: 'quantri@sotuphap.tayninh.gov.vn', password: 'ruộng lúa mùa nước nổi 2026' };
const INVITED = 'canbo@tanan.tayninh.gov.vn';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// At the top level: the sink's own after() hook then belongs to this file.
const sink = await startSmtpSink('down');
let now = Date.now();
const clock = () => new Date(now);
let api: RunningServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-outbox-'));

before(async () => {
  api = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: join(dir, 'e2e.sqlite'),
      PBGDPL_ADMIN_EMAIL: ADMIN.email,
      PBGDPL_ADMIN_PASSWORD: ADMIN.password,
      PBGDPL_SMTP_URL: sink.url,
      PBGDPL_MAIL_FROM: 'khong-tra-loi@stp.tayninh.gov.vn',
      PBGDPL_MAIL_POLL_SECONDS: '1',
    }),
    clock,
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An administrator's session for the API (the page signs in on its own). */
async function adminFetch(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const origin = new URL(api.url).origin;
  const headers = { 'Content-Type': 'application/json', Origin: origin };
  const session = await fetch(new URL('api/v1/auth/session', api.url), {
    method: 'POST',
    headers,
    body: JSON.stringify(ADMIN),
  });
  const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(new URL(`api/v1/admin${path}`, api.url), {
    method: init.method ?? 'GET',
    headers: { ...headers, Cookie: cookie },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

test('a given-up e-mail is listed with the refusal, and sent again from the outbox page', async () => {
  const invited = await adminFetch('/users', {
    method: 'POST',
    body: { email: INVITED, name: 'Phạm Văn An', role: 'contributor', unitId: 'phuong-tan-an', active: true },
  });
  assert.equal(invited.status, 201, await invited.clone().text());
  // Each failure waits longer: move the server's clock past every back-off until it gives up.
  let report: OutboxReport | undefined;
  for (let round = 0; round < 60 && !report?.items[0]?.failedAt; round++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    now += 7 * 60 * 60 * 1000;
    report = (await (await adminFetch('/mail')).json()) as OutboxReport;
  }
  const [failed] = report!.items;
  assert.ok(failed?.failedAt, JSON.stringify(report));
  assert.equal(failed.attempts, 12);

  const page = await (await browser.newContext()).newPage();
  const problems = collectProblems(page, { refusals: [401] });
  await page.goto(new URL('admin/#/mail', api.url).href);
  await page.getByLabel('Email', { exact: false }).fill(ADMIN.email);
  await page.getByLabel('Mật khẩu', { exact: false }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Thư đi' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: INVITED });
  await row.getByText('Đã bỏ lúc').waitFor();
  assert.match(await row.innerText(), /Thư mời/);
  assert.match(await row.innerText(), /421/);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  assert.deepEqual(await axeViolations(page, 'pbgdpl-admin'), [], 'outbox page');

  await sink.setUp(true);
  await row.getByRole('button', { name: /Gửi lại/ }).click();
  await page
    .getByText(/để gửi lại/)
    .first()
    .waitFor();
  const [mail] = await sink.waitFor(1);
  assert.deepEqual(mail!.to, [INVITED]);
  await page.getByRole('button', { name: 'Tải lại danh sách' }).click();
  await page.getByText('Không có thư nào đang chờ.').waitFor();
  assert.deepEqual(problems, []);
});
