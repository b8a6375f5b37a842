import { timingSafeEqual } from 'node:crypto';
import { sign } from './form-secret.ts';

/** A form left open longer than this must be reloaded (the token, not the draft, expires). */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** `<issued ms>.<hmac>`: proves when the server handed out the form, without storing anything. */
export const issueFormToken = (key: string, issuedAt: Date): string =>
  `${issuedAt.getTime()}.${sign(key, String(issuedAt.getTime()))}`;

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
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(key, match[1]));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  const age = now.getTime() - Number(match[1]);
  if (age > MAX_AGE_MS) return { ok: false, reason: 'expired' };
  const missing = minFillSeconds * 1000 - age;
  if (missing > 0) return { ok: false, reason: 'too-fast', waitSeconds: Math.ceil(missing / 1000) };
  return { ok: true };
}
