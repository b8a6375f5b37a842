import type { Context } from 'hono';
import type { Db } from '../db/schema.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { rateLimitsRepository, windowAt } from '../repositories/rate-limits.ts';
import { sign } from './form-secret.ts';

export const HOUR_MS = 60 * 60 * 1000;

/**
 * Questions stored per client in fixed hourly windows, in the shared rate-limit table so
 * several nodes agree. A question counts when its transaction commits, never when it is only
 * attempted: retries, refusals and replays cost nothing. Clients are a keyed hash of their
 * address: the table holds no addresses.
 */
export function questionPostCounter(
  db: Db,
  key: () => Promise<string>,
  trustProxy: boolean,
  /** What is counted: another form (contest registrations) counts apart. */
  name = 'questions',
) {
  const client = async (c: Context<AppEnv>) => `${name}:${sign(await key(), clientIp(c, trustProxy))}`;
  const counters = rateLimitsRepository(db);
  let prunedBefore = 0;

  return {
    windowEnd: (now: Date) => windowAt(now, HOUR_MS).end,

    /** Questions this client stored in the current window. */
    async count(c: Context<AppEnv>, now: Date): Promise<number> {
      const window = windowAt(now, HOUR_MS);
      if (window.start.getTime() > prunedBefore) {
        // Once per window per node, outside any question's transaction: ended windows go.
        await counters.prune(now);
        prunedBefore = window.start.getTime();
      }
      return counters.count(await client(c), window);
    },

    /**
     * Counts one question inside its transaction (`trx`), returning the window's count with it.
     * The counter's row lock makes concurrent posts of one client take turns.
     */
    async record(trx: Db, c: Context<AppEnv>, now: Date): Promise<number> {
      return rateLimitsRepository(trx).increment(await client(c), windowAt(now, HOUR_MS));
    },
  };
}
