import { createHash } from 'node:crypto';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

const KEPT_MS = 24 * 60 * 60 * 1000;
/** A claim older than this whose request never finished (a node died) may be taken over. */
const LEASE_MS = 60 * 1000;
/** Status of a claimed key whose request is still running. */
const IN_FLIGHT = 0;

/** Keys clients make up: a UUID or similar, printable, bounded. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

export const requestHash = (body: string): string => createHash('sha256').update(body).digest('base64url');

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: string;
}

/** What a request with a key finds: its turn, an earlier answer, another body, or a copy running. */
export type KeyClaim =
  | { kind: 'claimed'; claimedAt: string }
  | { kind: 'replay'; stored: StoredResponse }
  | { kind: 'other-body' }
  | { kind: 'in-flight' };

/**
 * Answers kept per Idempotency-Key for 24 hours, so a retried or double-clicked POST acts once.
 * A request claims its key before anything else is counted or checked (a committed row with
 * status 0), stores its answer in the same transaction as its write, and gives the key back
 * when it fails, so the corrected draft can use it.
 */
export function idempotencyRepository(db: Db) {
  const kept = (now: Date) => toDbTime(new Date(now.getTime() - KEPT_MS));

  async function claim(key: string, hash: string, now: Date): Promise<KeyClaim> {
    await db.deleteFrom('idempotency_keys').where('created_at', '<', kept(now)).execute();
    const claimedAt = toDbTime(now);
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ key, request_hash: hash, status: IN_FLIGHT, response: '', created_at: claimedAt })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'claimed', claimedAt };

    const row = await db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status', 'response', 'created_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    // Released between our insert and this read: try again.
    if (!row) return claim(key, hash, now);
    if (row.request_hash !== hash) return { kind: 'other-body' };
    if (row.status !== IN_FLIGHT)
      return { kind: 'replay', stored: { requestHash: hash, status: row.status, body: row.response } };
    const abandoned = await db
      .updateTable('idempotency_keys')
      .set({ created_at: claimedAt })
      .where('key', '=', key)
      .where('status', '=', IN_FLIGHT)
      .where('created_at', '<', toDbTime(new Date(now.getTime() - LEASE_MS)))
      .executeTakeFirst();
    return Number(abandoned.numUpdatedRows) === 1 ? { kind: 'claimed', claimedAt } : { kind: 'in-flight' };
  }

  return {
    claim,

    /**
     * The answer to a claimed key, in the write's transaction: stored exactly when the write
     * commits. False when the claim is no longer ours (it outlived its lease and was taken).
     */
    async complete(key: string, claimedAt: string, stored: StoredResponse): Promise<boolean> {
      const result = await db
        .updateTable('idempotency_keys')
        .set({ status: stored.status, response: stored.body })
        .where('key', '=', key)
        .where('status', '=', IN_FLIGHT)
        .where('created_at', '=', claimedAt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Gives a claimed key back after a failed request. */
    async release(key: string, claimedAt: string): Promise<void> {
      await db
        .deleteFrom('idempotency_keys')
        .where('key', '=', key)
        .where('status', '=', IN_FLIGHT)
        .where('created_at', '=', claimedAt)
        .execute();
    },
  };
}
