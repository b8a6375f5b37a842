import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { outboxRepository } from '../mail/outbox.ts';

/** The administrator's view of e-mail: whether it is on, what waits, and a retry for what failed. */
export function adminMailRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminMailList, async () => ({
    enabled: deps.config.mail !== null,
    items: await outboxRepository(deps.db).unsent(200),
  }));

  registerRoute(app, deps, routes.adminMailRetry, async ({ params }) => {
    if (!(await outboxRepository(deps.db).retry(params.id, deps.clock())))
      throw new ProblemError(404, {
        detail: {
          vi: `Không có thư số ${params.id} đã bị bỏ sau nhiều lần gửi lỗi.`,
          en: `There is no given-up e-mail ${params.id}.`,
        },
      });
    return undefined;
  });
}
