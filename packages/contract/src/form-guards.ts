import { z } from 'zod';
import { singleLine } from './text.ts';

/**
 * What every public form sends besides its fields: the consents to the edition it showed
 * (processing is required, publishing the name is not), the signed form token, the solved
 * proof of work when the form asked for one, and the honeypot.
 */
export const SubmissionGuards = {
  consents: z.object({
    version: singleLine({ min: 1, max: 40 }),
    processAndAnswer: z.literal(true),
    publishName: z.boolean(),
  }),
  formToken: singleLine({ min: 1, max: 200 }),
  /** Base64 JSON of the solved challenge, when the form asked for one. */
  proofOfWork: singleLine({ max: 2000 }).optional(),
  /** Honeypot: hidden from people, filled by naive bots; must stay empty. */
  website: z.string().max(0, 'trường ẩn chống thư rác, phải để trống').optional(),
};
