/**
 * The pictures of the editors' guide (docs/huong-dan-bien-tap.md), taken from the built console
 * on a real server with the demo content so they stay current: `pnpm docs:console-screenshots`
 * (after `pnpm build`) writes docs/img/console-*.png. A commune's officer's document is drafted,
 * submitted and returned with a comment through the API first, so the review shows something;
 * the demo's live dialogue session shows the moderation queue.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { AdminDialoguePage, AdminDocument, TokenCreated } from '@pbgdpl/contract';
import { loadConfig } from '../../packages/server/src/config.ts';
import { startServer } from '../../packages/server/src/server.ts';
import { launchChromium } from '../support/browser.ts';

const ADMIN_TOKEN = 'docs-admin-token-0123456789abcdef';
const out = new URL('../../docs/img/', import.meta.url);
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-console-shots-'));
const server = await startServer(
  loadConfig({
    PORT: '0',
    DATABASE_URL: join(dir, 'shots.sqlite'),
    PBGDPL_DEMO_CONTENT: 'on',
    PBGDPL_ADMIN_TOKEN: ADMIN_TOKEN,
  }),
);

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(`api/v1/admin${path}`, server.url), {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const officer = (
  await call<TokenCreated>(ADMIN_TOKEN, 'POST', '/tokens', {
    name: 'Lê Thị Hoa (Xã Hòa Thạnh)',
    role: 'contributor',
    unitId: 'xa-hoa-thanh',
  })
).token;
const draft = await call<AdminDocument>(officer, 'POST', '/documents', {
  number: '15/2026/QĐ-UBND',
  title: 'Quy chế phối hợp hòa giải ở cơ sở',
  type: 'quyet-dinh',
  issuerId: 'xa-hoa-thanh',
  issuedOn: '2026-02-10',
  status: 'in-force',
  fields: ['tu-phap'],
  body: '<p>Điều 1. Phạm vi điều chỉnh.</p>',
});
await call(officer, 'POST', `/documents/${draft.id}/state`, { action: 'submit' });
const returned = await call<AdminDocument>(officer, 'POST', '/documents', {
  number: '16/KH-UBND',
  title: 'Kế hoạch tuyên truyền pháp luật năm 2026',
  type: 'ke-hoach',
  issuerId: 'xa-hoa-thanh',
  issuedOn: '2026-02-12',
  status: 'in-force',
  fields: ['tu-phap'],
  body: '<p>I. Mục đích, yêu cầu.</p>',
});
await call(officer, 'POST', `/documents/${returned.id}/state`, { action: 'submit' });
await call(ADMIN_TOKEN, 'POST', `/documents/${returned.id}/state`, {
  action: 'return',
  comment: 'Trích yếu cần ghi rõ tên xã; bổ sung căn cứ ban hành.',
});

// The demo's live session (a commune's, on grassroots mediation) for the moderation queue.
const [live] = (await call<AdminDialoguePage>(ADMIN_TOKEN, 'GET', '/dialogues?state=live')).items;

const browser = await launchChromium();

/** The console signed in with `token`, on `fragment`, once `ready` shows. */
async function consolePage(token: string | null, fragment: string, ready: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(new URL(`admin/${fragment}`, server.url).href);
  if (token) {
    await page.getByText('Dùng mã truy cập').click();
    await page.getByLabel('Mã truy cập').fill(token);
    await page.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
  }
  await ready(page);
  return page;
}

async function shoot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: fileURLToPath(new URL(file, out)), fullPage: false });
  console.log(`docs/img/${file}`);
  await page.close();
}

try {
  await shoot(
    await consolePage(null, '', (page) =>
      page.getByRole('heading', { level: 1, name: 'Đăng nhập trang biên tập' }).waitFor(),
    ),
    'console-sign-in.png',
  );
  await shoot(
    await consolePage(ADMIN_TOKEN, '', (page) =>
      page.getByRole('heading', { level: 2, name: /^Chờ duyệt/ }).waitFor(),
    ),
    'console-viec-cua-toi.png',
  );
  await shoot(
    await consolePage(officer, `#/documents/${returned.id}`, async (page) => {
      await page.getByRole('region', { name: 'Duyệt nội dung' }).locator('blockquote').first().waitFor();
      await page.getByText(/^Lịch sử duyệt/).click();
    }),
    'console-thanh-duyet.png',
  );
  await shoot(
    await consolePage(ADMIN_TOKEN, `#/dialogues/${live!.id}/questions`, async (page) => {
      await page.getByRole('heading', { level: 2, name: 'Phím tắt' }).waitFor();
      await page.locator('ol.queue > li').first().focus();
    }),
    'console-doi-thoai.png',
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
