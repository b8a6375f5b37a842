import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import { cacheUntil } from '../http/cache.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { registerRoute } from '../http/route.ts';
import { bannersRepository } from '../repositories/banners.ts';

export function bannerRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const banners = bannersRepository(deps.db);
  registerRoute(app, deps, routes.banners, async ({ query }, c) => {
    const now = deps.clock();
    const change = await banners.nextScheduleChange(now);
    if (change) cacheUntil(c, change);
    return { items: await banners.listActive(query, now) };
  });
}
