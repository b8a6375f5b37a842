import { z } from 'zod';
import {
  AdminDialogue,
  AdminDialoguePage,
  AdminDialogueQuery,
  AdminDialogueQuestion,
  AdminDialogueQuestionPage,
  AdminDialogueQuestionQuery,
  Dialogue,
  DialogueInput,
  DialoguePage,
  DialogueQuery,
  DialogueQuestionInput,
  DialogueQuestionPage,
  DialogueQuestionParams,
  DialogueQuestionQuery,
  DialogueQuestionReceipt,
  DialogueStateInput,
  ModerationInput,
  SupportInput,
  SupportReceipt,
} from './dialogues.ts';
import {
  AdminFeedback,
  AdminFeedbackPage,
  AdminFeedbackQuery,
  FeedbackCodeParam,
  FeedbackInput,
  FeedbackReceipt,
  FeedbackResponseInput,
  FeedbackTracking,
  PublicFeedbackPage,
} from './feedback.ts';
import { PageQuery } from './common.ts';
import { PublishInput } from './documents.ts';
import { QuestionForm, RejectInput } from './questions.ts';
import { SubmissionAnswerInput } from './submissions.ts';
import { DIALOGUE_ROUTES as R } from './dialogue-route-table.ts';
import { TransitionInput, TransitionList } from './workflow.ts';
import type { RouteSpec } from './routes.ts';

const IdParam = z.object({ id: z.coerce.number().int().min(1) });
const admin = { tag: 'admin', params: IdParam } as const;
const dialogues = { tag: 'dialogues' } as const;
const feedback = { tag: 'documents', params: IdParam } as const;

/** Not JSON: one published session as an iCalendar file ("Thêm vào lịch"). */
export const dialogueCalendarRoute = {
  ...R.dialogueCalendar,
  summary: 'One published dialogue session as an iCalendar file',
  params: IdParam,
};

/**
 * Not JSON: a session's live stream (text/event-stream). Events `question` (a DialogueQuestion),
 * `withdrawn` ({ id }), `session` (a Dialogue) and, on connecting without `Last-Event-ID`,
 * `ready`; each `id:` is a change's id, so a reconnect with `Last-Event-ID` misses nothing.
 */
export const dialogueStreamRoute = {
  ...R.dialogueStream,
  summary:
    "A public session's live changes as Server-Sent Events (question, withdrawn, session, ready), resumable with Last-Event-ID",
  params: IdParam,
};

