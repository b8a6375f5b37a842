import { z } from 'zod';
import { IsoDateTime } from './common.ts';

/** What an e-mail is for: to a citizen, to a person about their account, or a notice to staff. */
export const MAIL_PURPOSES = [
  'question-receipt',
  'question-answered',
  'account-invite',
  'account-reset',
  'staff-question-assigned',
  'staff-question-overdue',
  'staff-answer-submitted',
  'staff-submitted',
  'staff-returned',
  'staff-dialogue-question',
  'staff-feedback-received',
] as const;
export type MailPurpose = (typeof MAIL_PURPOSES)[number];

export const OutboxMessage = z
  .object({
    id: z.number().int(),
    purpose: z.enum(MAIL_PURPOSES),
    recipient: z.string(),
    subject: z.string(),
    createdAt: IsoDateTime,
    attempts: z.number().int(),
    nextAttemptAt: IsoDateTime.nullable().describe('Null once given up'),
    lastError: z.string().nullable().describe("The SMTP server's or the network's last refusal"),
    failedAt: IsoDateTime.nullable().describe('Given up after the last retry; retry it by hand'),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxReport = z
  .object({
    enabled: z.boolean().describe('False: PBGDPL_SMTP_URL is not set and no e-mail is sent'),
    items: z.array(OutboxMessage).describe('Messages not sent yet, oldest first (at most 200)'),
  })
  .meta({ id: 'OutboxReport' });
export type OutboxReport = z.infer<typeof OutboxReport>;
