import { EMAIL, QUESTION_LIMITS, stripPhone, VN_PHONE } from '@pbgdpl/contract/question-rules';
import type { Translate } from '../i18n.ts';

/** What every public message carries besides its own fields: who sends it, and the consents. */
export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  body: string;
  consentProcessing: boolean;
  publishName: boolean;
}

export const emptyContactDraft = (): ContactDraft => ({
  name: '',
  email: '',
  phone: '',
  organisation: '',
  body: '',
  consentProcessing: false,
  publishName: false,
});

export type ContactField = 'name' | 'email' | 'phone' | 'contact' | 'organisation' | 'body' | 'consent';

const ORGANISATION_MAX = 200;

/** Where focus goes after a refusal: the first field in error (the e-mail for "give one"), else the summary. */
export function problemTarget(order: readonly string[], errors: Partial<Record<string, string>>): string {
  const first = order.find((field) => errors[field]);
  return first === 'contact' ? '#email' : first ? `#${first}` : '#summary';
}

/**
 * The errors left once the reader edits the field `name` of the draft: its own goes (the
 * processing consent's is `consent`), and an e-mail or phone also clears "give one of them".
 */
export function errorsAfterEdit<E extends Partial<Record<string, string>>>(errors: E, name: string): E {
  const key = name === 'consentProcessing' ? 'consent' : name;
  const contact = name === 'email' || name === 'phone';
  return Object.fromEntries(
    Object.entries(errors).filter(([field]) => field !== key && !(contact && field === 'contact')),
  ) as E;
}

/**
 * The browser's checks of the sender and the text, in the reader's language (`body` within
 * `limits`); the server repeats them with the contract's schema.
 */
export function contactProblems(
  t: Translate,
  draft: ContactDraft,
  limits: { min: number; max: number },
): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  const name = draft.name.trim().length;
  if (name < QUESTION_LIMITS.name.min || name > QUESTION_LIMITS.name.max)
    errors.name = t('submission:problem.name', QUESTION_LIMITS.name);
  const email = draft.email.trim();
  const phone = stripPhone(draft.phone);
  if (!email && !phone) errors.contact = t('submission:problem.contact');
  if (email && (email.length > QUESTION_LIMITS.email.max || !EMAIL.test(email)))
    errors.email = t('submission:problem.email');
  if (phone && !VN_PHONE.test(phone)) errors.phone = t('submission:problem.phone');
  if (draft.organisation.trim().length > ORGANISATION_MAX)
    errors.organisation = t('submission:problem.organisation', { max: ORGANISATION_MAX });
  const body = draft.body.trim().length;
  if (body < limits.min || body > limits.max) errors.body = t('submission:problem.body', limits);
  if (!draft.consentProcessing) errors.consent = t('submission:problem.consent');
  return errors;
}

/** The sender's part of a request body: empty optional fields are sent empty (the schema drops them). */
export const contactInput = (draft: ContactDraft) => ({
  name: draft.name,
  email: draft.email,
  phone: draft.phone,
  organisation: draft.organisation,
  body: draft.body,
});
