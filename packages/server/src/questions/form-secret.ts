import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/schema.ts';

const SETTING_KEY = 'questions.formSecret';

/**
 * The key that signs form tokens and challenges. PBGDPL_FORM_SECRET when set; otherwise a
 * random secret stored in the database on first use, so it survives restarts and every node
 * sharing the database signs alike (the first writer wins, everyone reads the winner).
 */
export function formSecret(db: Db, configured: string | null): () => Promise<string> {
  let secret: Promise<string> | undefined;
  const load = async () => {
    if (configured) return configured;
    await db
      .insertInto('site_settings')
      .values({ key: SETTING_KEY, value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await db
      .selectFrom('site_settings')
      .select('value')
      .where('key', '=', SETTING_KEY)
      .executeTakeFirstOrThrow();
    return row.value;
  };
  return () => {
    secret ??= load().catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
    return secret;
  };
}

/** One key per use, derived from the secret, so a value signed for one purpose means nothing in another. */
export const deriveKey = (secret: string, purpose: string): string =>
  createHmac('sha256', secret).update(purpose).digest('base64url');

export const sign = (key: string, value: string): string =>
  createHmac('sha256', key).update(value).digest('base64url');
