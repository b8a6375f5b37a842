import type { Method } from './route-table.ts';
import type { ROLES } from './values.ts';

/** Policy dialogues and feedback on documents: their part of the route table (see `ROUTES`). */
export const DIALOGUE_ROUTES = {
  dialogues: { method: 'get', path: '/dialogues' },
  dialogueGet: { method: 'get', path: '/dialogues/{id}' },
  // Not JSON: a session as an iCalendar file.
  dialogueCalendar: { method: 'get', path: '/dialogues/{id}.ics' },
  dialogueQuestions: { method: 'get', path: '/dialogues/{id}/questions' },
  // Not JSON: Server-Sent Events of a session's public changes (see docs/operations.md).
  dialogueStream: { method: 'get', path: '/dialogues/{id}/stream' },
  dialogueForm: { method: 'get', path: '/dialogues/{id}/form' },
  dialogueAsk: { method: 'post', path: '/dialogues/{id}/questions' },
  dialogueSupport: { method: 'post', path: '/dialogues/{id}/questions/{questionId}/support' },
  documentFeedback: { method: 'get', path: '/documents/{id}/feedback' },
  documentFeedbackForm: { method: 'get', path: '/documents/{id}/feedback/form' },
  documentFeedbackCreate: { method: 'post', path: '/documents/{id}/feedback' },
  feedbackStatus: { method: 'get', path: '/feedback/status/{code}' },
  adminDialogueList: { method: 'get', path: '/admin/dialogues', role: 'contributor' },
  adminDialogueGet: { method: 'get', path: '/admin/dialogues/{id}', role: 'contributor' },
  adminDialogueCreate: { method: 'post', path: '/admin/dialogues', role: 'contributor' },
  adminDialogueUpdate: { method: 'put', path: '/admin/dialogues/{id}', role: 'contributor' },
  adminDialogueDelete: { method: 'delete', path: '/admin/dialogues/{id}', role: 'admin' },
  adminDialogueTransition: { method: 'post', path: '/admin/dialogues/{id}/state', role: 'contributor' },
  adminDialogueHistory: { method: 'get', path: '/admin/dialogues/{id}/history', role: 'contributor' },
  adminDialogueSessionState: {
    method: 'put',
    path: '/admin/dialogues/{id}/session-state',
    role: 'contributor',
  },
  adminDialogueQuestionList: { method: 'get', path: '/admin/dialogue-questions', role: 'contributor' },
  adminDialogueQuestionGet: { method: 'get', path: '/admin/dialogue-questions/{id}', role: 'contributor' },
  adminDialogueQuestionModerate: {
    method: 'post',
    path: '/admin/dialogue-questions/{id}/moderation',
    role: 'contributor',
  },
  adminDialogueQuestionAnswer: {
    method: 'put',
    path: '/admin/dialogue-questions/{id}/answer',
    role: 'contributor',
  },
  // A contributor publishes only where the administrator lets their unit (checked by the route).
  adminDialogueQuestionPublish: {
    method: 'put',
    path: '/admin/dialogue-questions/{id}/published',
    role: 'contributor',
  },
  adminFeedbackList: { method: 'get', path: '/admin/feedback', role: 'contributor' },
  adminFeedbackGet: { method: 'get', path: '/admin/feedback/{id}', role: 'contributor' },
  adminFeedbackRespond: { method: 'put', path: '/admin/feedback/{id}/response', role: 'contributor' },
  adminFeedbackReject: { method: 'put', path: '/admin/feedback/{id}/rejection', role: 'contributor' },
} as const satisfies Record<string, { method: Method; path: string; role?: (typeof ROLES)[number] }>;