/** The dialogues' and the feedback's part of `routes`. */
export const dialogueRoutes = {
  dialogues: {
    ...R.dialogues,
    ...dialogues,
    summary:
      'Published policy dialogue sessions: coming and live ones first; filter by state, unit, field, year',
    query: DialogueQuery,
    status: 200,
    response: DialoguePage,
  },
  dialogueGet: {
    ...R.dialogueGet,
    ...dialogues,
    summary:
      'One session: topic, officials, documents, schedule; the conclusion and recording once concluded',
    params: IdParam,
    status: 200,
    response: Dialogue,
  },
  dialogueQuestions: {
    ...R.dialogueQuestions,
    ...dialogues,
    summary: "A session's accepted questions with their published answers, most supported or newest first",
    params: IdParam,
    query: DialogueQuestionQuery,
    status: 200,
    response: DialogueQuestionPage,
  },
  dialogueForm: {
    ...R.dialogueForm,
    ...dialogues,
    summary:
      'Consent texts, a form token and maybe a proof-of-work challenge for asking (while questions are taken)',
    params: IdParam,
    status: 200,
    response: QuestionForm,
  },
  dialogueAsk: {
    ...R.dialogueAsk,
    ...dialogues,
    summary: 'Ask a question to a session while it is collecting or live (send an Idempotency-Key header)',
    params: IdParam,
    body: DialogueQuestionInput,
    status: 201,
    response: DialogueQuestionReceipt,
  },
  dialogueSupport: {
    ...R.dialogueSupport,
    ...dialogues,
    summary: '"Cùng quan tâm": support a published question, counted once per browser',
    params: DialogueQuestionParams,
    body: SupportInput,
    status: 200,
    response: SupportReceipt,
  },
  documentFeedback: {
    ...R.documentFeedback,
    ...feedback,
    summary: "Published feedback on a document with the issuing unit's responses, and the figures",
    query: PageQuery,
    status: 200,
    response: PublicFeedbackPage,
  },
  documentFeedbackForm: {
    ...R.documentFeedbackForm,
    ...feedback,
    summary: 'Consent texts, a form token and maybe a proof-of-work challenge for feedback on a document',
    status: 200,
    response: QuestionForm,
  },
  documentFeedbackCreate: {
    ...R.documentFeedbackCreate,
    ...feedback,
    summary:
      'Send feedback on a published document (send an Idempotency-Key header); answers a tracking code',
    body: FeedbackInput,
    status: 201,
    response: FeedbackReceipt,
  },
  feedbackStatus: {
    ...R.feedbackStatus,
    tag: 'documents',
    summary: "One's own feedback by its tracking code: state, a rejection's reason, the response",
    params: FeedbackCodeParam,
    status: 200,
    response: FeedbackTracking,
  },
  adminDialogueList: {
    ...R.adminDialogueList,
    tag: 'admin',
    summary: 'Dialogue sessions, drafts included (a unit’s person: their unit’s)',
    query: AdminDialogueQuery,
    status: 200,
    response: AdminDialoguePage,
  },
  adminDialogueGet: {
    ...R.adminDialogueGet,
    ...admin,
    summary: 'One dialogue session',
    status: 200,
    response: AdminDialogue,
  },
  adminDialogueCreate: {
    ...R.adminDialogueCreate,
    tag: 'admin',
    summary: 'Create a dialogue session (it starts upcoming)',
    body: DialogueInput,
    status: 201,
    response: AdminDialogue,
  },
  adminDialogueUpdate: {
    ...R.adminDialogueUpdate,
    ...admin,
    summary: 'Replace a dialogue session',
    body: DialogueInput,
    status: 200,
    response: AdminDialogue,
  },
  adminDialogueDelete: {
    ...R.adminDialogueDelete,
    ...admin,
    summary: 'Delete a dialogue session with its questions',
    status: 204,
  },
  adminDialogueTransition: {
    ...R.adminDialogueTransition,
    ...admin,
    summary: 'Move a dialogue session along the review workflow',
    body: TransitionInput,
    status: 200,
    response: AdminDialogue,
  },
  adminDialogueHistory: {
    ...R.adminDialogueHistory,
    ...admin,
    summary: "A dialogue session's review workflow",
    status: 200,
    response: TransitionList,
  },
  adminDialogueSessionState: {
    ...R.adminDialogueSessionState,
    ...admin,
    summary: 'Move a session forward: upcoming → collecting → live → concluded → archived',
    body: DialogueStateInput,
    status: 200,
    response: AdminDialogue,
  },
  adminDialogueQuestionList: {
    ...R.adminDialogueQuestionList,
    tag: 'admin',
    summary: "A session's moderation queue: pending first, oldest first, with counts per status",
    query: AdminDialogueQuestionQuery,
    status: 200,
    response: AdminDialogueQuestionPage,
  },
  adminDialogueQuestionGet: {
    ...R.adminDialogueQuestionGet,
    ...admin,
    summary: 'One question to a session, with the asker’s contact details',
    status: 200,
    response: AdminDialogueQuestion,
  },
  adminDialogueQuestionModerate: {
    ...R.adminDialogueQuestionModerate,
    ...admin,
    summary: 'Accept, merge into another question, reject with a reason, or mark answered in the session',
    body: ModerationInput,
    status: 200,
    response: AdminDialogueQuestion,
  },
  adminDialogueQuestionAnswer: {
    ...R.adminDialogueQuestionAnswer,
    ...admin,
    summary: 'Write or revise the written answer of an accepted question',
    body: SubmissionAnswerInput,
    status: 200,
    response: AdminDialogueQuestion,
  },
  adminDialogueQuestionPublish: {
    ...R.adminDialogueQuestionPublish,
    ...admin,
    summary: 'Publish or withdraw one written answer',
    body: PublishInput,
    status: 200,
    response: AdminDialogueQuestion,
  },
  adminFeedbackList: {
    ...R.adminFeedbackList,
    tag: 'admin',
    summary: 'Feedback on documents, routed to the issuing unit: pending first, oldest first',
    query: AdminFeedbackQuery,
    status: 200,
    response: AdminFeedbackPage,
  },
  adminFeedbackGet: {
    ...R.adminFeedbackGet,
    ...admin,
    summary: 'One feedback with the sender’s contact details',
    status: 200,
    response: AdminFeedback,
  },
  adminFeedbackRespond: {
    ...R.adminFeedbackRespond,
    ...admin,
    summary: "Write the issuing unit's response, published on the document or not",
    body: FeedbackResponseInput,
    status: 200,
    response: AdminFeedback,
  },
  adminFeedbackReject: {
    ...R.adminFeedbackReject,
    ...admin,
    summary: 'Reject feedback with a reason its sender reads by tracking code',
    body: RejectInput,
    status: 200,
    response: AdminFeedback,
  },
} satisfies Record<string, RouteSpec>;
