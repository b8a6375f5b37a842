import { createHash } from 'node:crypto';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

const KEPT_MS = 24 * 60 * 60 * 1000;

/** Keys clients make up: a UUID or similar, printable, bounded. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

export const requestHash = (body: string): string => createHash('sha256').update(body).digest('base64url');

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: string;
}

/** Answers kept per Idempotency-Key for 24 hours, so a retried or double-clicked POST acts once. */
export function idempotencyRepository(db: Db) {
  return {
    async find(key: string, now: Date): Promise<StoredResponse | undefined> {
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status', 'response'])
        .where('key', '=', key)
        .where('created_at', '>=', toDbTime(new Date(now.getTime() - KEPT_MS)))
        .executeTakeFirst();
      return row && { requestHash: row.request_hash, status: row.status, body: row.response };
    },

    /**
     * First step of the write's transaction: takes the key, or returns false when another post
     * holds it. The row lock makes a racing post with the same key wait for this transaction
     * (on any node), then see the key taken; if this transaction fails, the key is free again.
     */
    async claim(key: string, hash: string, now: Date): Promise<boolean> {
      await db
        .deleteFrom('idempotency_keys')
        .where('created_at', '<', toDbTime(new Date(now.getTime() - KEPT_MS)))
        .execute();
      const taken = await db
        .insertInto('idempotency_keys')
        .values({ key, request_hash: hash, status: 0, response: '', created_at: toDbTime(now) })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(taken.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** The answer to a claimed key, in the same transaction: stored exactly when the write commits. */
    async store(key: string, stored: StoredResponse): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ request_hash: stored.requestHash, status: stored.status, response: stored.body })
        .where('key', '=', key)
        .execute();
    },
  };
}
