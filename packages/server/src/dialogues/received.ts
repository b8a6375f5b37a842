import type { ConsentPurpose } from '@pbgdpl/contract';
import type { Edition } from '../consents/consent-editions.ts';
import type { Db } from '../db/schema.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { type SubmissionKind, submissionConsentsRepository } from '../repositories/submission-consents.ts';

/**
 * What a citizen's dialogue question or feedback leaves beside itself, in its own transaction:
 * each purpose of the edition shown, granted or not (processing always: the form requires it),
 * and the trail's first entry.
 */
export async function recordReceived(
  db: Db,
  kind: SubmissionKind,
  id: number,
  sent: { edition: Edition<ConsentPurpose>; publishName: boolean; detail: string },
  now: Date,
): Promise<void> {
  const granted = new Set<ConsentPurpose>(['process-and-answer']);
  if (sent.publishName) granted.add('publish-name');
  await submissionConsentsRepository(db).record(kind, id, sent.edition, granted, now);
  await auditLogRepository(db).record(kind, id, {
    at: now,
    actor: 'citizen',
    action: 'created',
    detail: sent.detail,
  });
}
