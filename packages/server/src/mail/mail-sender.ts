import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { repeat } from '../periodic.ts';
import { type ClaimedMail, outboxRepository } from './outbox.ts';

/** Messages taken per round; each may wait for a slow server up to the timeouts below. */
const BATCH = 5;
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
/** Long enough for a whole batch at its slowest, so no other node takes a message being sent. */
const LEASE_MS = BATCH * 60_000;
/** After this many failures a message is given up (with 30 s to start, about 20 hours in all). */
const MAX_ATTEMPTS = 12;
const MAX_DELAY_MS = 6 * 60 * 60_000;

/** When to try again after the `attempts`-th failure: doubling from `retrySeconds`, at most 6 h. */
export function retryAt(attempts: number, retrySeconds: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const delay = Math.min(retrySeconds * 1000 * 2 ** (attempts - 1), MAX_DELAY_MS);
  return new Date(now.getTime() + delay);
}

export interface MailSender {
  /** One round: sends what is due; the number sent. */
  sendDue(): Promise<number>;
  /** Stops polling after the round in progress. */
  stop(): Promise<void>;
}

/**
 * Sends the outbox through SMTP, polling every `pollSeconds`. Any number of nodes may run one:
 * a message is leased to one node while it is being sent. If a node dies after the server
 * accepted a message but before recording it, the lease runs out and it is sent again, so a
 * message arrives at least once; while nodes live, exactly once.
 */
export function startMailSender(db: Db, mail: NonNullable<Config['mail']>, clock: Clock): MailSender {
  const transport = createTransport({ url: mail.smtpUrl, ...TIMEOUTS });
  const outbox = outboxRepository(db);
  const owner = randomUUID();

  async function send(message: ClaimedMail): Promise<boolean> {
    try {
      await transport.sendMail({
        from: mail.from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      await outbox.markSent(message.id, owner, clock());
      return true;
    } catch (error) {
      const now = clock();
      const reason = error instanceof Error ? error.message : String(error);
      await outbox.markFailed(
        message,
        owner,
        reason,
        now,
        retryAt(message.attempts + 1, mail.retrySeconds, now),
      );
      return false;
    }
  }

  async function sendDue(): Promise<number> {
    let sent = 0;
    for (const message of await outbox.claim(owner, clock(), LEASE_MS, BATCH)) {
      if (await send(message)) sent++;
    }
    return sent;
  }

  const polling = repeat(mail.pollSeconds * 1000, sendDue, 'Gửi thư thất bại (mail round failed):');

  return {
    sendDue,
    stop: async () => {
      await polling.stop();
      transport.close();
    },
  };
}
