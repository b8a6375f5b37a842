import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { UserInvited } from '@pbgdpl/contract';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { axeViolations } from '../support/axe.ts';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * The review workflow end to end, in the built console on a real server: a commune's officer
 * signs in, drafts a document of her commune and submits it; an editor returns it with a
 * comment; the officer reads the comment on "Việc của tôi", fixes and resubmits; the editor
 * publishes it; the legal documents widget on the commune's site shows it. axe on every step.
 */
const EDITOR = { email: 'bbt@sotuphap.tayninh.gov.vn', password: 'ruộng lúa mùa nước nổi 2026' };
const OFFICER = { email: 'canbo@xa-hoa-thanh.tayninh.gov.vn', password: 'cây cầu tre bắc qua sông Vàm Cỏ' };
const TOKEN = 'e2e-admin-token-0123456789abcdef';
const NUMBER = '15/2026/QĐ-UBND';
const DRAFT_TITLE = 'Quy chế phối hợp hòa giải ở cơ sở Xylocarpa';
const FIXED_TITLE = 'Quy chế phối hợp hòa giải ở cơ sở xã Hòa Thạnh Xylocarpa';
const COMMENT = 'Trích yếu cần ghi rõ tên xã.';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let api: RunningServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-review-'));

before(async () => {
  api = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: join(dir, 'e2e.sqlite'),
      PBGDPL_ADMIN_EMAIL: EDITOR.email,
      PBGDPL_ADMIN_PASSWORD: EDITOR.password,
      PBGDPL_ADMIN_TOKEN: TOKEN,
    }),
  );
  browser = await launchChromium();
  // The commune's officer: invited by the administrator, she chose her password through the link.
  const invited = await fetch(new URL('api/v1/admin/users', api.url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Lê Thị Hoa',
      email: OFFICER.email,
      role: 'contributor',
      unitId: 'xa-hoa-thanh',
    }),
  });
  assert.equal(invited.status, 201, await invited.clone().text());
  const { invitation } = (await invited.json()) as UserInvited;
  const chosen = await fetch(new URL('api/v1/auth/password', api.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: api.url.replace(/\/$/, '') },
    body: JSON.stringify({ token: invitation.url?.split('/').pop(), password: OFFICER.password }),
  });
  assert.equal(chosen.status, 200, await chosen.clone().text());
});

