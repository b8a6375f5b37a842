import {
  ContactFields,
  DialogueInput,
  DialogueQuestionInput,
  DialogueQuestionStatus,
  DialogueState,
  FeedbackInput,
  FeedbackReason,
  RejectInput,
  SubmissionAnswerInput,
} from '@pbgdpl/contract';
import { z } from 'zod';
import { dialogueConsents, feedbackConsents } from '../dialogues/consent-texts.ts';
import { recordReceived } from '../dialogues/received.ts';
import type { Db } from '../db/schema.ts';
import { numberKey } from '../documents/number-key.ts';
import { newTrackingCode } from '../questions/tracking-code.ts';
import { dialogueQuestionsRepository } from '../repositories/dialogue-questions.ts';
import { dialoguesRepository } from '../repositories/dialogues.ts';
import { documentFeedbackRepository } from '../repositories/document-feedback.ts';
import { unitsRepository } from '../repositories/units.ts';
import { addDays, vnDay, vnDayStart } from '../stats/stats-period.ts';
import { checked, DemoContentError, readDemoEntries, requireUnit } from './demo-file.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const Sender = z.object({ ...ContactFields, publishName: z.boolean() });

/** A question with the moderators' steps: its status, the question kept (by position) when merged. */
const DemoQuestion = Sender.extend({
  body: DialogueQuestionInput.shape.body,
  status: DialogueQuestionStatus,
  mergedInto: z.number().int().min(0).optional(),
  rejectReason: RejectInput.shape.reason.optional(),
  supports: z.number().int().min(0).max(500),
  answer: SubmissionAnswerInput.optional(),
  answerPublished: z.boolean().default(false),
});

/** A session placed around the day of loading: `startHour` Vietnam time, `startDaysFromNow` days away. */
const DemoDialogue = z.object({
  ...DialogueInput.shape,
  startsAt: z.undefined(),
  endsAt: z.undefined(),
  documentIds: z.undefined(),
  documents: z.array(z.string().min(1).max(60)),
  startDaysFromNow: z.number().int(),
  startHour: z.number().int().min(0).max(23),
  hours: z.number().int().min(1).max(24),
  state: DialogueState,
  questions: z.array(DemoQuestion),
});

const DemoFeedback = Sender.extend({
  document: z.string().min(1).max(60),
  reason: FeedbackReason,
  provision: FeedbackInput.shape.provision,
  body: FeedbackInput.shape.body,
  receivedDaysAgo: z.number().int().min(0),
  response: SubmissionAnswerInput.optional(),
  respondedDaysAgo: z.number().int().min(0).optional(),
  published: z.boolean().default(false),
  rejectReason: RejectInput.shape.reason.optional(),
});

/** Document ids by number, as the demo names them. */
async function documentIdsByNumber(db: Db, numbers: string[], where: string): Promise<number[]> {
  const ids = [];
  for (const number of numbers) {
    const row = await db
      .selectFrom('documents')
      .select('id')
      .where('number_key', '=', numberKey(number))
      .executeTakeFirst();
    if (!row) throw new DemoContentError(where, { documents: [`không có văn bản số ${number}`] });
    ids.push(row.id);
  }
  return ids;
}

/**
 * Dialogue sessions in every state with their questions as moderated, answered and supported,
 * and feedback on documents with the issuing units' responses, each written by the repositories
 * the API uses and with the current consent texts recorded.
 */
export async function loadDemoDialogues(db: Db, now: Date, dir: string): Promise<void> {
  const file = readDemoEntries(dir, 'dialogues.json', 'dialogues');
  const units = unitsRepository(db);
  for (const { entry, where } of file.entries) {
    const demo = checked(DemoDialogue, entry, where);
    await requireUnit(units, 'unitId', demo.unitId, where);
    const start =
      Date.parse(vnDayStart(addDays(vnDay(now), demo.startDaysFromNow))) + demo.startHour * HOUR_MS;
    const input = checked(
      DialogueInput,
      {
        ...demo,
        documentIds: await documentIdsByNumber(db, demo.documents, where),
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + demo.hours * HOUR_MS).toISOString(),
      },
      where,
    );
    const sessions = dialoguesRepository(db);
    const session = await sessions.create(input, now);
    await sessions.setState(session.id, 'published', now);
    await sessions.setSessionState(session.id, demo.state, now);
    const ids: number[] = [];
    for (const question of demo.questions)
      ids.push(await addQuestion(db, session.id, question, ids, Math.min(start, now.getTime())));
  }
  for (const { entry, where } of readDemoEntries(dir, 'dialogues.json', 'feedback').entries)
    await addFeedback(db, checked(DemoFeedback, entry, where), now, where);
}

async function addQuestion(
  db: Db,
  dialogueId: number,
  demo: z.output<typeof DemoQuestion>,
  earlier: number[],
  askedBy: number,
): Promise<number> {
  const questions = dialogueQuestionsRepository(db);
  const asked = new Date(askedBy - (earlier.length + 1) * HOUR_MS);
  const created = await questions.create(dialogueId, demo, asked);
  const sent = {
    edition: dialogueConsents.current('vi'),
    publishName: demo.publishName,
    detail: `Đối thoại số ${dialogueId}`,
  };
  await recordReceived(db, 'dialogue-question', created.id, sent, asked);
  const mergedInto = demo.mergedInto === undefined ? null : (earlier[demo.mergedInto] ?? null);
  if (demo.status !== 'pending')
    await questions.moderate(
      created.id,
      { status: demo.status, mergedInto, rejectReason: demo.rejectReason ?? null },
      asked,
    );
  if (demo.answer) await questions.answer(created.id, demo.answer, asked);
  if (demo.answerPublished) await questions.setPublished(created.id, true, asked);
  for (let n = 0; n < demo.supports; n++) await questions.support(created.id, `demo-${n}`, asked);
  return created.id;
}

async function addFeedback(
  db: Db,
  demo: z.output<typeof DemoFeedback>,
  now: Date,
  where: string,
): Promise<void> {
  const [documentId] = await documentIdsByNumber(db, [demo.document], where);
  const document = await db
    .selectFrom('documents')
    .select('issuer_id')
    .where('id', '=', documentId ?? 0)
    .executeTakeFirstOrThrow();
  const received = new Date(now.getTime() - demo.receivedDaysAgo * DAY_MS);
  const feedback = documentFeedbackRepository(db);
  const created = await feedback.create(
    { ...demo, trackingCode: newTrackingCode('PA'), documentId: documentId ?? 0, unitId: document.issuer_id },
    received,
  );
  const sent = {
    edition: feedbackConsents.current('vi'),
    publishName: demo.publishName,
    detail: `Văn bản số ${documentId}`,
  };
  await recordReceived(db, 'document-feedback', created.id, sent, received);
  const answered = new Date(now.getTime() - (demo.respondedDaysAgo ?? 0) * DAY_MS);
  if (demo.response) await feedback.respond(created.id, demo.response, demo.published, answered);
  if (demo.rejectReason) await feedback.reject(created.id, demo.rejectReason, answered);
}
