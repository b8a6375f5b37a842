import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { DialogueQuestionInput, FeedbackInput } from '@pbgdpl/contract';
import { startMailSender } from '../src/mail/mail-sender.ts';
import { usersRepository } from '../src/repositories/users.ts';
import { CLIENT, dialoguesApp, OTHER_UNIT, OWN_UNIT } from './dialogues-support.ts';
import { startSmtpSink } from './smtp-sink.ts';

/**
 * Staff hear of a citizen's dialogue question and of feedback on a document through the
 * outbox, read here as a real SMTP server receives them: the host or issuing unit's people who
 * keep notices on, in Vietnamese with plain and HTML parts, and nothing of the sender.
 */
const FROM = 'Sở Tư pháp Tây Ninh <khong-tra-loi@stp.tayninh.gov.vn>';
const SENDER = { name: 'Đoàn Thị Người Gửi', email: 'nguoigui@example.vn', phone: '0977 111 222' };

test('a dialogue question tells the host unit; feedback tells the issuing unit; opted-out people and other units hear nothing', async () => {
  const sink = await startSmtpSink();
  const t = await dialoguesApp({
    PBGDPL_SMTP_URL: sink.url,
    PBGDPL_MAIL_FROM: FROM,
    PBGDPL_MAIL_POLL_SECONDS: '1',
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100',
    PBGDPL_QUESTIONS_PER_HOUR: '100',
  });
  const sender = startMailSender(t.database.db, t.config.mail!, t.clock);
  after(() => sender.stop());
  const users = usersRepository(t.database.db);
  const person = async (email: string, name: string, unitId: string, notify = true) => {
    const user = await users.create({ email, name, role: 'contributor', unitId, active: true }, t.clock());
    await users.setPassword(user.id, 'scrypt:test-only-not-a-real-hash', t.clock());
    if (!notify) await users.setNotify(user.id, false, t.clock());
  };
  await person('canbo@hoathanh.tayninh.gov.vn', 'Cán Bộ Xã', OWN_UNIT);
  await person('yenlang@hoathanh.tayninh.gov.vn', 'Người Tắt Thông Báo', OWN_UNIT, false);
  await person('khac@tanninh.tayninh.gov.vn', 'Phường Khác', OTHER_UNIT);
  await person('vanphong@tayninh.gov.vn', 'Chuyên Viên Tỉnh', 'tay-ninh');

  const session = await t.session('collecting');
  const form = await t.form(`/dialogues/${session.id}/form`);
  t.wait(5);
  const question: DialogueQuestionInput = {
    ...SENDER,
    organisation: 'Hợp tác xã Người Gửi',
    body: 'Xin hỏi hòa giải viên ở ấp được hỗ trợ bao nhiêu cho mỗi vụ việc hòa giải thành?',
    consents: { version: form.consentVersion, processAndAnswer: true, publishName: true },
    formToken: form.formToken,
  };
  const asked = await t.pub('POST', `/dialogues/${session.id}/questions`, question, {}, CLIENT);
  assert.equal(asked.status, 201, await asked.clone().text());
  const [notice] = await sink.waitFor(1);
  assert.deepEqual(notice!.to, ['canbo@hoathanh.tayninh.gov.vn']);
  assert.equal(notice!.subject, `Câu hỏi mới gửi đến buổi đối thoại – ${session.title}`);
  assert.match(notice!.text, /^Kính gửi Cán Bộ Xã,/);
  assert.match(notice!.text, new RegExp(`/admin/#/dialogues/${session.id}`));
  assert.match(notice!.html, /<a href="[^"]*\/admin\/#\/dialogues\/\d+"/);

  const document = await t.database.db
    .selectFrom('documents')
    .select(['id', 'number'])
    .where('number', '=', '31/2024/QĐ-UBND')
    .executeTakeFirstOrThrow();
  const feedbackForm = await t.form(`/documents/${document.id}/feedback/form`);
  t.wait(5);
  const feedback: FeedbackInput = {
    ...SENDER,
    reason: 'unclear',
    provision: 'Khoản 1 Điều 3',
    body: 'Hạn mức giao đất ở tại khoản 1 Điều 3 chưa nói rõ áp dụng cho phường mới sau sắp xếp hay không.',
    consents: { version: feedbackForm.consentVersion, processAndAnswer: true, publishName: true },
    formToken: feedbackForm.formToken,
  };
  const sent = await t.pub('POST', `/documents/${document.id}/feedback`, feedback);
  assert.equal(sent.status, 201, await sent.clone().text());
  const { trackingCode } = (await sent.json()) as { trackingCode: string };
  const [, received] = await sink.waitFor(2);
  assert.deepEqual(received!.to, ['vanphong@tayninh.gov.vn']);
  assert.equal(
    received!.subject,
    `Phản ánh, kiến nghị mới về văn bản ${document.number} – mã ${trackingCode}`,
  );
  assert.match(received!.text, /\/admin\/#\/feedback\/\d+/);
  assert.match(received!.html, /Chuyên Viên Tỉnh/);

  // Nobody else, and nothing of the sender anywhere (even with consent to publish the name).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(sink.received.length, 2);
  for (const mail of sink.received)
    for (const secret of [SENDER.name, SENDER.email, '0977111222', SENDER.phone, 'Hợp tác xã Người Gửi'])
      assert.ok(
        !`${mail.subject}\n${mail.text}\n${mail.html}`.includes(secret),
        `a notice holds "${secret}"`,
      );
});
