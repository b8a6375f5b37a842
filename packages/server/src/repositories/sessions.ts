import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import type { UserRow } from './users.ts';

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
/** Writing "last seen" on every request would turn each read into a write; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionLimits {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out after this long whatever happens. */
  absoluteMs: number;
}

/** Signed-in browsers: a random token in an HttpOnly cookie, only its digest stored here. */
export function sessionsRepository(db: Db) {
  return {
    /** Returns the token for the cookie: the only time it exists outside the browser. */
    async create(
      userId: number,
      now: Date,
      limits: SessionLimits,
    ): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + limits.absoluteMs);
      await db
        .insertInto('sessions')
        .values({
          token_hash: digest(token),
          user_id: userId,
          created_at: toDbTime(now),
          last_seen_at: toDbTime(now),
          expires_at: toDbTime(expiresAt),
          revoked_at: null,
        })
        .execute();
      return { token, expiresAt };
    },

    /** The active person of a live session (not revoked, not expired, not idle too long). */
    async user(token: string, now: Date, limits: SessionLimits): Promise<UserRow | undefined> {
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .selectAll('u')
        .select(['s.last_seen_at as session_seen'])
        .where('s.token_hash', '=', digest(token))
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', toDbTime(now))
        .where('s.last_seen_at', '>', toDbTime(new Date(now.getTime() - limits.idleMs)))
        .where('u.active', '=', 1)
        .executeTakeFirst();
      if (!row) return undefined;
      if (now.getTime() - Date.parse(row.session_seen) > TOUCH_EVERY_MS)
        await db
          .updateTable('sessions')
          .set({ last_seen_at: toDbTime(now) })
          .where('token_hash', '=', digest(token))
          .execute();
      const { session_seen: _seen, ...user } = row;
      return user;
    },

    async revoke(token: string, now: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ revoked_at: toDbTime(now) })
        .where('token_hash', '=', digest(token))
        .where('revoked_at', 'is', null)
        .execute();
    },

    /** Every session of a person but `keep` (a password change signs the other browsers out). */
    async revokeAll(userId: number, now: Date, keep?: string): Promise<void> {
      let query = db
        .updateTable('sessions')
        .set({ revoked_at: toDbTime(now) })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (keep) query = query.where('token_hash', '<>', digest(keep));
      await query.execute();
    },
  };
}
