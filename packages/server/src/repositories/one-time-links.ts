import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export type LinkPurpose = 'invite' | 'reset';

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Invitations and password resets: a random token in a link, usable once, until it expires. */
export function oneTimeLinksRepository(db: Db) {
  return {
    /** A new link for a person; earlier unused links of the same person stop working. */
    async create(userId: number, purpose: LinkPurpose, now: Date, ttlMs: number) {
      await db
        .updateTable('one_time_links')
        .set({ used_at: toDbTime(now) })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + ttlMs);
      await db
        .insertInto('one_time_links')
        .values({
          token_hash: digest(token),
          user_id: userId,
          purpose,
          expires_at: toDbTime(expiresAt),
          used_at: null,
        })
        .execute();
      return { token, expiresAt };
    },

    /** Whose link this is, while it can still be used; nothing is spent. */
    async peek(token: string, now: Date): Promise<{ userId: number; purpose: LinkPurpose } | undefined> {
      const row = await db
        .selectFrom('one_time_links')
        .select(['user_id', 'purpose'])
        .where('token_hash', '=', digest(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', toDbTime(now))
        .executeTakeFirst();
      return row && { userId: row.user_id, purpose: row.purpose as LinkPurpose };
    },

    /** Spends the link; false when it was spent meanwhile (on any node). */
    async spend(token: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('one_time_links')
        .set({ used_at: toDbTime(now) })
        .where('token_hash', '=', digest(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', toDbTime(now))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
