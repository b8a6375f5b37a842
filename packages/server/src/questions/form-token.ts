import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import { sign } from './form-secret.ts';

/** A form left open longer than this must be reloaded (the token, not the draft, expires). */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * `<issued ms>.<nonce>.<hmac>`: proves when the server handed out the form, and (the nonce) that
 * two forms handed out in the same millisecond are two forms. Nothing is stored until its use.
 */
export function issueFormToken(key: string, issuedAt: Date): string {
  const signed = `${issuedAt.getTime()}.${randomBytes(12).toString('base64url')}`;
  return `${signed}.${sign(key, signed)}`;
}

const FORM_TOKEN = /^((\d{1,15})\.[\w-]{16})\.([\w-]{43})$/;

export type FormTokenCheck =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'expired' }
  | { ok: false; reason: 'too-fast'; waitSeconds: number };

export function checkFormToken(
  key: string,
  token: string,
  now: Date,
  minFillSeconds: number,
): FormTokenCheck {
  const [, signed = '', issued = '', signature = ''] = FORM_TOKEN.exec(token) ?? [];
  const expected = Buffer.from(sign(key, signed));
  const given = Buffer.from(signature);
  if (!signed || expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  const age = now.getTime() - Number(issued);
  if (age > MAX_AGE_MS) return { ok: false, reason: 'expired' };
  const missing = minFillSeconds * 1000 - age;
  if (missing > 0) return { ok: false, reason: 'too-fast', waitSeconds: Math.ceil(missing / 1000) };
  return { ok: true };
}

/**
 * Records that a checked token sent its question, inside that question's transaction: true the
 * first time, false when it was used already (on any node). Kept until the token expires anyway.
 */
export async function spendFormToken(trx: Db, token: string): Promise<boolean> {
  const [issued = '0', , signature = token] = token.split('.');
  const spent = await trx
    .insertInto('used_form_tokens')
    .values({ signature, expires_at: toDbTime(new Date(Number(issued) + MAX_AGE_MS)) })
    .onConflict((oc) => oc.column('signature').doNothing())
    .executeTakeFirst();
  return Number(spent.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Drops used tokens that expired; outside any question's transaction. */
export async function forgetExpiredFormTokens(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('used_form_tokens').where('expires_at', '<=', toDbTime(now)).execute();
}
