import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import zxcvbn from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { foldVi } from '@pbgdpl/vi-text';
import type { Localized } from '../http/language.ts';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt, memory-hard: 2^15 × 8 × 128 bytes = 32 MiB per guess. */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password.normalize('NFC'), salt, KEY_LENGTH, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(
    password.normalize('NFC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: COST.maxmem,
    },
  );
  return timingSafeEqual(actual, expected);
}

/** A hash to check a wrong e-mail's guess against, so a missing account takes as long as a wrong password. */
export const decoyHash = hashPassword(randomBytes(16).toString('base64url'));

const strength = new zxcvbn.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
const MIN_LENGTH = 10;
/** Words every guesser of this site tries first. */
const SITE_WORDS = [
  'pbgdpl',
  'tayninh',
  'tay ninh',
  'sotuphap',
  'so tu phap',
  'phapluat',
  'admin',
  'matkhau',
];

/**
 * Why a new password is refused, or null: at least 10 characters, and not guessable from
 * common and breached passwords, keyboard patterns, the person's own name and e-mail, or this
 * site's words (zxcvbn score 3 of 4 at least).
 */
export function passwordProblem(password: string, person: { email: string; name: string }): Localized | null {
  if (password.length < MIN_LENGTH)
    return {
      vi: `Mật khẩu cần ít nhất ${MIN_LENGTH} ký tự.`,
      en: `A password needs at least ${MIN_LENGTH} characters.`,
    };
  const nameWords = foldVi(person.name).split(/\s+/).filter(Boolean);
  // A name is tried folded and run together ("lethihoa"), the way people type it into passwords.
  const inputs = [
    person.email,
    person.email.split('@')[0] ?? '',
    ...nameWords,
    nameWords.join(''),
    ...SITE_WORDS,
  ];
  // Separators add almost nothing to a guesser's work ("tayninh-pbgdpl"), so the password is
  // also judged with them taken out, and the weaker verdict counts.
  const joined = password.replace(/[\s\-_.,+]+/g, '');
  if (Math.min(strength.check(password, inputs).score, strength.check(joined, inputs).score) < 3)
    return {
      vi: 'Mật khẩu quá dễ đoán (giống mật khẩu phổ biến, tên, email hoặc tên trang). Hãy dùng một cụm vài từ không liên quan.',
      en: 'This password is too easy to guess (like a common password, a name, the e-mail or the site). Use a few unrelated words.',
    };
  return null;
}
