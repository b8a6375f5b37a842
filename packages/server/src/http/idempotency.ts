import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/schema.ts';
import {
  IDEMPOTENCY_KEY,
  type KeyClaim,
  idempotencyRepository,
  requestHash,
} from '../repositories/idempotency-keys.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { ProblemError, problem, requestLanguage } from './problem.ts';

/** How long a copy waits for the first of its kind to finish before it is told to retry. */
const WAIT_FOR_FIRST_MS = 5_000;
const POLL_MS = 50;

const keyProblem = (status: 400 | 409 | 422, c: Context, message: { vi: string; en: string }) =>
  problem(c, status, {
    detail: message,
    errors: { 'Idempotency-Key': [message[requestLanguage(c)]] },
    ...(status === 409 ? { headers: { 'Retry-After': '1' } } : {}),
  });

/**
 * `Idempotency-Key` for a POST that creates something: the key is claimed before any limit,
 * counter or check runs, so copies of one request (a double click, a browser's retry, a flaky
 * phone connection; on one node or several) act once and all get the first one's answer. A copy
 * that arrives while the first is running waits for it; the answer is stored in the write's
 * transaction (`storeIdempotentAnswer`); a request that fails gives its key back.
 */
export function idempotent(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const keys = idempotencyRepository(deps.db);

  async function claimWhenFree(key: string, hash: string): Promise<KeyClaim> {
    const giveUpAt = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const claim = await keys.claim(key, hash, deps.clock());
      if (claim.kind !== 'in-flight' || Date.now() >= giveUpAt) return claim;
      await sleep(POLL_MS);
    }
  }

  return async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined) return next();
    if (!IDEMPOTENCY_KEY.test(key)) {
      return keyProblem(400, c, {
        vi: 'Idempotency-Key phải gồm 8–128 ký tự in được, ví dụ một UUID.',
        en: 'Idempotency-Key must be 8–128 printable characters, e.g. a UUID.',
      });
    }
    const hash = requestHash(await c.req.text());
    const claim = await claimWhenFree(key, hash);
    switch (claim.kind) {
      case 'other-body':
        return keyProblem(422, c, {
          vi: 'Khóa Idempotency-Key này đã được dùng cho một nội dung khác. Hãy tạo khóa mới.',
          en: 'This Idempotency-Key was used for a different request. Make a new key.',
        });
      case 'in-flight':
        return keyProblem(409, c, {
          vi: 'Yêu cầu này đang được xử lý. Vui lòng gửi lại sau giây lát với cùng khóa.',
          en: 'This request is still being processed. Send it again in a moment with the same key.',
        });
      case 'replay':
        return c.body(claim.stored.body, claim.stored.status as 201, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
          'Idempotent-Replayed': 'true',
        });
      case 'claimed':
        c.set('idempotency', { key, hash, claimedAt: claim.claimedAt });
        try {
          await next();
        } finally {
          if (c.res.status >= 300) await keys.release(key, claim.claimedAt);
        }
    }
  };
}

/**
 * Inside the write's transaction: keeps the answer for the request's key (when it has one), so
 * it is stored exactly when the write commits.
 */
export async function storeIdempotentAnswer(
  trx: Db,
  c: Context<AppEnv>,
  status: number,
  body: unknown,
): Promise<void> {
  const claim = c.get('idempotency');
  if (!claim) return;
  const stored = { requestHash: claim.hash, status, body: JSON.stringify(body) };
  if (!(await idempotencyRepository(trx).complete(claim.key, claim.claimedAt, stored))) {
    throw new ProblemError(409, {
      detail: {
        vi: 'Yêu cầu xử lý quá lâu và đã được một lần gửi khác tiếp nhận. Vui lòng gửi lại với cùng khóa.',
        en: 'The request took too long and another copy took it over. Send it again with the same key.',
      },
      headers: { 'Retry-After': '1' },
    });
  }
}
