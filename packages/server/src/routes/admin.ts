import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { registerRoute } from '../http/route.ts';

export function adminRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.me, async (_input, c) => c.get('principal'));
}
