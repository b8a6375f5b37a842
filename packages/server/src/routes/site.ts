import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { siteRepository } from '../repositories/site.ts';
import { unitsRepository } from '../repositories/units.ts';

export function siteRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const site = siteRepository(deps.db);
  const units = unitsRepository(deps.db);
  registerRoute(app, deps, routes.site, async () => {
    const settings = await site.settings();
    if (!settings) {
      throw new ProblemError(404, {
        detail: { vi: 'Trang chưa được cấu hình (chạy `pnpm cli seed`).', en: 'The site is not set up yet.' },
      });
    }
    return { ...settings, units: await units.all(), links: await site.links() };
  });
}
