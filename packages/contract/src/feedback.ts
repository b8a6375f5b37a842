import { z } from 'zod';
import { FEEDBACK_REASONS, FEEDBACK_STATUSES } from './values.ts';
import { IsoDateTime, PageQuery, pageOf, Slug, Version } from './common.ts';
import { SubmissionGuards } from './form-guards.ts';
import { optionalText } from './questions.ts';
import { multiLine, singleLine } from './text.ts';
import { FEEDBACK_LIMITS } from './question-rules.ts';
import { ContactFields, SubmissionAnswer, SubmissionAnswerInput, SubmissionSender } from './submissions.ts';

export const FeedbackReason = z.enum(FEEDBACK_REASONS);
export type FeedbackReason = z.infer<typeof FeedbackReason>;
export const FeedbackStatus = z.enum(FEEDBACK_STATUSES);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

/** Feedback tracking codes like `PA-7KQ4M9XA` (phản ánh), in the Q&A codes' alphabet. */
export const FEEDBACK_CODE = /^PA-[2-9A-HJKMNP-Z]{8}$/;
export const FeedbackCode = z.string().regex(FEEDBACK_CODE).describe('e.g. PA-7KQ4M9XA');
export const FeedbackCodeParam = z.object({ code: FeedbackCode });

export { FEEDBACK_LIMITS } from './question-rules.ts';

/** POST /documents/{id}/feedback: phản ánh, kiến nghị about a published document. */
export const FeedbackInput = z
  .object({
    ...ContactFields,
    reason: FeedbackReason,
    provision: optionalText(singleLine(FEEDBACK_LIMITS.provision)).describe(
      'The article or clause concerned, e.g. Khoản 2 Điều 5',
    ),
    body: multiLine(FEEDBACK_LIMITS.body),
    ...SubmissionGuards,
  })
  .refine((input) => input.email !== undefined || input.phone !== undefined, {
    path: ['contact'],
    message: 'Cần ít nhất email hoặc số điện thoại',
  })
  .meta({ id: 'FeedbackInput' });
export type FeedbackInput = z.input<typeof FeedbackInput>;

export const FeedbackReceipt = z
  .object({ trackingCode: FeedbackCode, status: FeedbackStatus, receivedAt: IsoDateTime })
  .meta({ id: 'FeedbackReceipt' });
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;

/** What a tracking code shows its sender: the state, a rejection's reason, the response. */
export const FeedbackTracking = z
  .object({
    trackingCode: FeedbackCode,
    documentId: z.number().int(),
    status: FeedbackStatus,
    receivedAt: IsoDateTime,
    rejectReason: z.string().nullable(),
    response: SubmissionAnswer.nullable().describe('Once answered'),
  })
  .meta({ id: 'FeedbackTracking' });
export type FeedbackTracking = z.infer<typeof FeedbackTracking>;

/** Published feedback on a document with its response: a consented name only. */
export const PublicFeedback = z
  .object({
    id: z.number().int(),
    reason: FeedbackReason,
    provision: z.string().nullable(),
    body: z.string(),
    senderName: z.string().nullable().describe('Only when the sender agreed to publish it'),
    receivedAt: IsoDateTime,
    response: SubmissionAnswer,
  })
  .meta({ id: 'PublicFeedback' });
export type PublicFeedback = z.infer<typeof PublicFeedback>;

export const FeedbackFigures = z
  .object({
    received: z.number().int(),
    answered: z.number().int(),
    averageDays: z.number().nullable().describe('Days from receipt to response, over answered ones'),
  })
  .meta({ id: 'FeedbackFigures' });

export const PublicFeedbackPage = pageOf(PublicFeedback)
  .extend({ figures: FeedbackFigures })
  .meta({ id: 'PublicFeedbackPage' });
export type PublicFeedbackPage = z.infer<typeof PublicFeedbackPage>;

export const AdminFeedback = z
  .object({
    id: z.number().int(),
    version: Version,
    trackingCode: FeedbackCode,
    document: z.object({ id: z.number().int(), number: z.string(), title: z.string() }),
    unitId: Slug.describe("The document's issuing unit, which responds"),
    status: FeedbackStatus,
    reason: FeedbackReason,
    provision: z.string().nullable(),
    body: z.string(),
    sender: SubmissionSender,
    receivedAt: IsoDateTime,
    response: SubmissionAnswer.nullable(),
    responsePublished: z.boolean(),
    rejectReason: z.string().nullable(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'AdminFeedback' });
export type AdminFeedback = z.infer<typeof AdminFeedback>;

export const AdminFeedbackQuery = PageQuery.extend({
  status: FeedbackStatus.optional(),
  document: z.coerce.number().int().min(1).optional(),
});
/** The queue, routed to the issuing unit: pending first, oldest first. */
export const AdminFeedbackPage = pageOf(AdminFeedback)
  .extend({ counts: z.record(FeedbackStatus, z.number().int().min(0)) })
  .meta({ id: 'AdminFeedbackPage' });
export type AdminFeedbackPage = z.infer<typeof AdminFeedbackPage>;

export const FeedbackResponseInput = SubmissionAnswerInput.extend({
  published: z.boolean().describe('Show the feedback and its response on the document'),
}).meta({ id: 'FeedbackResponseInput' });
export type FeedbackResponseInput = z.input<typeof FeedbackResponseInput>;
