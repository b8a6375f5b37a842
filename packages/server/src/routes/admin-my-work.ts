import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { registerRoute } from '../http/route.ts';
import { myWork } from '../workflow/my-work.ts';

/** "Việc của tôi": the console's first page after sign-in (see `workflow/my-work.ts`). */
export function adminMyWorkRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminMyWork, async (_input, c) =>
    myWork(deps.db, deps.config, c.get('principal'), deps.clock()),
  );
}
