import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * The editor console as `pnpm start` serves it (built `dist/admin` required): sign in, create a
 * document, publish it, and find it through the public API — under the page's own strict CSP
 * with Trusted Types, without a violation or a console error.
 */
const TOKEN = 'e2e-admin-token-0123456789abcdef';
let api: RunningServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-admin-'));

before(async () => {
  api = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: join(dir, 'e2e.sqlite'),
      PBGDPL_ADMIN_TOKEN: TOKEN,
      PBGDPL_DEMO_CONTENT: 'on',
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the console page is served with a strict CSP, no framing and no caching', async () => {
  for (const path of ['admin', 'admin/']) {
    const response = await fetch(new URL(path, api.url));
    assert.equal(response.status, 200, path);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(await response.text(), /<pbgdpl-admin>/);
  }
});

test('an editor signs in, goes to the documents, creates and publishes one, and the public API finds it', async () => {
  const page = await browser.newPage();
  const problems = collectProblems(page, { refusals: [401] }); // 401: no session cookie on load
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(new URL('admin/', api.url).href);
  assert.match(response?.headers()['content-security-policy'] ?? '', /trusted-types lit-html dompurify/);

  // An operator's access token: the second way in, folded under the e-mail and password form.
  await page.getByText('Dùng mã truy cập').click();
  await page.getByLabel('Mã truy cập').fill(TOKEN);
  await page.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
  // The console opens on "Việc của tôi", each person's own work; documents are one link away.
  await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Văn bản' }).click();
  await page.getByRole('heading', { level: 1, name: 'Văn bản' }).waitFor();
  assert.match(await page.locator('header').innerText(), /Quản trị viên/);
  // The token stays in this tab only.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('pbgdpl-admin-token')), TOKEN);

  await page.getByRole('link', { name: 'Thêm văn bản' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thêm văn bản' }).waitFor();
  await page.getByLabel('Số ký hiệu', { exact: false }).first().fill('77/2026/QĐ-UBND');
  await page
    .getByLabel('Trích yếu', { exact: false })
    .first()
    .fill('Quy định về Xylophonia trong biên tập văn bản');
  const issuer = page.getByLabel('Cơ quan ban hành', { exact: false });
  await page.locator('select#f-issuerId option[value="tay-ninh"]').waitFor({ state: 'attached' });
  await issuer.selectOption('tay-ninh');
  await page.getByLabel('Ngày ban hành', { exact: false }).fill('2026-02-10');
  await page.getByLabel('Tư pháp', { exact: true }).check();
  const body = page.getByRole('textbox', { name: 'Toàn văn' });
  await body.click();
  await page.keyboard.type('Điều 1. Phạm vi điều chỉnh.');
  await page.getByRole('button', { name: 'In đậm' }).click();
  // A paste from Word (its clipboard HTML: head styles, conditional comments, mso- lists,
  // footnotes, an image file) through the system clipboard, under the page's Trusted Types and
  // CSP: parsed with DOMPurify's policy, never one of ProseMirror's, and no inline style applied.
  await page.keyboard.press('Enter');
  await page.evaluate(
    (markup) =>
      document.addEventListener(
        'copy',
        (event) => {
          event.clipboardData?.setData('text/html', markup);
          event.clipboardData?.setData('text/plain', 'Hồ sơ đề nghị');
          event.preventDefault();
          event.stopImmediatePropagation();
        },
        { capture: true, once: true },
      ),
    readFileSync(
      new URL('../../admin/test/fixtures/paste/word-list-footnotes.html', import.meta.url),
      'utf8',
    ),
  );
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await page.getByRole('heading', { name: 'Hồ sơ đề nghị' }).waitFor();
  await page.getByText('Hãy chèn ảnh bằng nút Hình ảnh').waitFor();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.locator('p.ok', { hasText: 'Đã lưu.' }).waitFor();
  assert.match(page.url(), /#\/documents\/\d+$/);

  await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
  await page.getByLabel('Tìm theo số hiệu, trích yếu').fill('Xylophonia');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  const row = page.locator('tr', { hasText: '77/2026/QĐ-UBND' });
  await row.waitFor();
  assert.match(await row.innerText(), /Bản nháp/);
  await row.getByRole('button', { name: /^Đăng/ }).click();
  await page
    .locator('tr', { hasText: '77/2026/QĐ-UBND' })
    .getByRole('button', { name: /Gỡ xuống/ })
    .waitFor();

  const found = (await (await fetch(new URL('api/v1/documents?q=Xylophonia', api.url))).json()) as {
    items: Array<{ id: number; number: string; title: string }>;
  };
  const stored = (await (await fetch(new URL(`api/v1/documents/${found.items[0]?.id}`, api.url))).json()) as {
    body: string;
  };
  assert.match(stored.body, /<h2>Hồ sơ đề nghị<\/h2>/);
  assert.match(stored.body, /<ul><li><p>Tờ khai theo mẫu;<\/p><\/li>/);
  assert.match(stored.body, /<a href="#fn-1" id="fnref-1"><sup>1<\/sup><\/a>/);
  assert.deepEqual(
    found.items.map((item) => item.number),
    ['77/2026/QĐ-UBND'],
  );

  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});
