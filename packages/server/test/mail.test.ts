import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { AdminQuestion, LinkSent, OutboxReport, UserInvited } from '@pbgdpl/contract';
import { type MailSender, startMailSender } from '../src/mail/mail-sender.ts';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { usersRepository } from '../src/repositories/users.ts';
import { json } from './helpers.ts';
import { ask, type QuestionsApp, questionsApp } from './questions-support.ts';
import { startSmtpSink } from './smtp-sink.ts';

/**
 * E-mail through a real SMTP server process: citizens' receipts and answered notices, staff
 * invitations, and the outbox that keeps every message while the server is away.
 */
const QA_PAGE = 'https://pbgdpl.tayninh.gov.vn/hoi-dap';
const FROM = 'Sở Tư pháp Tây Ninh <khong-tra-loi@stp.tayninh.gov.vn>';

async function mailApp(smtpUrl: string): Promise<QuestionsApp & { sender: MailSender }> {
  const t = await questionsApp({
    PBGDPL_SMTP_URL: smtpUrl,
    PBGDPL_MAIL_FROM: FROM,
    PBGDPL_MAIL_POLL_SECONDS: '1',
    PBGDPL_QA_PAGE_URL: QA_PAGE,
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100',
    PBGDPL_QUESTIONS_PER_HOUR: '100',
  });
  const sender = startMailSender(t.database.db, t.config.mail!, t.clock);
  // Stops before the database closes (after-hooks run last first).
  after(() => sender.stop());
  return { ...t, sender };
}

/** Waits until the sender has recorded every message as sent. */
async function recorded(t: QuestionsApp): Promise<void> {
  const deadline = Date.now() + 10_000;
  const unsent = () =>
    t.database.db.selectFrom('outbox').select('id').where('sent_at', 'is', null).executeTakeFirst();
  while ((await unsent()) !== undefined) {
    if (Date.now() > deadline) throw new Error('the sender did not record its messages within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function answerAndPublish(t: QuestionsApp, id: number, publish = true) {
  const answered = await t.adminCall('PUT', `/questions/${id}/answer`, t.editor, {
    html: '<p>Theo Luật Đất đai năm 2024, điều kiện tách thửa do tỉnh quy định.</p>',
    answeredBy: 'Trần Minh Khoa',
    answererTitle: 'Chuyên viên Sở Tư pháp',
  });
  assert.equal(answered.status, 200, await answered.clone().text());
  if (!publish) return;
  const published = await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: true });
  assert.equal((await json<AdminQuestion>(published)).published, true);
}

test('a citizen gets a receipt with the code, then one notice with a link when the answer is published', async () => {
  const sink = await startSmtpSink();
  const t = await mailApp(sink.url);
  const { id, trackingCode } = await ask(t, false, {
    input: { email: 'dan.thuong@example.vn', name: 'Lê Văn Dân' },
  });

  const [receipt] = await sink.waitFor(1);
  assert.deepEqual(receipt!.to, ['dan.thuong@example.vn']);
  assert.equal(receipt!.from, 'khong-tra-loi@stp.tayninh.gov.vn');
  assert.match(receipt!.subject, new RegExp(`Đã nhận câu hỏi.*${trackingCode}`));
  assert.match(receipt!.text, /Kính gửi Lê Văn Dân/);
  assert.match(receipt!.text, /ngày 01\/03\/2026|Ngày 01\/03\/2026/, 'the day as dd/mm/yyyy in Vietnam');
  assert.match(receipt!.text, new RegExp(`${QA_PAGE}\\?hd-tab=status`));
  assert.match(receipt!.html, /<a href="https:\/\/pbgdpl\.tayninh\.gov\.vn\/hoi-dap\?hd-tab=status">/);

  await answerAndPublish(t, id);
  const [, notice] = await sink.waitFor(2);
  assert.match(notice!.subject, new RegExp(`đã được trả lời.*${trackingCode}`));
  assert.match(notice!.text, new RegExp(`${QA_PAGE}\\?hd-id=${id}`));

  // Unpublished and published again: the citizen was told once.
  await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: false });
  await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: true });
  assert.equal(await t.sender.sendDue(), 0);
  assert.equal(sink.received.length, 2);

  // The sink has both messages before the sender has written down that it sent them.
  await recorded(t);
  const sent = await t.database.db.selectFrom('outbox').selectAll().execute();
  assert.equal(sent.length, 2);
  assert.ok(
    sent.every((row) => row.sent_at && row.text_body === null && row.html_body === null),
    'a sent message keeps no body',
  );
});

