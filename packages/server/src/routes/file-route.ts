import { ROUTES, type RouteName, XLSX_TYPE } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { requireRole } from '../http/auth.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { API_PREFIX } from '../http/route.ts';

/** A file a route answers: CSV as text, XLSX as bytes. */
export type SheetFile = { body: string | Uint8Array<ArrayBuffer>; filename: string };

/**
 * A signed-in GET of the route table that answers a spreadsheet rather than JSON (a template,
 * an export): CSV when the body is text, XLSX when it is bytes; its role checked like any
 * other, the file never kept by a cache.
 */
export function fileRoute(
  app: Hono<AppEnv>,
  deps: AppDeps,
  name: RouteName,
  handler: (c: Context<AppEnv>) => Promise<SheetFile>,
): void {
  const route = ROUTES[name];
  const path = API_PREFIX + route.path.replace(/\{(\w+)\}/g, ':$1');
  const guards = 'role' in route ? [requireRole(route.role, deps)] : [];
  app.get(path, ...guards, async (c) => {
    const { body, filename } = await handler(c);
    const headers = {
      'Content-Type': typeof body === 'string' ? 'text/csv; charset=utf-8; header=present' : XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    };
    return c.body(body, 200, headers);
  });
}
