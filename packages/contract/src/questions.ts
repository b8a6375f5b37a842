import { z } from 'zod';
import {
  CONSENT_PURPOSES,
  LANGUAGES,
  QUESTION_AUDIT_ACTIONS,
  QUESTION_SORTS,
  QUESTION_STATUSES,
} from './values.ts';
import { multiLine, refuseTextProblems, richHtml, singleLine } from './text.ts';
import { IsoDate, IsoDateTime, PageQuery, pageOf, Slug, Version } from './common.ts';
import { DocumentRef, LegalField } from './documents.ts';
import { SubmissionGuards } from './form-guards.ts';
import {
  EMAIL,
  QUESTION_LIMITS,
  TRACKING_CODE,
  VN_PHONE,
  normalizePhone,
  stripPhone,
} from './question-rules.ts';

export const QuestionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const TrackingCode = z.string().regex(TRACKING_CODE).describe('e.g. HD-7KQ4M9XA');

/** The unit a question is addressed to or was asked about. */
export const QuestionUnit = z.object({ id: Slug, name: z.string() }).meta({ id: 'QuestionUnit' });
export type QuestionUnit = z.infer<typeof QuestionUnit>;

/** A consent as the form shows it: the exact text of the version the server will record. */
export const ConsentText = z
  .object({ purpose: ConsentPurpose, required: z.boolean(), text: z.string() })
  .meta({ id: 'ConsentText' });
export type ConsentText = z.infer<typeof ConsentText>;

/** An ALTCHA-style proof-of-work challenge: find n ≤ maxNumber with sha256(salt + n) = challenge. */
export const WorkChallenge = z
  .object({
    algorithm: z.literal('SHA-256'),
    challenge: z.string(),
    salt: z.string(),
    maxNumber: z.number().int().min(1),
    signature: z.string(),
  })
  .meta({ id: 'WorkChallenge' });
export type WorkChallenge = z.infer<typeof WorkChallenge>;

/**
 * What the ask form needs before a citizen types: the consent texts in the asked language,
 * a signed form token (it proves the minimum fill time passed) and, when the server sees
 * a high rate, a proof-of-work challenge to solve before sending.
 */
export const QuestionForm = z
  .object({
    consentVersion: z.string(),
    consents: z.array(ConsentText),
    formToken: z.string(),
    minFillSeconds: z.number().int().min(0),
    challenge: WorkChallenge.nullable(),
  })
  .meta({ id: 'QuestionForm' });
export type QuestionForm = z.infer<typeof QuestionForm>;

export const Phone = z
  .string()
  .transform(stripPhone)
  .pipe(z.string().regex(VN_PHONE, 'số điện thoại Việt Nam, ví dụ 0912 345 678 hoặc +84 912 345 678'))
  .transform(normalizePhone);

/**
 * Forms send empty inputs as ""; an optional field left empty is simply absent. Typed (and
 * documented in OpenAPI) as an optional string, which a preprocess step would hide.
 */
export const optionalText = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .superRefine(refuseTextProblems('line'))
    .transform((value) => (value.trim() === '' ? undefined : value))
    .pipe(schema.optional())
    .optional();

/** POST /questions. Send an `Idempotency-Key` header: the same key sends once. */
export const QuestionInput = z
  .object({
    name: singleLine(QUESTION_LIMITS.name),
    email: optionalText(z.string().trim().max(QUESTION_LIMITS.email.max).regex(EMAIL).pipe(z.email())),
    phone: optionalText(Phone),
    address: optionalText(singleLine(QUESTION_LIMITS.address)),
    field: LegalField,
    unit: optionalText(Slug).describe('The unit whose site the question was asked on, if any'),
    title: singleLine(QUESTION_LIMITS.title),
    body: multiLine(QUESTION_LIMITS.body),
    ...SubmissionGuards,
  })
  .refine((input) => input.email !== undefined || input.phone !== undefined, {
    path: ['contact'],
    message: 'Cần ít nhất email hoặc số điện thoại',
  })
  .meta({ id: 'QuestionInput' });