test('no address, no mail; the English form gets English mail; titles are escaped in HTML', async () => {
  const sink = await startSmtpSink();
  const t = await mailApp(sink.url);
  await ask(t, false, { input: { email: undefined, phone: '0912345678' } });
  await ask(t, false, {
    lang: 'en',
    input: { email: 'visitor@example.com', title: 'Land <b>split</b> & "rules" in Tây Ninh' },
  });
  const [only] = await sink.waitFor(1);
  assert.deepEqual(only!.to, ['visitor@example.com']);
  assert.match(only!.subject, /^Your question was received/);
  assert.match(only!.html, /Land &lt;b&gt;split&lt;\/b&gt; &amp; &quot;rules&quot;/);
  assert.equal(await t.sender.sendDue(), 0);
  assert.equal(sink.received.length, 1);
});

test('an invitation goes by mail to its person only; the API no longer shows the link', async () => {
  const sink = await startSmtpSink();
  const t = await mailApp(sink.url);
  const created = await t.adminCall('POST', '/users', t.admin, {
    email: 'canbo.xa@hoathanh.tayninh.gov.vn',
    name: 'Phạm Thị Cán Bộ',
    role: 'contributor',
    unitId: 'xa-hoa-thanh',
  });
  assert.equal(created.status, 201, await created.clone().text());
  const { id, invitation } = await json<UserInvited>(created);
  assert.deepEqual([invitation.sent, invitation.url], [true, null]);

  const [mail] = await sink.waitFor(1);
  assert.deepEqual(mail!.to, ['canbo.xa@hoathanh.tayninh.gov.vn']);
  const token = /#\/password\/([\w-]{43})/.exec(mail!.text)?.[1];
  assert.ok(token, mail!.text);
  const chosen = await t.app.request('http://localhost/api/v1/auth/password', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
    body: JSON.stringify({ token, password: 'cánh đồng lúa chín vàng ven sông' }),
  });
  assert.equal(chosen.status, 200, await chosen.clone().text());

  const reset = await t.adminCall('POST', `/users/${id}/reset`, t.admin);
  assert.equal((await json<LinkSent>(reset)).sent, true);
  const [, second] = await sink.waitFor(2);
  assert.match(second!.subject, /Đặt lại mật khẩu/);
});

test('SMTP down: nothing is lost, the console sees why, and each message arrives once when it returns', async () => {
  const sink = await startSmtpSink('down');
  const t = await mailApp(sink.url);
  await ask(t, false, { input: { email: 'mot@example.vn' } });
  await ask(t, false, { input: { email: 'hai@example.vn' } });
  assert.equal(await t.sender.sendDue(), 0);

  const waiting = await json<OutboxReport>(await t.adminCall('GET', '/mail', t.admin));
  assert.equal(waiting.enabled, true);
  assert.equal(waiting.items.length, 2);
  assert.ok(waiting.items.every((item) => item.attempts >= 1 && /421/.test(item.lastError ?? '')));
  assert.equal(await t.sender.sendDue(), 0, 'not retried before its time');

  await sink.setUp(true);
  t.wait(31);
  await sink.waitFor(2);
  // The SMTP server has the messages a moment before the sender records it (a busy machine makes
  // that moment long): moving the clock past the lease before then would send one again.
  await recorded(t);
  t.wait(3600);
  assert.equal(await t.sender.sendDue(), 0);
  assert.deepEqual(sink.received.map((mail) => mail.to[0]).sort(), ['hai@example.vn', 'mot@example.vn']);
  assert.deepEqual((await json<OutboxReport>(await t.adminCall('GET', '/mail', t.admin))).items, []);
});

