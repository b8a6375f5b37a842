import type { WorkChallenge } from '@pbgdpl/contract';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

/** About 50 000 SHA-256 hashes on average: a second or two in a phone's browser, costly in bulk. */
const MAX_NUMBER = 100_000;
const LIFETIME_MS = 60 * 60 * 1000;

/** An ALTCHA (v1) challenge in the contract's shape. */
export async function newWorkChallenge(key: string, now: Date): Promise<WorkChallenge> {
  const challenge = await createChallenge({
    hmacKey: key,
    maxNumber: MAX_NUMBER,
    expires: new Date(now.getTime() + LIFETIME_MS),
  });
  return {
    algorithm: 'SHA-256',
    challenge: challenge.challenge,
    salt: challenge.salt,
    maxNumber: challenge.maxnumber ?? MAX_NUMBER,
    signature: challenge.signature,
  };
}

/**
 * Checks a solved challenge (base64 JSON `{algorithm, challenge, number, salt, signature}`):
 * its signature and expiry. Returns what `spendWorkSolution` records, or null.
 */
export async function checkWorkSolution(
  key: string,
  payload: string,
  now: Date,
): Promise<{ signature: string; expires: Date } | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { algorithm?: unknown }).algorithm !== 'SHA-256'
  )
    return null;
  const solution = parsed as Parameters<typeof verifySolution>[0] & { signature: string };
  // Expiry against our clock (altcha-lib would use the system's), the rest by altcha-lib.
  const expires = Number(extractParams(solution).expires) * 1000;
  if (!(expires > now.getTime()) || !(await verifySolution(solution, key, false))) return null;
  return { signature: solution.signature, expires: new Date(expires) };
}

/** Drops spent solutions that expired; outside any question's transaction. */
export async function forgetExpiredSolutions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('used_challenges').where('expires_at', '<', toDbTime(now)).execute();
}

/**
 * Spends a checked solution inside the question's transaction: true the first time, false
 * when it was spent already. A question that fails keeps its solution unspent.
 */
export async function spendWorkSolution(
  trx: Db,
  solution: { signature: string; expires: Date },
): Promise<boolean> {
  const spent = await trx
    .insertInto('used_challenges')
    .values({ signature: solution.signature, expires_at: toDbTime(solution.expires) })
    .onConflict((oc) => oc.column('signature').doNothing())
    .executeTakeFirst();
  return Number(spent.numInsertedOrUpdatedRows ?? 0) === 1;
}
