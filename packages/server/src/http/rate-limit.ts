import type { MiddlewareHandler } from 'hono';
import { rateLimitsRepository, windowAt } from '../repositories/rate-limits.ts';
import { clientIp } from './client-ip.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { problem } from './problem.ts';

/** At most `limit` requests per client address per fixed window; the count lives in the database. */
export function rateLimit(
  deps: AppDeps,
  name: string,
  limit: number,
  windowMs = 60_000,
): MiddlewareHandler<AppEnv> {
  const counters = rateLimitsRepository(deps.db);
  let prunedBefore = 0;
  return async (c, next) => {
    const now = deps.clock();
    const window = windowAt(now, windowMs);
    if (window.start.getTime() > prunedBefore) {
      // Once per window per node: drop counters of ended windows so the table stays small.
      await counters.prune(now);
      prunedBefore = window.start.getTime();
    }
    const key = `${name}:${clientIp(c, deps.config.trustProxy)}`;
    const count = await counters.increment(key, window);
    if (count > limit) {
      const retryAfter = Math.ceil((window.end.getTime() - now.getTime()) / 1000);
      return problem(c, 429, {
        detail: {
          vi: `Vượt quá ${limit} yêu cầu mỗi phút. Vui lòng thử lại sau ${retryAfter} giây.`,
          en: `More than ${limit} requests per minute. Try again in ${retryAfter} seconds.`,
        },
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    await next();
  };
}
