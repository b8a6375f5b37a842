import { ROUTES, type RouteName } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { requireRole } from '../http/auth.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { API_PREFIX } from '../http/route.ts';

/**
 * A signed-in GET of the route table that answers a CSV file rather than JSON (a template, an
 * export): its role checked like any other, the file never kept by a cache.
 */
export function csvRoute(
  app: Hono<AppEnv>,
  deps: AppDeps,
  name: RouteName,
  handler: (c: Context<AppEnv>) => Promise<{ body: string; filename: string }>,
): void {
  const route = ROUTES[name];
  const path = API_PREFIX + route.path.replace(/\{(\w+)\}/g, ':$1');
  const guards = 'role' in route ? [requireRole(route.role, deps)] : [];
  app.get(path, ...guards, async (c) => {
    const { body, filename } = await handler(c);
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  });
}
