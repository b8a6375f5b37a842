import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { rateLimitsRepository, windowAt } from '../repositories/rate-limits.ts';

const hashed = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Failed sign-ins counted per account and per client address in the shared counters table, so
 * every node sees them: past the limit an account stays locked (and an address refused) until
 * the window ends, whichever node the next attempt reaches.
 */
export function signInThrottle(db: Db, config: Config) {
  const counters = rateLimitsRepository(db);
  const windowMs = config.accounts.lockMinutes * 60_000;
  const keys = (c: Context<AppEnv>, email: string) => ({
    account: `signin-account:${hashed(email.toLowerCase())}`,
    address: `signin-address:${hashed(clientIp(c, config.trustProxy))}`,
  });

  return {
    /** Seconds until this account (or this address) may try again; 0 when it may now. */
    async wait(c: Context<AppEnv>, email: string, now: Date): Promise<number> {
      const window = windowAt(now, windowMs);
      const { account, address } = keys(c, email);
      const locked =
        (await counters.count(account, window)) >= config.accounts.maxFailuresPerAccount ||
        (await counters.count(address, window)) >= config.accounts.maxFailuresPerAddress;
      return locked ? Math.ceil((window.end.getTime() - now.getTime()) / 1000) : 0;
    },

    async failed(c: Context<AppEnv>, email: string, now: Date): Promise<void> {
      const window = windowAt(now, windowMs);
      const { account, address } = keys(c, email);
      await counters.increment(account, window);
      await counters.increment(address, window);
    },
  };
}
