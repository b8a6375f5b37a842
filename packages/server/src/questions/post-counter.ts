import type { Context } from 'hono';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { sign } from './form-secret.ts';

export const HOUR_MS = 60 * 60 * 1000;

/**
 * Question posts per client in fixed hourly windows, in the database so several nodes share
 * them. Clients are a keyed hash of their address: the table holds no addresses.
 */
export function questionPostCounter(db: Db, key: () => Promise<string>, trustProxy: boolean) {
  const client = async (c: Context<AppEnv>) => sign(await key(), clientIp(c, trustProxy));
  const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);

  return {
    windowEnd: (now: Date) => new Date(windowOf(now).getTime() + HOUR_MS),

    /** Posts this client made in the current window. */
    async count(c: Context<AppEnv>, now: Date): Promise<number> {
      const row = await db
        .selectFrom('question_rate_limits')
        .select('count')
        .where('client', '=', await client(c))
        .where('window_start', '=', toDbTime(windowOf(now)))
        .executeTakeFirst();
      return row?.count ?? 0;
    },

    /** Counts one post; returns the window's count including it. */
    async add(c: Context<AppEnv>, now: Date): Promise<number> {
      const windowStart = toDbTime(windowOf(now));
      await db.deleteFrom('question_rate_limits').where('window_start', '<', windowStart).execute();
      const row = await db
        .insertInto('question_rate_limits')
        .values({ client: await client(c), window_start: windowStart, count: 1 })
        .onConflict((oc) =>
          oc.column('client').doUpdateSet((eb) => ({
            count: eb
              .case()
              .when('question_rate_limits.window_start', '=', windowStart)
              .then(eb('question_rate_limits.count', '+', 1))
              .else(1)
              .end(),
            window_start: windowStart,
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return row.count;
    },
  };
}