export type QuestionInput = z.input<typeof QuestionInput>;

export const QuestionReceipt = z
  .object({ trackingCode: TrackingCode, status: QuestionStatus, receivedAt: IsoDateTime })
  .meta({ id: 'QuestionReceipt' });
export type QuestionReceipt = z.infer<typeof QuestionReceipt>;

export const QuestionAnswer = z
  .object({
    html: z.string().describe('Sanitized on save and again on display'),
    answeredBy: z.string(),
    answererTitle: z.string(),
    answeredOn: IsoDate,
  })
  .meta({ id: 'QuestionAnswer' });
export type QuestionAnswer = z.infer<typeof QuestionAnswer>;

/** Safe markup only: the text HTML-escaped, matches wrapped in `<mark>`. */
export const QuestionHighlight = z
  .object({ title: z.string(), snippet: z.string().nullable() })
  .meta({ id: 'QuestionHighlight' });

/** A published, answered question in a list. No personal data besides a consented name. */
export const QuestionSummary = z
  .object({
    id: z.number().int(),
    title: z.string(),
    excerpt: z.string().describe('The start of the question, plain text'),
    field: LegalField,
    unit: QuestionUnit.nullable(),
    sentOn: IsoDate,
    answeredOn: IsoDate,
    featured: z.boolean(),
    highlight: QuestionHighlight.optional(),
  })
  .meta({ id: 'QuestionSummary' });
export type QuestionSummary = z.infer<typeof QuestionSummary>;

