import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

/** A fixed window of a limiter: which one holds `now`, and when it ends. */
export interface RateWindow {
  start: Date;
  end: Date;
}

export const windowAt = (now: Date, lengthMs: number): RateWindow => {
  const start = Math.floor(now.getTime() / lengthMs) * lengthMs;
  return { start: new Date(start), end: new Date(start + lengthMs) };
};

/**
 * Fixed-window counters kept in the database, so several API nodes sharing one database share
 * the limit; windows of any length live side by side. One row per key: a new window resets
 * the row instead of adding one. Called inside a transaction, an increment is undone with it.
 */
export function rateLimitsRepository(db: Db) {
  return {
    /** Counts one event in `window`; returns the window's count including it. */
    async increment(key: string, window: RateWindow): Promise<number> {
      const start = toDbTime(window.start);
      const end = toDbTime(window.end);
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: start, window_end: end, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            count: eb
              .case()
              .when('rate_limits.window_start', '=', start)
              .then(eb('rate_limits.count', '+', 1))
              .else(1)
              .end(),
            window_start: start,
            window_end: end,
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return row.count;
    },

    /** The count of `key` in `window` (0 when it has none yet). */
    async count(key: string, window: RateWindow): Promise<number> {
      const row = await db
        .selectFrom('rate_limits')
        .select('count')
        .where('key', '=', key)
        .where('window_start', '=', toDbTime(window.start))
        .executeTakeFirst();
      return row?.count ?? 0;
    },

    /** Forgets windows that ended (clients that went away). */
    async prune(now: Date): Promise<void> {
      await db.deleteFrom('rate_limits').where('window_end', '<=', toDbTime(now)).execute();
    },
  };
}
