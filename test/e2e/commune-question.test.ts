import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { type ReceivedMail, startSmtpSink } from '../../packages/server/test/smtp-sink.ts';
import { axeViolations } from '../support/axe.ts';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * Issue 20 from end to end in Chromium, with a real SMTP server process: a citizen asks on the
 * commune's page with an e-mail address; the question goes to the commune, whose officer is told
 * by e-mail, opens the link, signs in and drafts the answer, which goes to the editors; an editor
 * opens their e-mail's link and publishes it; the citizen gets "answered" with the link and the
 * tracking code, opens the link and reads the answer. The people are invited through the API, and
 * choose their passwords from the invitations the sink receives.
 */
const ADMIN = { email: 'quantri@sotuphap.tayninh.gov.vn', password: 'ruộng lúa mùa nước nổi 2026' };
const OFFICER = {
  email: 'canbo@hoathanh.tayninh.gov.vn',
  name: 'Lê Thị Hoa',
  password: 'cây cầu tre bắc qua sông Vàm Cỏ',
};
const EDITOR = {
  email: 'bientap@sotuphap.tayninh.gov.vn',
  name: 'Trần Minh Khoa',
  password: 'mưa rào tháng sáu trên núi Bà Đen',
};
const CITIZEN = 'nguoi.hoi@example.vn';
/** Where the commune's page lives for the e-mails; the browser reaches it at the test server. */
// A *.localhost name, so the page is a secure context as a real HTTPS site would be.
const COMMUNE_SITE = 'http://xa-hoa-thanh.localhost';
const TITLE = 'Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn';
const ANSWER = 'Ông/bà nộp tờ khai đăng ký khai sinh tại bộ phận một cửa của Ủy ban nhân dân xã';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api: RunningServer;
let browser: Browser;
// At the top level: the sink's own after() hook then belongs to this file, not to before().
const sink = await startSmtpSink();
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-commune-'));

