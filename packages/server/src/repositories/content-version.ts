import type { Db } from '../db/schema.ts';

/**
 * The counter triggers move on every change to content, whichever process writes (migration
 * 0010): equal readings mean the public answers made in between are still right.
 */
export async function contentVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('content_version').select('version').executeTakeFirstOrThrow();
  return Number(row.version);
}
