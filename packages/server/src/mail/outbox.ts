import type { ExpressionBuilder } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export type MailPurpose = 'question-receipt' | 'question-answered' | 'account-invite' | 'account-reset';

export interface Mail {
  purpose: MailPurpose;
  recipient: string;
  subject: string;
  text: string;
  html: string;
}

export interface ClaimedMail extends Mail {
  id: number;
  attempts: number;
}

/** Not sent, not given up, due, and nobody else's now. */
const claimable = (at: string) => (eb: ExpressionBuilder<Tables, 'outbox'>) =>
  eb.and([
    eb('sent_at', 'is', null),
    eb('failed_at', 'is', null),
    eb('next_attempt_at', '<=', at),
    eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]),
  ]);

/** The e-mails to send: queued with the change that causes them, claimed by one node at a time. */
export function outboxRepository(db: Db) {
  return {
    /** Call inside the causing change's transaction: both happen, or neither. */
    async enqueue(mail: Mail, now: Date): Promise<void> {
      await db
        .insertInto('outbox')
        .values({
          purpose: mail.purpose,
          recipient: mail.recipient,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
          created_at: toDbTime(now),
          next_attempt_at: toDbTime(now),
          lease_owner: null,
          lease_until: null,
          last_error: null,
          sent_at: null,
          failed_at: null,
        })
        .execute();
    },

    /**
     * Takes up to `limit` due messages for `owner` until `leaseMs` from now. The conditions are
     * checked again on the rows being updated, so when two PostgreSQL nodes race for a row the second
     * sees the first one's lease once its lock is released and skips the row.
     */
    async claim(owner: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedMail[]> {
      const at = toDbTime(now);
      const rows = await db
        .updateTable('outbox')
        .set({ lease_owner: owner, lease_until: toDbTime(new Date(now.getTime() + leaseMs)) })
        .where(
          'id',
          'in',
          db.selectFrom('outbox').select('id').where(claimable(at)).orderBy('id').limit(limit),
        )
        .where(claimable(at))
        .returning(['id', 'purpose', 'recipient', 'subject', 'text_body', 'html_body', 'attempts'])
        .execute();
      return rows.map((row) => ({
        id: row.id,
        purpose: row.purpose as MailPurpose,
        recipient: row.recipient,
        subject: row.subject,
        text: row.text_body ?? '',
        html: row.html_body ?? '',
        attempts: row.attempts,
      }));
    },

    /** Sent: the bodies go, the record of what was sent to whom stays. */
    async markSent(id: number, owner: string, now: Date): Promise<void> {
      await db
        .updateTable('outbox')
        .set({
          sent_at: toDbTime(now),
          text_body: null,
          html_body: null,
          lease_owner: null,
          lease_until: null,
          last_error: null,
        })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },

    /** Not sent this time: tried again at `retryAt`, or given up (null). */
    async markFailed(mail: ClaimedMail, owner: string, error: string, now: Date, retryAt: Date | null) {
      await db
        .updateTable('outbox')
        .set({
          attempts: mail.attempts + 1,
          last_error: error.slice(0, 500),
          lease_owner: null,
          lease_until: null,
          ...(retryAt === null ? { failed_at: toDbTime(now) } : { next_attempt_at: toDbTime(retryAt) }),
        })
        .where('id', '=', mail.id)
        .where('lease_owner', '=', owner)
        .execute();
    },

    /** Messages not sent (yet), oldest first: what the console shows. */
    async unsent(limit: number) {
      const rows = await db
        .selectFrom('outbox')
        .select(['id', 'purpose', 'recipient', 'subject', 'created_at', 'attempts', 'next_attempt_at'])
        .select(['last_error', 'failed_at'])
        .where('sent_at', 'is', null)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        purpose: row.purpose as MailPurpose,
        recipient: row.recipient,
        subject: row.subject,
        createdAt: row.created_at,
        attempts: row.attempts,
        nextAttemptAt: row.failed_at === null ? row.next_attempt_at : null,
        lastError: row.last_error,
        failedAt: row.failed_at,
      }));
    },

    /** A given-up message is queued again (the administrator fixed the address or the server). */
    async retry(id: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('outbox')
        .set({ failed_at: null, attempts: 0, next_attempt_at: toDbTime(now) })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .where('failed_at', 'is not', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
