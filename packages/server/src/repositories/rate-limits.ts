import type { Db } from '../db/schema.ts';

/**
 * Fixed-window counters kept in the database, so several API nodes sharing one database share
 * the limit. One row per key: a new window resets the row instead of adding one.
 */
export function rateLimitsRepository(db: Db) {
  return {
    /** Counts one request in the window starting at `windowStart`; returns the window's count. */
    async increment(key: string, windowStart: string): Promise<number> {
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: windowStart, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            count: eb
              .case()
              .when('rate_limits.window_start', '=', windowStart)
              .then(eb('rate_limits.count', '+', 1))
              .else(1)
              .end(),
            window_start: windowStart,
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return row.count;
    },

    /** Forgets windows that started before `windowStart` (clients that went away). */
    async prune(windowStart: string): Promise<void> {
      await db.deleteFrom('rate_limits').where('window_start', '<', windowStart).execute();
    },
  };
}
