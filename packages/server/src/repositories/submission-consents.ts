import type { ConsentPurpose } from '@pbgdpl/contract';
import type { Edition } from '../consents/consent-editions.ts';
import type { Db } from '../db/schema.ts';
import { toDbBool, toDbTime } from '../db/values.ts';

export type SubmissionKind = 'dialogue-question' | 'document-feedback';

/** Consents of dialogue questions and feedback: each purpose with the exact words shown. */
export function submissionConsentsRepository(db: Db) {
  return {
    async record(
      kind: SubmissionKind,
      itemId: number,
      edition: Edition<ConsentPurpose>,
      granted: ReadonlySet<ConsentPurpose>,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('submission_consents')
        .values(
          edition.consents.map((consent) => ({
            kind,
            item_id: itemId,
            purpose: consent.purpose,
            granted: toDbBool(granted.has(consent.purpose)),
            text_version: edition.version,
            language: edition.language,
            text: consent.text,
            recorded_at: toDbTime(now),
          })),
        )
        .execute();
    },

    async remove(kind: SubmissionKind, itemIds: number[]): Promise<void> {
      if (itemIds.length > 0)
        await db
          .deleteFrom('submission_consents')
          .where('kind', '=', kind)
          .where('item_id', 'in', itemIds)
          .execute();
    },
  };
}
