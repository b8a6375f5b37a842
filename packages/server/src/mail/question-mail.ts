import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { consentsOfVersion } from '../questions/consent-texts.ts';
import { dueDay } from '../questions/due-date.ts';
import { consoleLink, questionAnswered, questionReceipt, staffNotice } from './messages.ts';
import { notifyStaff } from './staff-mail.ts';
import { outboxRepository } from './outbox.ts';

/**
 * The sender's facts for an e-mail about their question, when they gave an address, agreed to
 * such e-mails (the consent edition they saw says so) and e-mail is configured at all.
 */
async function recipientOf(db: Db, config: Config, questionId: number) {
  if (!config.mail) return undefined;
  const row = await db
    .selectFrom('questions')
    .innerJoin('question_consents', 'question_consents.question_id', 'questions.id')
    .select(['sender_email', 'sender_name', 'title', 'tracking_code', 'received_at', 'text_version'])
    .where('questions.id', '=', questionId)
    .where('question_consents.purpose', '=', 'process-and-answer')
    .where('question_consents.granted', '=', 1)
    .executeTakeFirst();
  const edition = row && consentsOfVersion(row.text_version);
  if (!row?.sender_email || !edition?.emailNotices) return undefined;
  return {
    facts: {
      recipient: row.sender_email,
      senderName: row.sender_name,
      title: row.title,
      trackingCode: row.tracking_code,
      lang: edition.language,
    },
    receivedAt: new Date(row.received_at),
  };
}

/** Queues the receipt of a question just stored; call in its transaction. */
export async function queueQuestionReceipt(db: Db, config: Config, questionId: number, now: Date) {
  const sender = await recipientOf(db, config, questionId);
  if (sender)
    await outboxRepository(db).enqueue(
      questionReceipt(sender.facts, sender.receivedAt, config.qaPageUrl),
      now,
    );
}

/** Queues "your question has been answered" when an answer is first published; call in that transaction. */
export async function queueAnsweredNotice(db: Db, config: Config, questionId: number, now: Date) {
  const sender = await recipientOf(db, config, questionId);
  if (sender)
    await outboxRepository(db).enqueue(questionAnswered(sender.facts, questionId, config.qaPageUrl), now);
}

/** yyyy-mm-dd as the province writes it. */
const dayMonthYear = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** Tells a unit's contributors that a question routed to them waits (no sender's data). */
export async function queueQuestionAssigned(
  db: Db,
  config: Config,
  consoleBase: string,
  question: { id: number; trackingCode: string; unitId: string; receivedAt: string },
  now: Date,
) {
  const due = dayMonthYear(dueDay(question.receivedAt, config.questions.answerTime));
  await notifyStaff(
    db,
    config,
    { unit: question.unitId },
    (person) =>
      staffNotice(
        'staff-question-assigned',
        person,
        `Câu hỏi mới gửi đến đơn vị – mã ${question.trackingCode}`,
        [
          `Có câu hỏi mới (mã theo dõi ${question.trackingCode}) được chuyển đến đơn vị bạn. Hạn trả lời: ${due}.`,
        ],
        consoleLink(consoleBase, ['questions', question.id]),
      ),
    now,
  );
}

/** Tells the editors that a unit's answer waits for their approval (no sender's data). */
export async function queueAnswerForApproval(
  db: Db,
  config: Config,
  consoleBase: string,
  question: { id: number; trackingCode: string; unit: { name: string } | null },
  now: Date,
) {
  await notifyStaff(
    db,
    config,
    'reviewers',
    (person) =>
      staffNotice(
        'staff-answer-submitted',
        person,
        `Câu trả lời chờ duyệt – mã ${question.trackingCode}`,
        [
          `${question.unit?.name ?? 'Một đơn vị'} đã soạn câu trả lời cho câu hỏi mã ${question.trackingCode} và gửi để duyệt, đăng.`,
        ],
        consoleLink(consoleBase, ['questions', question.id]),
      ),
    now,
  );
}

/**
 * Tells a question's unit and the editors that it is past its due day (no sender's data); the
 * caller makes sure this happens once per question.
 */
export async function queueOverdueNotice(
  db: Db,
  config: Config,
  consoleBase: string,
  question: { id: number; trackingCode: string; unit: { id: string; name: string } | null; dueOn: string },
  now: Date,
) {
  const notice = (person: { email: string; name: string }) =>
    staffNotice(
      'staff-question-overdue',
      person,
      `Câu hỏi quá hạn trả lời – mã ${question.trackingCode}`,
      [
        `Câu hỏi mã ${question.trackingCode} (${question.unit?.name ?? 'chưa giao đơn vị'}) chưa được trả lời; hạn trả lời là ngày ${dayMonthYear(question.dueOn)}.`,
      ],
      consoleLink(consoleBase, ['questions', question.id]),
    );
  if (question.unit) await notifyStaff(db, config, { unit: question.unit.id }, notice, now);
  await notifyStaff(db, config, 'reviewers', notice, now);
}
