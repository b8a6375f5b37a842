import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';

/**
 * Issue 4 from end to end in Chromium: a citizen asks on the demo portal, an editor answers
 * and publishes in /admin/, and the citizen reads the answer by tracking code and in the
 * public list. Built bundle and console required.
 */
const TOKEN = 'qa-flow-admin-token-0123456789abcdef';
const hosted = useHostedApi({ PBGDPL_ADMIN_TOKEN: TOKEN, PBGDPL_QUESTION_MIN_FILL_SECONDS: '0' });

const TITLE = 'Thủ tục cấp lại căn cước khi bị mất ở xã Tân Biên';
const ANSWER = 'Ông/bà đến Công an xã Tân Biên, mang theo giấy tờ tùy thân khác';

test('a citizen asks on the portal, an editor answers in /admin/, the citizen reads it by code and in the list', async () => {
  const portal = await hosted.browser.newPage();
  const portalProblems = collectProblems(portal);
  await portal.goto(hosted.api.url);
  const box = portal.locator('pbgdpl-qa-box');
  await box.getByRole('tab', { name: 'Đặt câu hỏi' }).click();
  await box.locator('#name').fill('Lê Văn Dân');
  await box.locator('#phone').fill('0912 345 678');
  await box.locator('#field').selectOption({ label: 'Tư pháp' });
  await box.locator('#title').fill(TITLE);
  await box
    .locator('#body')
    .fill('Tôi làm mất căn cước công dân khi đi chợ. Xin hỏi cần làm thủ tục gì, ở đâu và mất bao lâu?');
  await box.locator('#consent').check();
  await box.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  const code = (await box.locator('.success .code').innerText()).trim();
  assert.match(code, /^HD-[A-Z0-9]{8}$/);

  const console = await hosted.browser.newPage();
  const consoleProblems = collectProblems(console, { refusals: [401] }); // 401: no session cookie on load
  await console.goto(new URL('admin/', hosted.api.url).href);
  await console.getByText('Dùng mã truy cập').click();
  await console.getByLabel('Mã truy cập').fill(TOKEN);
  await console.getByRole('button', { name: 'Đăng nhập bằng mã' }).click();
  await console.getByRole('link', { name: TITLE }).click();
  await console.getByRole('textbox', { name: 'Nội dung trả lời' }).fill(ANSWER);
  await console.getByLabel('Người trả lời').fill('Nguyễn Thị Hòa');
  await console.getByLabel('Chức vụ').fill('Chuyên viên Sở Tư pháp');
  await console.getByRole('button', { name: 'Lưu câu trả lời' }).click();
  await console.getByRole('button', { name: 'Đăng lên trang hỏi đáp' }).click();
  await console.getByText('Gỡ khỏi trang hỏi đáp').or(console.getByText('Đã đăng')).first().waitFor();

  await box.getByRole('tab', { name: 'Tra cứu câu hỏi' }).click();
  await box.getByLabel('Mã tra cứu').fill(code);
  await box.getByRole('button', { name: 'Tra cứu' }).click();
  await box.locator('.tracking .badge[data-status="answered"]').waitFor();
  assert.match(await box.locator('.tracking').innerText(), new RegExp(ANSWER.slice(0, 30)));

  await box.getByRole('tab', { name: 'Câu hỏi đã trả lời' }).click();
  await box.getByLabel('Tìm câu hỏi').fill('can cuoc tan bien');
  await box.getByLabel('Tìm câu hỏi').press('Enter');
  await box.locator('.list .item .title', { hasText: TITLE }).click();
  assert.match(await box.locator('.answer').innerText(), new RegExp(ANSWER.slice(0, 30)));
  assert.deepEqual(portalProblems, []);
  assert.deepEqual(consoleProblems, []);
});
