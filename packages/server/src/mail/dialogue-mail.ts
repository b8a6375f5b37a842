import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { consoleLink, staffNotice } from './messages.ts';
import { notifyStaff } from './staff-mail.ts';

/**
 * Tells the host unit's staff that a question to their session waits for moderation; call in
 * the question's transaction. Nothing of the asker: the console shows them to whoever may see.
 */
export async function queueDialogueQuestionNotice(
  db: Db,
  config: Config,
  consoleBase: string,
  question: { dialogueId: number; dialogueTitle: string; unitId: string },
  now: Date,
): Promise<void> {
  await notifyStaff(
    db,
    config,
    { unit: question.unitId },
    (person) =>
      staffNotice(
        'staff-dialogue-question',
        person,
        `Câu hỏi mới gửi đến buổi đối thoại – ${question.dialogueTitle}`,
        [
          `Có câu hỏi mới gửi đến buổi đối thoại “${question.dialogueTitle}” do đơn vị bạn chủ trì. Câu hỏi chờ kiểm duyệt (tiếp nhận, gộp hoặc từ chối) trong hàng đợi của buổi đối thoại.`,
        ],
        consoleLink(consoleBase, ['dialogues', question.dialogueId]),
      ),
    now,
  );
}

/**
 * Tells the issuing unit's staff that feedback on one of its documents arrived; call in the
 * feedback's transaction. Only the tracking code and the document: nothing of the sender.
 */
export async function queueFeedbackNotice(
  db: Db,
  config: Config,
  consoleBase: string,
  feedback: { id: number; trackingCode: string; documentNumber: string; unitId: string },
  now: Date,
): Promise<void> {
  await notifyStaff(
    db,
    config,
    { unit: feedback.unitId },
    (person) =>
      staffNotice(
        'staff-feedback-received',
        person,
        `Phản ánh, kiến nghị mới về văn bản ${feedback.documentNumber} – mã ${feedback.trackingCode}`,
        [
          `Có phản ánh, kiến nghị mới (mã theo dõi ${feedback.trackingCode}) về văn bản ${feedback.documentNumber} do đơn vị bạn ban hành. Phản ánh chờ đơn vị xem xét và trả lời.`,
        ],
        consoleLink(consoleBase, ['feedback', feedback.id]),
      ),
    now,
  );
}
