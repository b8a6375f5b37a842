import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { axeViolations } from '../support/axe.ts';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * Named accounts in the built console, from a real server under the page's own CSP and Trusted
 * Types: the administrator signs in with e-mail and password, invites a commune's officer, who
 * chooses a password through the link and sees only what a contributor may use; a wrong password
 * is refused clearly; an administrator makes and revokes an access token. axe on every page.
 */
const ADMIN = { email: 'quantri@sotuphap.tayninh.gov.vn', password: 'ruộng lúa mùa nước nổi 2026' };
const OFFICER = { email: 'canbo@xa-hoa-thanh.tayninh.gov.vn', name: 'Lê Thị Hoa' };
const STRONG = 'cây cầu tre bắc qua sông Vàm Cỏ';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api: RunningServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-accounts-'));

before(async () => {
  api = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: join(dir, 'e2e.sqlite'),
      PBGDPL_ADMIN_EMAIL: ADMIN.email,
      PBGDPL_ADMIN_PASSWORD: ADMIN.password,
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

const consoleUrl = (fragment = '') => new URL(`admin/${fragment}`, api.url).href;

/** A fresh browser (no cookie) on the console, recording CSP violations and console errors. */
async function openConsole(fragment = ''): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // 401: no session yet, a wrong password; 400: a weak password; 403: a deactivated account; 429: locked out.
  const problems = collectProblems(page, { refusals: [400, 401, 403, 429] });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(consoleUrl(fragment));
  return { page, problems };
}

/** axe's WCAG 2.1 AA rules over the console; axe is evaluated through DevTools, as the CSP allows no script tag. */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return axeViolations(page, 'pbgdpl-admin');
}

