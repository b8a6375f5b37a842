import { z } from 'zod';
import {
  DIALOGUE_FORMATS,
  DIALOGUE_MODERATIONS,
  DIALOGUE_QUESTION_SORTS,
  DIALOGUE_QUESTION_STATUSES,
  DIALOGUE_STATES,
} from './values.ts';
import { IsoDateTime, PageQuery, pageOf, Slug, Version, WebUrl } from './common.ts';
import { Audience, LibraryUrl } from './articles.ts';
import { LegalField } from './documents.ts';
import { ContentState } from './workflow.ts';
import { multiLine, richHtml, singleLine } from './text.ts';
import { SubmissionGuards } from './form-guards.ts';
import { DIALOGUE_QUESTION_LIMITS } from './question-rules.ts';
import { ContactFields, SubmissionAnswer, SubmissionSender } from './submissions.ts';

export const DialogueState = z.enum(DIALOGUE_STATES);
export type DialogueState = z.infer<typeof DialogueState>;
export const DialogueFormat = z.enum(DIALOGUE_FORMATS);
export type DialogueFormat = z.infer<typeof DialogueFormat>;
export const DialogueQuestionStatus = z.enum(DIALOGUE_QUESTION_STATUSES);
export type DialogueQuestionStatus = z.infer<typeof DialogueQuestionStatus>;
export const DialogueModeration = z.enum(DIALOGUE_MODERATIONS);
export const DialogueQuestionSort = z.enum(DIALOGUE_QUESTION_SORTS);

/** The time zone every session's schedule is shown in. */
export const DIALOGUE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** An official who answers in the session: public officials only, named by their office. */
export const DialogueOfficial = z
  .object({
    name: singleLine({ min: 2, max: 100 }),
    position: singleLine({ min: 2, max: 160 }).describe('e.g. Phó Giám đốc'),
    unit: singleLine({ min: 2, max: 200 }).describe('e.g. Sở Tài chính'),
  })
  .meta({ id: 'DialogueOfficial' });

export const DialogueAttachmentInput = z
  .object({ name: singleLine({ min: 1, max: 255 }), url: LibraryUrl.describe('A file of the media library') })
  .meta({ id: 'DialogueAttachmentInput' });