export const Question = z
  .object({
    id: z.number().int(),
    title: z.string(),
    body: z.string().describe('Plain text as sent; line breaks kept'),
    senderName: z.string().nullable().describe('Only when the sender agreed to publish it'),
    field: LegalField,
    unit: QuestionUnit.nullable(),
    sentOn: IsoDate,
    featured: z.boolean(),
    answer: QuestionAnswer,
    relatedDocuments: z.array(DocumentRef),
    publishedAt: IsoDateTime,
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof Question>;

export const QuestionSort = z.enum(QUESTION_SORTS);
export type QuestionSort = z.infer<typeof QuestionSort>;

export const QuestionQuery = PageQuery.extend({
  q: singleLine({ max: 200 }).optional(),
  field: LegalField.optional(),
  unit: Slug.optional(),
  featured: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: QuestionSort.optional().describe('Default: relevance with q, newest without'),
});
export type QuestionQuery = z.input<typeof QuestionQuery>;

export const QuestionPage = pageOf(QuestionSummary).meta({ id: 'QuestionPage' });
export type QuestionPage = z.infer<typeof QuestionPage>;

export const StatusParam = z.object({ code: TrackingCode });

/** What a tracking code reveals: the state of one's own question, never contact details. */
export const QuestionTracking = z
  .object({
    trackingCode: TrackingCode,
    title: z.string(),
    status: QuestionStatus,
    receivedAt: IsoDateTime,
    rejectReason: z.string().nullable(),
    /** Set once the answer is published; `questionId` then opens it in the list. */
    questionId: z.number().int().nullable(),
    answer: QuestionAnswer.nullable(),
  })
  .meta({ id: 'QuestionTracking' });
export type QuestionTracking = z.infer<typeof QuestionTracking>;

// Editors' side: everything, personal data included, behind a token.

export const ConsentRecord = z
  .object({
    purpose: ConsentPurpose,
    granted: z.boolean(),
    textVersion: z.string(),
    language: z.enum(LANGUAGES),
    text: z.string().describe('The exact text the sender saw'),
    recordedAt: IsoDateTime,
  })
  .meta({ id: 'ConsentRecord' });
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const ConsentExport = z
  .object({ questionId: z.number().int(), trackingCode: TrackingCode, consents: z.array(ConsentRecord) })
  .meta({ id: 'ConsentExport' });
export type ConsentExport = z.infer<typeof ConsentExport>;

export const AdminQuestion = z
  .object({
    id: z.number().int(),
    version: Version,
    trackingCode: TrackingCode,
    status: QuestionStatus,
    title: z.string(),
    body: z.string(),
    sender: z.object({
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
      publishName: z.boolean(),
    }),
    field: LegalField,
    unit: QuestionUnit.nullable(),
    unitPublishesAnswers: z
      .boolean()
      .describe("The unit's contributors publish its answer themselves; false: an editor approves it"),
    receivedAt: IsoDateTime,
    answer: QuestionAnswer.nullable(),
    relatedDocuments: z.array(DocumentRef),
    rejectReason: z.string().nullable(),
    published: z.boolean(),
    featured: z.boolean(),
    publishedAt: IsoDateTime.nullable(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'AdminQuestion' });
export type AdminQuestion = z.infer<typeof AdminQuestion>;

export const AdminQuestionSummary = AdminQuestion.pick({
  id: true,
  trackingCode: true,
  status: true,
  title: true,
  field: true,
  unit: true,
  receivedAt: true,
  published: true,
  featured: true,
})
  .extend({
    dueOn: IsoDate.describe(
      'The last day for an answer: the configured number of working days after it arrived',
    ),
    overdue: z.boolean().describe('Still pending after its due day'),
  })
  .meta({ id: 'AdminQuestionSummary' });
export type AdminQuestionSummary = z.infer<typeof AdminQuestionSummary>;

export const AdminQuestionQuery = PageQuery.extend({
  status: QuestionStatus.optional(),
  q: singleLine({ max: 200 }).optional(),
  field: LegalField.optional(),
  unit: Slug.optional().describe(
    'The unit the question was asked on or routed to (a contributor sees only their own)',
  ),
  overdue: z.enum(['true', 'false']).optional().describe('true: only pending questions past their due day'),
});
export type AdminQuestionQuery = z.input<typeof AdminQuestionQuery>;

/** The queue with its counts per status, so the console can show "12 chưa trả lời". */
export const AdminQuestionPage = pageOf(AdminQuestionSummary)
  .extend({
    counts: z.record(QuestionStatus, z.number().int().min(0)),
    overdue: z.number().int().min(0).describe('Pending questions past their due day, among those found'),
  })
  .meta({ id: 'AdminQuestionPage' });
export type AdminQuestionPage = z.infer<typeof AdminQuestionPage>;

export const AnswerInput = z
  .object({
    html: richHtml({ min: 1, max: 100_000 }),
    answeredBy: singleLine({ min: 1, max: 120 }),
    answererTitle: singleLine({ min: 1, max: 160 }),
    relatedDocumentIds: z.array(z.number().int().min(1)).max(20).default([]),
  })
  .meta({ id: 'AnswerInput' });
export type AnswerInput = z.input<typeof AnswerInput>;

/** Editors may correct what was sent (typos, a better title) and move it to another field or unit. */
export const QuestionEdit = z
  .object({
    title: singleLine(QUESTION_LIMITS.title),
    body: multiLine(QUESTION_LIMITS.body),
    field: LegalField,
    unit: Slug.nullable(),
  })
  .partial()
  .meta({ id: 'QuestionEdit' });
export type QuestionEdit = z.input<typeof QuestionEdit>;

export const FeaturedInput = z.object({ featured: z.boolean() }).meta({ id: 'FeaturedInput' });
export const RejectInput = z.object({ reason: multiLine({ min: 5, max: 1000 }) }).meta({ id: 'RejectInput' });
export type RejectInput = z.input<typeof RejectInput>;

export const AuditAction = z.enum(QUESTION_AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z
  .object({
    at: IsoDateTime,
    actor: z.string().describe('Token name; "citizen" for the submission'),
    action: AuditAction,
    detail: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditTrail = z.object({ items: z.array(AuditEntry) }).meta({ id: 'AuditTrail' });
export type AuditTrail = z.infer<typeof AuditTrail>;