test('a message given up is listed as failed and can be sent again by hand', async () => {
  const sink = await startSmtpSink('down');
  const t = await mailApp(sink.url);
  await ask(t, false, { input: { email: 'ba@example.vn' } });
  // Twelve failures, each after its back-off.
  for (let attempt = 0; attempt < 12; attempt++) {
    await t.sender.sendDue();
    t.wait(6 * 3600);
  }
  const [failed] = (await json<OutboxReport>(await t.adminCall('GET', '/mail', t.admin))).items;
  assert.ok(failed?.failedAt, JSON.stringify(failed));
  assert.equal(failed.nextAttemptAt, null);
  assert.equal((await t.adminCall('POST', '/mail/999999/retry', t.admin)).status, 404);

  await sink.setUp(true);
  assert.equal((await t.adminCall('POST', `/mail/${failed.id}/retry`, t.admin)).status, 204);
  await sink.waitFor(1);
  assert.equal(
    (await t.adminCall('POST', `/mail/${failed.id}/retry`, t.admin)).status,
    404,
    'sent: nothing to retry',
  );
});

test('without SMTP nothing is queued and the console is told', async () => {
  const t = await questionsApp();
  await ask(t, false, { input: { email: 'khong@example.vn' } });
  const report = await json<OutboxReport>(await t.adminCall('GET', '/mail', t.admin));
  assert.deepEqual(report, { enabled: false, items: [] });
});

test('staff notices: a question to its unit, a submission to the reviewers, a return to the unit; opted-out people hear nothing', async () => {
  const sink = await startSmtpSink();
  const t = await mailApp(sink.url);
  const users = usersRepository(t.database.db);
  const person = async (
    email: string,
    name: string,
    role: 'contributor' | 'editor',
    unitId: string | null,
  ) => {
    const user = await users.create({ email, name, role, unitId, active: true }, t.clock());
    await users.setPassword(user.id, 'scrypt:test-only-not-a-real-hash', t.clock());
    return user;
  };
  await person('canbo@hoathanh.tayninh.gov.vn', 'Cán Bộ Xã', 'contributor', 'xa-hoa-thanh');
  await person('bientap@stp.tayninh.gov.vn', 'Biên Tập Viên', 'editor', null);
  const quiet = await person('yenlang@stp.tayninh.gov.vn', 'Người Tắt Thông Báo', 'editor', null);
  await users.setNotify(quiet.id, false, t.clock());
  await person('khac@tanninh.tayninh.gov.vn', 'Phường Khác', 'contributor', 'phuong-tan-ninh');

  // Asked on the commune's site, no e-mail from the citizen: the commune's officer alone is told.
  const { id, trackingCode } = await ask(t, false, {
    input: { email: undefined, phone: '0912345678', unit: 'xa-hoa-thanh' },
  });
  const [assigned] = await sink.waitFor(1);
  assert.deepEqual(assigned!.to, ['canbo@hoathanh.tayninh.gov.vn']);
  assert.match(assigned!.subject, new RegExp(trackingCode));
  assert.match(assigned!.text, new RegExp(`/admin/#/questions/${id}`));
  assert.doesNotMatch(assigned!.text, /0912345678|Kiểm Thử/, "no sender's data");

  const officer = (
    await tokensRepository(t.database.db).create('Cán bộ xã', 'contributor', t.clock(), 'xa-hoa-thanh')
  ).token;
  const created = await t.adminCall('POST', '/activities', officer, {
    unitId: 'xa-hoa-thanh',
    month: '2026-05',
    conferences: 1,
    trainings: 1,
    contests: 0,
    participants: 80,
    copies: 300,
  });
  const report = await json<{ id: number; version: number }>(created);
  const move = async (token: string, action: string, version: number, comment?: string) =>
    t.app.request(`/api/v1/admin/activities/${report.id}/state`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'If-Match': `"${version}"`,
      },
      body: JSON.stringify({ action, comment }),
    });
  const submitting = await move(officer, 'submit', report.version);
  assert.equal(submitting.status, 200, await submitting.clone().text());
  const submitted = await json<{ version: number }>(submitting);
  const [, review] = await sink.waitFor(2);
  assert.deepEqual(review!.to, ['bientap@stp.tayninh.gov.vn']);
  assert.match(review!.subject, /^Chờ duyệt: Báo cáo PBGDPL tháng 05\/2026/);
  assert.match(review!.text, new RegExp(`/admin/#/stats/${report.id}`));

  await move(t.editor, 'return', submitted.version, 'Thiếu số bản tài liệu.');
  const [, , returned] = await sink.waitFor(3);
  assert.deepEqual(returned!.to, ['canbo@hoathanh.tayninh.gov.vn']);
  assert.match(returned!.text, /Thiếu số bản tài liệu\./);
  assert.equal(await t.sender.sendDue(), 0);
  assert.equal(sink.received.length, 3);
});