after(async () => {
  await browser?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A person's own browser, signed in on "Việc của tôi", recording console errors. */
async function signedIn(person: {
  email: string;
  password: string;
}): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems = collectProblems(page, { refusals: [401] }); // 401: no session cookie on load
  await page.goto(new URL('admin/', api.url).href);
  await page.getByLabel('Email', { exact: false }).fill(person.email);
  await page.getByLabel('Mật khẩu', { exact: false }).fill(person.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  return { page, problems };
}

async function axe(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  assert.deepEqual(await axeViolations(page, 'pbgdpl-admin'), [], where);
}

const bar = (page: Page) => page.getByRole('region', { name: 'Duyệt nội dung' });
const stateIs = (page: Page, state: string) => bar(page).locator('strong', { hasText: state }).waitFor();

/** Opens the document from "Việc của tôi" (its own list or the review queue). */
async function openFromMyWork(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Việc của tôi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  await page.getByRole('link', { name: `${NUMBER} ${title}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Sửa văn bản' }).waitFor();
}

test('officer drafts and submits → editor returns with a comment → officer fixes and resubmits → editor publishes → the widget shows it', async () => {
  const officer = await signedIn(OFFICER);
  const mine = officer.page;
  await axe(mine, 'Việc của tôi, officer');
  await mine.getByRole('navigation').getByRole('link', { name: 'Văn bản' }).click();
  await mine.getByRole('link', { name: 'Thêm văn bản' }).click();
  await mine.getByRole('heading', { level: 1, name: 'Thêm văn bản' }).waitFor();
  await mine.getByLabel('Số ký hiệu', { exact: false }).first().fill(NUMBER);
  await mine.getByLabel('Trích yếu', { exact: false }).first().fill(DRAFT_TITLE);
  await mine.locator('select#f-issuerId option[value="xa-hoa-thanh"]').waitFor({ state: 'attached' });
  assert.equal(await mine.locator('select#f-issuerId').inputValue(), 'xa-hoa-thanh', 'her commune, preset');
  await mine.getByLabel('Ngày ban hành', { exact: false }).fill('2026-02-10');
  await mine.getByLabel('Tư pháp', { exact: true }).check();
  await mine.getByRole('textbox', { name: 'Toàn văn' }).click();
  await mine.keyboard.type('Điều 1. Phạm vi điều chỉnh.');
  assert.equal(await mine.getByLabel('Công khai trên trang', { exact: false }).count(), 0, 'editors publish');
  await mine.getByRole('button', { name: 'Lưu', exact: true }).click();
  await mine.locator('p.ok', { hasText: 'Đã lưu.' }).waitFor();
  await stateIs(mine, 'Bản nháp');
  assert.equal(await bar(mine).getByRole('button', { name: 'Đăng' }).count(), 0);
  await axe(mine, 'document form with the review bar, draft');
  await bar(mine).getByRole('button', { name: 'Gửi duyệt' }).click();
  await stateIs(mine, 'Chờ duyệt');

  const editor = await signedIn(EDITOR);
  const review = editor.page;
  await review.getByRole('heading', { level: 2, name: 'Chờ duyệt (1)' }).waitFor();
  await axe(review, 'Việc của tôi, editor');
  await openFromMyWork(review, DRAFT_TITLE);
  await stateIs(review, 'Chờ duyệt');
  await bar(review).getByRole('button', { name: 'Trả lại để sửa' }).click();
  await bar(review).getByLabel('Lý do trả lại', { exact: false }).fill(COMMENT);
  await bar(review).getByRole('button', { name: 'Trả lại', exact: true }).click();
  await stateIs(review, 'Bị trả lại');

  await openFromMyWork(mine, DRAFT_TITLE);
  await stateIs(mine, 'Bị trả lại');
  await bar(mine).locator('blockquote', { hasText: COMMENT }).first().waitFor();
  await axe(mine, 'a returned document with the comment');
  await mine.getByLabel('Trích yếu', { exact: false }).first().fill(FIXED_TITLE);
  await mine.getByRole('button', { name: 'Lưu', exact: true }).click();
  await mine.locator('p.ok', { hasText: 'Đã lưu.' }).waitFor();
  await bar(mine).getByRole('button', { name: 'Gửi duyệt' }).click();
  await stateIs(mine, 'Chờ duyệt');

  const hidden = (await (await fetch(new URL('api/v1/documents?q=Xylocarpa', api.url))).json()) as {
    total: number;
  };
  assert.equal(hidden.total, 0, 'not public before it is published');
  await openFromMyWork(review, FIXED_TITLE);
  await bar(review).getByRole('button', { name: 'Đăng', exact: true }).click();
  await stateIs(review, 'Đã đăng');
  await bar(review).getByText(`Lịch sử duyệt (5)`).click();
  await bar(review).getByText(COMMENT).first().waitFor();

  // The commune's site, on an origin of its own, embeds the legal documents widget as the README says.
  const origin = api.url.replace(/\/$/, '');
  const commune = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xã Hòa Thạnh</title>
<script type="module" src="${origin}/embed/pbgdpl.js" data-api="${origin}/api/v1" data-unit="xa-hoa-thanh"></script>
</head><body><h1>Xã Hòa Thạnh</h1><pbgdpl-legal-docs issuer="xa-hoa-thanh"></pbgdpl-legal-docs></body></html>`);
  });
  await new Promise<void>((resolve) => commune.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => commune.close(() => resolve())));
  const site = await (await browser.newContext()).newPage();
  await site.goto(`http://127.0.0.1:${(commune.address() as AddressInfo).port}/`);
  await site.locator('pbgdpl-legal-docs').getByText(FIXED_TITLE).first().waitFor();

  assert.deepEqual(officer.problems, []);
  assert.deepEqual(editor.problems, []);
  await Promise.all([mine.context().close(), review.context().close(), site.context().close()]);
});