async function finish(page: Page, problems: string[]): Promise<void> {
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  assert.deepEqual(violations, [], 'no CSP or Trusted Types violation');
  assert.deepEqual(problems, [], 'no console error');
  await page.context().close();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email', { exact: false }).fill(email);
  await page.getByLabel('Mật khẩu', { exact: false }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Các mục biên tập' });

test('invite → the link → a password → signed in as oneself, with a contributor’s navigation', async () => {
  const admin = await openConsole();
  const { page } = admin;
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập trang biên tập' }).waitFor();
  assert.deepEqual(await axe(page), [], 'sign-in page');
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  assert.match(await page.locator('header').innerText(), /Quản trị viên \(Quản trị viên\)/);

  await nav(page).getByRole('link', { name: 'Người dùng' }).click();
  await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
  await page.getByRole('table').waitFor();
  assert.match(await page.getByRole('table').innerText(), new RegExp(ADMIN.email));
  assert.deepEqual(await axe(page), [], 'users page');

  await page.getByRole('link', { name: 'Mời người dùng' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mời người dùng' }).waitFor();
  await page.getByLabel('Họ và tên', { exact: false }).fill(OFFICER.name);
  await page.getByLabel('Email', { exact: false }).fill(OFFICER.email);
  await page.getByLabel('Vai trò', { exact: false }).selectOption('contributor');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // A contributor without a unit is refused before anything is sent.
  await page.getByText('Người đóng góp phải thuộc một đơn vị.').first().waitFor();
  await page.locator('select#f-unitId option[value="xa-hoa-thanh"]').waitFor({ state: 'attached' });
  await page.getByLabel('Đơn vị', { exact: false }).selectOption('xa-hoa-thanh');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const link = page.getByLabel('Liên kết đặt mật khẩu');
  await link.waitFor();
  const url = await link.inputValue();
  // Focus is on the link, selected, ready to copy.
  await page.waitForFunction(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id === 'secret';
  });
  assert.match(url, /\/admin\/#\/password\/[\w-]{43}$/);
  assert.match(page.url(), /#\/users\/\d+$/);
  assert.deepEqual(await axe(page), [], 'user form with the one-time link');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByText('Bạn đã đăng xuất.').waitFor();
  // The session ended on the server: a reload does not sign in again.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập trang biên tập' }).waitFor();
  await finish(page, admin.problems);

  const officer = await openConsole(url.slice(url.indexOf('#')));
  const person = officer.page;
  await person.getByRole('heading', { level: 1, name: 'Đặt mật khẩu' }).waitFor();
  assert.deepEqual(await axe(person), [], 'password page');
  const chosen = person.getByLabel('Mật khẩu mới (bắt buộc)', { exact: true });
  const again = person.getByLabel('Nhập lại mật khẩu mới', { exact: false });
  const submit = person.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' });
  await chosen.fill('lethihoa2026');
  await again.fill('lethihoa2026');
  await submit.click();
  // The server's strength rule, beside the field, and the summary takes focus.
  await person.locator('.field-error', { hasText: 'quá dễ đoán' }).waitFor();
  assert.equal(await person.locator('[aria-invalid="true"]').getAttribute('name'), 'password');
  assert.equal(
    await person.evaluate(
      () => document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.className,
    ),
    'error-summary',
  );
  assert.deepEqual(await axe(person), [], 'password page with a refusal');
  await chosen.fill(STRONG);
  await again.fill(`${STRONG}!`);
  await submit.click();
  await person.getByText('Hai mật khẩu không khớp.').first().waitFor();
  await again.fill(STRONG);
  await submit.click();

  // Signed in as herself, on her own work; the link left the address bar; only what a
  // contributor may use.
  await person.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  assert.match(await person.locator('header').innerText(), /Lê Thị Hoa \(Người đóng góp, Xã Hòa Thạnh\)/);
  assert.doesNotMatch(person.url(), /password/);
  const links = await nav(person).getByRole('link').allInnerTexts();
  assert.deepEqual(links, [
    'Việc của tôi',
    'Hỏi đáp',
    'Đối thoại',
    'Văn bản',
    'Phản ánh, kiến nghị',
    'Banner',
    'Video',
    'Tin bài',
    'Thư viện tệp',
    'Cuộc thi',
    'Thống kê',
    'Tài khoản',
  ]);
  assert.equal(await person.getByRole('link', { name: 'Người dùng' }).count(), 0);
  await nav(person).getByRole('link', { name: 'Tài khoản' }).click();
  await person.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
  await person.locator('main').getByText(OFFICER.email).waitFor();
  assert.deepEqual(await axe(person), [], 'account page');

  // The cookie session survives a reload.
  await person.reload();
  await person.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
  await finish(person, officer.problems);
});

test('a wrong password is refused clearly, focus back on the password', async () => {
  const { page, problems } = await openConsole();
  await signIn(page, ADMIN.email, 'không phải mật khẩu này');
  const alert = page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng.' });
  await alert.waitFor();
  await page.waitForFunction(
    () =>
      document
        .querySelector('pbgdpl-admin')
        ?.shadowRoot?.querySelector('pbgdpl-admin-sign-in')
        ?.shadowRoot?.activeElement?.getAttribute('name') === 'password',
  );
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Đăng nhập trang biên tập' }).count(), 1);
  assert.deepEqual(await axe(page), [], 'sign-in page with a refusal');
  // Both fields left empty: each says so.
  await page.getByLabel('Email', { exact: false }).fill('');
  await page.getByLabel('Mật khẩu', { exact: false }).fill('');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  assert.equal(await page.getByText('Không được để trống.').count(), 2);
  await finish(page, problems);
});

test('an administrator makes an access token (shown once, it works), then revokes it', async () => {
  const { page, problems } = await openConsole('#/tokens');
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('heading', { level: 1, name: 'Mã truy cập' }).waitFor();
  assert.deepEqual(await axe(page), [], 'tokens page');
  await page.getByLabel('Tên (dùng cho việc gì)', { exact: false }).fill('Nhập văn bản hằng đêm');
  await page.getByLabel('Vai trò', { exact: false }).selectOption('editor');
  await page.getByRole('button', { name: 'Tạo mã', exact: true }).click();
  const secret = page.getByLabel('Mã truy cập mới');
  await secret.waitFor();
  const token = await secret.inputValue();
  const me = await fetch(new URL('api/v1/admin/me', api.url), {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(me.status, 200);
  assert.equal(((await me.json()) as { name: string }).name, 'Nhập văn bản hằng đêm');
  const row = page.getByRole('row', { name: /Nhập văn bản hằng đêm/ });
  await row.getByText('Còn hiệu lực').waitFor();
  assert.deepEqual(await axe(page), [], 'tokens page with the new secret');

  await row.getByRole('button', { name: /Thu hồi/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Thu hồi' }).click();
  await row.getByText(/Đã thu hồi ngày/).waitFor();
  const after = await fetch(new URL('api/v1/admin/me', api.url), {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(after.status, 401);
  await finish(page, problems);
});

test('an administrator deactivates an account; its person is told so at sign-in', async () => {
  const admin = await openConsole('#/users');
  const { page } = admin;
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
  await page.getByRole('link', { name: OFFICER.name }).click();
  await page.getByRole('heading', { level: 1, name: 'Sửa người dùng' }).waitFor();
  await page.getByLabel('Tài khoản đang hoạt động').uncheck();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.locator('p.ok', { hasText: 'Đã lưu.' }).waitFor();
  assert.deepEqual(await axe(page), [], 'user form');
  await nav(page).getByRole('link', { name: 'Người dùng' }).click();
  await page.getByLabel('Trạng thái').selectOption('false');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.getByRole('table').getByText('Đã khóa').waitFor();
  assert.deepEqual(
    await page.getByRole('table').getByRole('link').allInnerTexts(),
    [OFFICER.name],
    'the deactivated accounts alone',
  );
  await finish(page, admin.problems);

  const officer = await openConsole();
  await signIn(officer.page, OFFICER.email, STRONG);
  await officer.page.getByRole('alert').getByText('Tài khoản này đã bị khóa.', { exact: false }).waitFor();
  await finish(officer.page, officer.problems);
});

// Last: it locks this browser's address out of signing in.
test('repeated failures lock the sign-in, and the console says until when', async () => {
  const { page, problems } = await openConsole();
  const alert = page.getByRole('alert');
  for (let attempt = 0; attempt < 6; attempt++) {
    await signIn(page, 'ai-do@xa-hoa-thanh.tayninh.gov.vn', `sai mật khẩu lần ${attempt}`);
    await page
      .getByRole('button', { name: 'Đăng nhập', exact: true })
      .and(page.locator(':enabled'))
      .waitFor();
    if (/tạm khóa/.test(await alert.innerText())) break;
  }
  assert.match(
    await alert.innerText(),
    /tạm khóa\. Vui lòng thử lại sau \d+ phút\. Có thể đăng nhập lại từ khoảng \d\d\/\d\d\/\d{4} \d\d:\d\d\./,
  );
  assert.deepEqual(await axe(page), [], 'sign-in page, locked');
  await finish(page, problems);
});
