import type { Db } from './schema.ts';

/**
 * Runs `work` all or nothing: inside the caller's transaction when `db` already is one (the
 * seed imports documents within its own), else in a new one.
 */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
