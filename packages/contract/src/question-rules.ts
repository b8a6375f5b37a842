/**
 * What a citizen's question must satisfy, in one place for the server's schema and the
 * browser form's checks. No schema code here: the Q&A widget imports it at run time.
 */
export const QUESTION_LIMITS = {
  name: { min: 2, max: 100 },
  email: { max: 254 },
  address: { max: 300 },
  title: { min: 10, max: 200 },
  body: { min: 30, max: 5000 },
} as const;

/** A question to a dialogue session, and feedback on a document: the form's checks and the schema's. */
export const DIALOGUE_QUESTION_LIMITS = { body: { min: 10, max: 2000 } } as const;
export const FEEDBACK_LIMITS = { provision: { max: 200 }, body: { min: 20, max: 5000 } } as const;

/** Mobile (03/05/07/08/09 + 8 digits) and landline (02 + 9 digits), as 0… or +84…. */
export const VN_PHONE = /^(?:\+84|84|0)(?:[35789]\d{8}|2\d{9})$/;

/** Spaces, dots, hyphens and brackets people type inside phone numbers. */
export const stripPhone = (phone: string): string => phone.replace(/[\s.\-()]/g, '');

/** Stored and shown as 0xxxxxxxxx, whichever form was typed. */
export const normalizePhone = (phone: string): string =>
  stripPhone(phone).replace(/^(?:\+84|84)(?=[235789]\d{8,9}$)/, '0');

/** A pragmatic address check (the server's schema applies the full one). */
export const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Tracking codes like `HD-7KQ4M9XA`: no 0/O or 1/I/L to misread over the phone. */
export const TRACKING_CODE = /^HD-[2-9A-HJKMNP-Z]{8}$/;

export type QuestionDraftField =
  | 'name'
  | 'contact'
  | 'email'
  | 'phone'
  | 'address'
  | 'field'
  | 'title'
  | 'body'
  | 'consent';
export type QuestionDraftProblem = 'required' | 'too-short' | 'too-long' | 'invalid';

export interface QuestionDraft {
  name: string;
  email: string;
  phone: string;
  address: string;
  field: string;
  title: string;
  body: string;
  consentProcessing: boolean;
}

const lengthProblem = (value: string, limit: { min?: number; max: number }): QuestionDraftProblem | null => {
  const length = value.trim().length;
  if (length === 0) return 'required';
  if (limit.min !== undefined && length < limit.min) return 'too-short';
  return length > limit.max ? 'too-long' : null;
};

/** The form's checks before sending; the server repeats them with the schema in questions.ts. */
export function questionDraftProblems(
  draft: QuestionDraft,
): Partial<Record<QuestionDraftField, QuestionDraftProblem>> {
  const problems: Partial<Record<QuestionDraftField, QuestionDraftProblem>> = {};
  const add = (field: QuestionDraftField, problem: QuestionDraftProblem | null) => {
    if (problem) problems[field] = problem;
  };
  add('name', lengthProblem(draft.name, QUESTION_LIMITS.name));
  const email = draft.email.trim();
  const phone = stripPhone(draft.phone);
  if (!email && !phone) add('contact', 'required');
  if (email) add('email', email.length > QUESTION_LIMITS.email.max || !EMAIL.test(email) ? 'invalid' : null);
  if (phone) add('phone', VN_PHONE.test(phone) ? null : 'invalid');
  add('address', draft.address.trim().length > QUESTION_LIMITS.address.max ? 'too-long' : null);
  add('field', draft.field ? null : 'required');
  add('title', lengthProblem(draft.title, QUESTION_LIMITS.title));
  add('body', lengthProblem(draft.body, QUESTION_LIMITS.body));
  add('consent', draft.consentProcessing ? null : 'required');
  return problems;
}
