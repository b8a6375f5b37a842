import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { MediaPage } from '@pbgdpl/contract';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { photoWithLocation } from '../../packages/server/test/fixtures/media-files.ts';
import { collectProblems, launchChromium } from '../support/browser.ts';

/**
 * An editor drops a PDF on a document's attachment field and an image into its full text
 * (through the editor's library dialog), with a progress bar each, saves and publishes; the
 * portal's `<pbgdpl-legal-docs>` shows the attachment with its type and size and the image,
 * with `srcset`, and the attachment downloads under its Vietnamese name. Built `dist/` required; the console's
 * CSP with Trusted Types, no violation or console error.
 */
const TOKEN = 'e2e-media-admin-token-0123456789ab';
const PDF_NAME = 'Quyết định số 12 về hòa giải ở cơ sở.pdf';
let api: RunningServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-media-'));

before(async () => {
  api = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: join(dir, 'e2e.sqlite'),
      PBGDPL_MEDIA_DIR: join(dir, 'media'),
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

/**
 * A real drop on `target`: a DataTransfer holding the file, `dragover` then `drop`, as the
 * browser sends them when a file from the desktop is let go over the field. Resolves once a
 * progress bar was seen in `picker` (the upload is reported as it goes).
 */
async function dropFile(page: Page, picker: Locator, file: { name: string; type: string; bytes: Buffer }) {
  await picker.evaluate((el) => {
    const host = el as HTMLElement & { sawProgress?: boolean };
    host.sawProgress = false;
    new MutationObserver(() => {
      if (host.shadowRoot?.querySelector('progress')) host.sawProgress = true;
    }).observe(host.shadowRoot!, { subtree: true, childList: true });
  });
  const transfer = await page.evaluateHandle(
    ({ name, type, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return data;
    },
    { name: file.name, type: file.type, bytes: [...file.bytes] },
  );
  const zone = picker.locator('fieldset');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await picker.locator('.current code').waitFor({ timeout: 20_000 });
  assert.equal(
    await picker.evaluate((el) => (el as { sawProgress?: boolean }).sawProgress),
    true,
    'progress shown',
  );
}

test('a PDF and an image dropped into a document reach the portal’s widget, the image with srcset, the PDF under its Vietnamese name', async () => {
  const page = await browser.newPage();
  const problems = collectProblems(page, { refusals: [401] });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(new URL('admin/', api.url).href);
  await page.getByText('Dùng mã truy cập').click();
  await page.getByLabel('Mã truy cập').fill(TOKEN);
  await page.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
  await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  await page.goto(new URL('admin/#/documents/new', api.url).href);
  await page.getByRole('heading', { level: 1, name: 'Thêm văn bản' }).waitFor();

  const number = '12/2026/QĐ-UBND';
  await page.getByLabel('Số ký hiệu', { exact: false }).first().fill(number);
  await page
    .getByLabel('Trích yếu', { exact: false })
    .first()
    .fill('Quyết định về hòa giải Quasarvien ở cơ sở');
  await page.locator('select#f-issuerId option[value="tay-ninh"]').waitFor({ state: 'attached' });
  await page.getByLabel('Cơ quan ban hành', { exact: false }).selectOption('tay-ninh');
  await page.getByLabel('Ngày ban hành', { exact: false }).fill('2026-02-10');
  await page.getByLabel('Tư pháp', { exact: true }).check();

  // The PDF, dropped on the attachment's field: its type and size come from the library.
  await page.getByRole('button', { name: 'Thêm tệp đính kèm' }).click();
  // Bytes of its own: the demo's same PDF would share its address, and so its download name.
  const pdf = Buffer.concat([
    readFileSync(new URL('../../demo-content/media/documents/45-2019-qd-ubnd.pdf', import.meta.url)),
    Buffer.from('% e2e\n'),
  ]);
  await dropFile(page, page.locator('pbgdpl-admin-media-picker').first(), {
    name: PDF_NAME,
    type: 'application/pdf',
    bytes: pdf,
  });

  // The image, through the editor's figure tool: dropped on the dialog's field, then described.
  const body = page.getByRole('textbox', { name: 'Toàn văn' });
  await body.click();
  await page.keyboard.type('Điều 1. Hội nghị triển khai.');
  await page.keyboard.press('Control+Alt+I');
  await page.getByRole('heading', { name: 'Chèn ảnh từ thư viện' }).waitFor();
  const photo = await photoWithLocation(1400, 800);
  await dropFile(page, page.locator('pbgdpl-admin-library-image pbgdpl-admin-media-picker'), {
    name: 'Hội nghị triển khai.jpg',
    type: 'image/jpeg',
    bytes: photo,
  });
  await page.getByLabel('Mô tả ảnh', { exact: true }).fill('Quang cảnh hội nghị triển khai');
  await page.getByRole('button', { name: 'Chèn ảnh' }).click();
  await page.getByRole('heading', { name: 'Chèn ảnh từ thư viện' }).waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.locator('p.ok', { hasText: 'Đã lưu.' }).waitFor();
  const id = Number(/#\/documents\/(\d+)$/.exec(page.url())?.[1]);
  assert.ok(id > 0);
  const published = await fetch(new URL(`api/v1/admin/documents/${id}/published`, api.url), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ published: true }),
  });
  assert.equal(published.status, 200, await published.text());

  // The portal opens the document by its address; the attachment and the figure are there.
  const portal = await browser.newPage();
  const portalProblems = collectProblems(portal);
  await portal.goto(new URL(`/?vb-doc=${id}`, api.url).href);
  const link = portal.locator('pbgdpl-legal-doc a.file, pbgdpl-legal-docs a.file').first();
  await link.waitFor({ timeout: 15_000 });
  assert.match(await link.innerText(), /Quyết định số 12 về hòa giải ở cơ sở\.pdf\s*\(PDF, 1[0-9,.]* KB\)/);
  const figure = portal.locator('figure img[alt="Quang cảnh hội nghị triển khai"]');
  await figure.waitFor();
  // Its smaller WebP copies: the browser picks one for its width.
  const srcset = (await figure.getAttribute('srcset')) ?? '';
  assert.deepEqual(
    srcset.split(', ').map((candidate) => candidate.replace(/^.*\.(\w+) (\d+)w$/, '$1 $2')),
    ['webp 320', 'webp 640', 'webp 1280', 'jpg 1400'],
  );
  assert.ok(await figure.getAttribute('sizes'));
  assert.match(await figure.evaluate((img) => (img as HTMLImageElement).currentSrc), /\.webp$/);

  // The download's name, as the browser will save it.
  const href = await link.getAttribute('href');
  const download = await fetch(new URL(href!, api.url));
  assert.equal(download.headers.get('Content-Type'), 'application/pdf');
  assert.equal(
    download.headers.get('Content-Disposition'),
    `attachment; filename="Quyet dinh so 12 ve hoa giai o co so.pdf"; filename*=UTF-8''${encodeURIComponent(PDF_NAME)}`,
  );
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);

  // The library names both, with what it read from them.
  const library = (await (
    await fetch(new URL('api/v1/admin/media?q=hoi nghi trien khai', api.url), {
      headers: { Authorization: `Bearer ${TOKEN}` },
    })
  ).json()) as MediaPage;
  assert.deepEqual(
    library.items.map((item) => [item.kind, item.width, item.variants.map((v) => v.width)]),
    [['image', 1400, [320, 640, 1280]]],
  );

  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  assert.deepEqual(portalProblems, []);
  await portal.close();
  await page.close();
});