/** POST/PUT /admin/dialogues. The session's state moves on its own route. */
export const DialogueInput = z
  .object({
    title: singleLine({ min: 5, max: 200 }),
    topic: multiLine({ min: 10, max: 3000 }).describe('What the session is about, plain text'),
    fields: z.array(LegalField).min(1).max(5),
    targetGroups: z.array(Audience).min(1).max(10),
    unitId: Slug.describe('The host unit'),
    documentIds: z.array(z.number().int().min(1)).max(20).default([]),
    articleIds: z.array(z.number().int().min(1)).max(20).default([]),
    officials: z.array(DialogueOfficial).min(1).max(20),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    format: DialogueFormat,
    place: singleLine({ min: 5, max: 300 }).nullable().default(null).describe('Where, in person'),
    onlineUrl: WebUrl.nullable().default(null).describe('Where to join online'),
    livestreamUrl: WebUrl.nullable().default(null),
    conclusion: richHtml({ max: 50_000 })
      .default('')
      .describe('Thông báo kết luận: HTML, sanitized on save; shown once concluded'),
    conclusionFile: LibraryUrl.nullable()
      .default(null)
      .describe('The signed conclusion, a file of the media library'),
    recordingVideoId: z.number().int().min(1).nullable().default(null).describe('A video of the gallery'),
    attachments: z.array(DialogueAttachmentInput).max(10).default([]),
  })
  .refine((d) => Date.parse(d.endsAt) > Date.parse(d.startsAt), {
    path: ['endsAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu',
  })
  .refine((d) => d.format === 'online' || d.place !== null, {
    path: ['place'],
    message: 'Cần địa điểm cho buổi đối thoại tại hội trường',
  })
  .refine((d) => d.format === 'in-person' || d.onlineUrl !== null, {
    path: ['onlineUrl'],
    message: 'Cần đường dẫn tham gia cho buổi đối thoại trực tuyến',
  })
  .meta({ id: 'DialogueInput' });
export type DialogueInput = z.input<typeof DialogueInput>;

const DialogueUnit = z.object({ id: Slug, name: z.string() }).meta({ id: 'DialogueUnit' });

const summaryFields = {
  id: z.number().int(),
  title: z.string(),
  topic: z.string(),
  fields: z.array(LegalField),
  targetGroups: z.array(Audience),
  unit: DialogueUnit,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  timeZone: z.literal(DIALOGUE_TIME_ZONE),
  format: DialogueFormat,
  place: z.string().nullable(),
  state: DialogueState,
  acceptsQuestions: z.boolean().describe('Questions are taken now (collecting or live)'),
  questionCount: z.number().int().describe('Published questions'),
};

export const DialogueSummary = z.object(summaryFields).meta({ id: 'DialogueSummary' });
export type DialogueSummary = z.infer<typeof DialogueSummary>;

export const DialogueQuery = PageQuery.extend({
  q: singleLine({ max: 200 }).optional().describe('Words of the title and topic, with or without marks'),
  state: DialogueState.optional(),
  unit: Slug.optional(),
  field: LegalField.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('The year it is held, Vietnam time'),
});
export type DialogueQuery = z.input<typeof DialogueQuery>;

/** Upcoming, collecting and live first (soonest first), then concluded and archived (latest first). */
export const DialoguePage = pageOf(DialogueSummary).meta({ id: 'DialoguePage' });
export type DialoguePage = z.infer<typeof DialoguePage>;

export const Dialogue = z
  .object({
    ...summaryFields,
    officials: z.array(DialogueOfficial),
    documents: z
      .array(z.object({ id: z.number().int(), number: z.string(), title: z.string() }))
      .describe('Related published documents'),
    articles: z
      .array(z.object({ id: z.number().int(), slug: z.string(), title: z.string() }))
      .describe('Related published articles'),
    onlineUrl: z.string().nullable(),
    livestreamUrl: z.string().nullable(),
    conclusion: z.string().nullable().describe('Sanitized HTML, once concluded'),
    conclusionFile: z.string().nullable().describe('Once concluded'),
    recording: z
      .object({ id: z.number().int(), title: z.string() })
      .nullable()
      .describe('A published video of the gallery, once concluded'),
    attachments: z.array(z.object({ name: z.string(), url: z.string() })),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Dialogue' });
export type Dialogue = z.infer<typeof Dialogue>;

export const AdminDialogue = Dialogue.extend({
  reviewState: ContentState,
  documentIds: z.array(z.number().int()),
  articleIds: z.array(z.number().int()),
  recordingVideoId: z.number().int().nullable(),
  conclusionDraft: z.string().describe('The conclusion as entered, before the session is concluded'),
  conclusionFileDraft: z.string().nullable(),
  pendingQuestions: z.number().int(),
  version: Version,
}).meta({ id: 'AdminDialogue' });
export type AdminDialogue = z.infer<typeof AdminDialogue>;

export const AdminDialogueQuery = PageQuery.extend({
  unit: Slug.optional(),
  state: DialogueState.optional(),
  reviewState: ContentState.optional(),
});
export const AdminDialoguePage = pageOf(AdminDialogue).meta({ id: 'AdminDialoguePage' });
export type AdminDialoguePage = z.infer<typeof AdminDialoguePage>;

export const DialogueStateInput = z.object({ state: DialogueState }).meta({ id: 'DialogueStateInput' });

export { DIALOGUE_QUESTION_LIMITS } from './question-rules.ts';

/** POST /dialogues/{id}/questions: the ask form's fields, consents and protections. */
export const DialogueQuestionInput = z
  .object({
    ...ContactFields,
    body: multiLine(DIALOGUE_QUESTION_LIMITS.body),
    ...SubmissionGuards,
  })
  .refine((input) => input.email !== undefined || input.phone !== undefined, {
    path: ['contact'],
    message: 'Cần ít nhất email hoặc số điện thoại',
  })
  .meta({ id: 'DialogueQuestionInput' });
export type DialogueQuestionInput = z.input<typeof DialogueQuestionInput>;

export const DialogueQuestionReceipt = z
  .object({ id: z.number().int(), status: DialogueQuestionStatus, receivedAt: IsoDateTime })
  .meta({ id: 'DialogueQuestionReceipt' });
export type DialogueQuestionReceipt = z.infer<typeof DialogueQuestionReceipt>;

/** A question as the public sees it: no personal data besides a consented name and organisation. */
export const DialogueQuestion = z
  .object({
    id: z.number().int(),
    body: z.string(),
    askerName: z.string().nullable().describe('Only when the asker agreed to publish it'),
    organisation: z.string().nullable().describe('Likewise'),
    status: z.enum(['accepted', 'answered-in-session']),
    askedAt: IsoDateTime,
    supports: z.number().int().describe('Cùng quan tâm'),
    merged: z.number().int().describe('Duplicates merged into it'),
    answer: SubmissionAnswer.nullable().describe('Once published'),
  })
  .meta({ id: 'DialogueQuestion' });
export type DialogueQuestion = z.infer<typeof DialogueQuestion>;

export const DialogueQuestionQuery = PageQuery.extend({
  sort: DialogueQuestionSort.default('support').describe('Most supported first, or newest first'),
});
export const DialogueQuestionPage = pageOf(DialogueQuestion).meta({ id: 'DialogueQuestionPage' });
export type DialogueQuestionPage = z.infer<typeof DialogueQuestionPage>;

export const DialogueQuestionParams = z.object({
  id: z.coerce.number().int().min(1),
  questionId: z.coerce.number().int().min(1),
});

/** "Cùng quan tâm": counted once per browser, which keeps a random id of its own. */
export const SupportInput = z
  .object({
    browserId: z
      .string()
      .regex(/^[\w-]{16,64}$/, 'mã trình duyệt gồm 16–64 chữ, số, gạch dưới hoặc gạch nối')
      .describe('A random id the browser keeps'),
  })
  .meta({ id: 'SupportInput' });
export const SupportReceipt = z
  .object({
    questionId: z.number().int(),
    supports: z.number().int(),
    counted: z.boolean().describe('False: this browser had already supported it'),
  })
  .meta({ id: 'SupportReceipt' });
export type SupportReceipt = z.infer<typeof SupportReceipt>;

export const AdminDialogueQuestion = z
  .object({
    id: z.number().int(),
    version: Version,
    dialogueId: z.number().int(),
    unitId: Slug.describe("The session's host unit"),
    status: DialogueQuestionStatus,
    body: z.string(),
    sender: SubmissionSender,
    receivedAt: IsoDateTime,
    supports: z.number().int(),
    mergedInto: z.number().int().nullable(),
    rejectReason: z.string().nullable(),
    answer: SubmissionAnswer.nullable(),
    answerPublished: z.boolean(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'AdminDialogueQuestion' });
export type AdminDialogueQuestion = z.infer<typeof AdminDialogueQuestion>;

export const AdminDialogueQuestionQuery = PageQuery.extend({
  dialogue: z.coerce.number().int().min(1),
  status: DialogueQuestionStatus.optional(),
});
/** The moderation queue: pending first, oldest first; counts per status. */
export const AdminDialogueQuestionPage = pageOf(AdminDialogueQuestion)
  .extend({ counts: z.record(DialogueQuestionStatus, z.number().int().min(0)) })
  .meta({ id: 'AdminDialogueQuestionPage' });
export type AdminDialogueQuestionPage = z.infer<typeof AdminDialogueQuestionPage>;

export const ModerationInput = z
  .object({
    action: DialogueModeration,
    mergeInto: z.number().int().min(1).nullable().default(null).describe('With merge: the question kept'),
    reason: multiLine({ max: 1000 }).nullable().default(null).describe('With reject: said to the asker'),
  })
  .refine((m) => m.action !== 'merge' || m.mergeInto !== null, {
    path: ['mergeInto'],
    message: 'Cần chọn câu hỏi được giữ lại khi gộp',
  })
  .refine((m) => m.action !== 'reject' || (m.reason ?? '').length >= 5, {
    path: ['reason'],
    message: 'Cần ghi lý do từ chối (ít nhất 5 ký tự)',
  })
  .meta({ id: 'ModerationInput' });
export type ModerationInput = z.input<typeof ModerationInput>;
