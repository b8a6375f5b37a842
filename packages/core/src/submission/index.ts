import { registerLocales } from '../i18n.ts';
import vi from './locales/vi.json';

registerLocales('submission', { vi, en: () => import('./locales/en.json') });

export {
  SubmissionSender,
  asApiError,
  refusalMessages,
  type FormState,
  type SenderHost,
  type SenderPhase,
} from './sender.ts';
export {
  contactInput,
  contactProblems,
  emptyContactDraft,
  errorsAfterEdit,
  problemTarget,
  type ContactDraft,
  type ContactField,
} from './contact-draft.ts';
export {
  renderBodyField,
  renderFieldError,
  renderLabel,
  renderSenderFields,
  renderSubmissionConsents,
  renderSubmitRow,
  renderSummary,
  submissionStyles,
  type SubmissionFormContext,
} from './form.ts';
