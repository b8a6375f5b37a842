import { z } from 'zod';
import { IsoDateTime } from './common.ts';
import { EMAIL, QUESTION_LIMITS } from './question-rules.ts';
import { optionalText, Phone } from './questions.ts';
import { richHtml, singleLine } from './text.ts';

/** Who sends a dialogue question or feedback on a document: a name and at least one contact. */
export const ContactFields = {
  name: singleLine(QUESTION_LIMITS.name),
  email: optionalText(z.string().trim().max(QUESTION_LIMITS.email.max).regex(EMAIL).pipe(z.email())),
  phone: optionalText(Phone),
  organisation: optionalText(singleLine({ max: 200 })).describe(
    'A business, cooperative or association, if any',
  ),
};

/** The sender as the console shows them: personal data, behind a sign-in. */
export const SubmissionSender = z
  .object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    organisation: z.string().nullable(),
    publishName: z.boolean(),
  })
  .meta({ id: 'SubmissionSender' });

/** An official's written answer to a dialogue question or response to feedback. */
export const SubmissionAnswer = z
  .object({
    html: z.string().describe('Sanitized on save and again on display'),
    answeredBy: z.string(),
    answererTitle: z.string(),
    answeredAt: IsoDateTime,
  })
  .meta({ id: 'SubmissionAnswer' });
export type SubmissionAnswer = z.infer<typeof SubmissionAnswer>;

export const SubmissionAnswerInput = z
  .object({
    html: richHtml({ min: 1, max: 50_000 }),
    answeredBy: singleLine({ min: 1, max: 120 }),
    answererTitle: singleLine({ min: 1, max: 160 }),
  })
  .meta({ id: 'SubmissionAnswerInput' });
export type SubmissionAnswerInput = z.input<typeof SubmissionAnswerInput>;