before(async () => {
  api = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: join(dir, 'e2e.sqlite'),
      PBGDPL_DEMO_CONTENT: 'on',
      PBGDPL_ADMIN_EMAIL: ADMIN.email,
      PBGDPL_ADMIN_PASSWORD: ADMIN.password,
      PBGDPL_SMTP_URL: sink.url,
      PBGDPL_MAIL_FROM: 'khong-tra-loi@stp.tayninh.gov.vn',
      PBGDPL_MAIL_POLL_SECONDS: '1',
      PBGDPL_QA_PAGE_URL: `${COMMUNE_SITE}/commune.html`,
      // The commune's site is an origin of its own, listed as the operator lists the units' sites.
      PBGDPL_CORS_ORIGINS: COMMUNE_SITE,
      PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The first message to `to` whose subject matches, waiting for the sender's next rounds. */
async function mailTo(to: string, subject: RegExp): Promise<ReceivedMail> {
  for (let i = 0; i < 300; i++) {
    const found = sink.received.find((mail) => mail.to.includes(to) && subject.test(mail.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `no mail to ${to} about ${subject}; received: ${sink.received.map((m) => `${m.to.join()} ${m.subject}`).join(' | ')}`,
  );
}

/** An account invited by the administrator through the API, its password chosen from the e-mailed link. */
async function invite(person: typeof OFFICER, role: 'contributor' | 'editor', unitId: string | null) {
  const origin = new URL(api.url).origin;
  const headers = { 'Content-Type': 'application/json', Origin: origin };
  const session = await fetch(new URL('api/v1/auth/session', api.url), {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  });
  assert.equal(session.status, 200, await session.clone().text());
  const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
  const invited = await fetch(new URL('api/v1/admin/users', api.url), {
    method: 'POST',
    headers: { ...headers, Cookie: cookie },
    body: JSON.stringify({ email: person.email, name: person.name, role, unitId, active: true }),
  });
  assert.equal(invited.status, 201, await invited.clone().text());
  const token = /#\/password\/([\w-]{43})/.exec((await mailTo(person.email, /Lời mời/)).text)![1];
  const chosen = await fetch(new URL('api/v1/auth/password', api.url), {
    method: 'POST',
    headers,
    body: JSON.stringify({ token, password: person.password }),
  });
  assert.equal(chosen.status, 200, await chosen.clone().text());
}

/** The link in an e-mail's text: the line after `label`. */
const linkAfter = (mail: ReceivedMail, label: string) =>
  new RegExp(`${label}\\n(\\S+)`).exec(mail.text)?.[1] ?? assert.fail(`no "${label}" link in ${mail.text}`);

async function consoleAt(link: string, person: typeof OFFICER): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  // 401: no session cookie yet when the console loads.
  const problems = collectProblems(page, { refusals: [401] });
  await page.goto(link);
  await page.getByLabel('Email', { exact: false }).fill(person.email);
  await page.getByLabel('Mật khẩu', { exact: false }).fill(person.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  return { page, problems };
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return axeViolations(page, 'pbgdpl-admin');
}

/** A browser in which the commune's site is the test server (the e-mails name the site's own address). */
async function citizenBrowser(): Promise<BrowserContext> {
  const context = await browser.newContext();
  const server = new URL(api.url).origin;
  await context.route(`${COMMUNE_SITE}/**`, (route) =>
    route.continue({ url: route.request().url().replace(COMMUNE_SITE, server) }),
  );
  return context;
}

test('a citizen asks on the commune’s page; the commune drafts, an editor publishes, the citizen is told and reads it', async () => {
  await invite(OFFICER, 'contributor', 'xa-hoa-thanh');
  await invite(EDITOR, 'editor', null);

  const citizen = await citizenBrowser();
  const site = await citizen.newPage();
  const siteProblems = collectProblems(site);
  await site.goto(`${COMMUNE_SITE}/commune.html`);
  const box = site.locator('pbgdpl-qa-box');
  await box.getByRole('tab', { name: 'Đặt câu hỏi' }).click();
  await box.locator('#name').fill('Nguyễn Thị Hỏi');
  await box.locator('#email').fill(CITIZEN);
  await box.locator('#field').selectOption({ label: 'Tư pháp' });
  await box.locator('#title').fill(TITLE);
  await box
    .locator('#body')
    .fill('Con tôi mới sinh, vợ chồng tôi chưa đăng ký kết hôn. Xin hỏi thủ tục đăng ký khai sinh cho cháu?');
  await box.locator('#consent').check();
  await box.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  const code = (await box.locator('.success .code').innerText()).trim();
  assert.match(code, /^HD-[A-Z0-9]{8}$/);
  assert.match((await mailTo(CITIZEN, /Đã nhận câu hỏi/)).text, new RegExp(code));

  // Asked on the commune's site: its officer is told (no citizen's data), and drafts the answer.
  const assigned = await mailTo(OFFICER.email, new RegExp(`mới.*${code}`));
  assert.doesNotMatch(assigned.text, /Nguyễn Thị Hỏi|nguoi\.hoi/);
  const officer = await consoleAt(linkAfter(assigned, 'Mở trong trang quản trị'), OFFICER);
  const { page } = officer;
  assert.equal(await page.getByRole('button', { name: 'Đăng lên trang hỏi đáp' }).count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Từ chối', exact: true }).count(), 0);
  await page.getByRole('textbox', { name: 'Nội dung trả lời' }).fill(ANSWER);
  await page.getByLabel('Chức vụ').fill('Công chức Tư pháp – Hộ tịch xã Hòa Thạnh');
  await page.getByRole('button', { name: 'Gửi câu trả lời để duyệt' }).click();
  await page.locator('pbgdpl-admin-question .report', { hasText: 'Chờ duyệt' }).waitFor();
  assert.deepEqual(await axe(page), [], "the officer's question page");
  assert.deepEqual(officer.problems, []);

  // The editors are told; one opens the link and publishes.
  const waiting = await mailTo(EDITOR.email, new RegExp(`chờ duyệt.*${code}`));
  const editor = await consoleAt(linkAfter(waiting, 'Mở trong trang quản trị'), EDITOR);
  await editor.page.getByRole('button', { name: 'Đăng lên trang hỏi đáp' }).click();
  await editor.page.getByRole('button', { name: 'Gỡ khỏi trang hỏi đáp' }).waitFor();
  assert.deepEqual(editor.problems, []);

  // The citizen's e-mail: the code and the link to the answer on the commune's page.
  const answered = await mailTo(CITIZEN, /đã được trả lời/);
  assert.match(answered.subject, new RegExp(code));
  const link = linkAfter(answered, 'Đọc câu trả lời');
  assert.match(link, new RegExp(`^${COMMUNE_SITE}/commune\\.html\\?hd-id=\\d+$`));
  await site.goto(link);
  await box.locator('.answer', { hasText: ANSWER.slice(0, 40) }).waitFor();
  await box.getByRole('heading', { name: TITLE }).waitFor();
  assert.deepEqual(siteProblems, []);
  await citizen.close();
});
