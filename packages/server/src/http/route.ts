import { pathOf, type RouteName, type RouteSpec } from '@pbgdpl/contract';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { requireRole } from './auth.ts';
import { privateJson, publicJson } from './cache.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { parseRequest, type RouteInput } from './validate.ts';

export const API_PREFIX = '/api/v1';

/** The editors' routes: never public, never cached. */
export const isAdminPath = (path: string): boolean => /^\/api\/v1\/admin(\/|$)/.test(path);

/** A route's full path with its parameters, from the contract's table (a `Location`, a feed's link). */
export const apiPath = (route: RouteName, params?: Record<string, string | number>): string =>
  API_PREFIX + pathOf(route, params);

/** What a handler returns: the route's response shape, or nothing for a 204. */
type Reply<S> = S extends { response: infer R extends z.ZodType } ? z.input<R> : undefined;

export interface RouteOptions {
  /** Middleware run after authentication and before parsing (e.g. a rate limit). */
  before?: MiddlewareHandler<AppEnv>[];
}

/**
 * Mounts one entry of the contract's route table: its method and path (`{id}` → `:id`), the
 * role it needs, input validation, and the caching its kind of answer gets. Routes are only
 * ever registered through here, so the server cannot drift from the published contract.
 */
export function registerRoute<S extends RouteSpec>(
  app: Hono<AppEnv>,
  deps: AppDeps,
  spec: S,
  handler: (input: RouteInput<S>, c: Context<AppEnv>) => Promise<Reply<S>>,
  options: RouteOptions = {},
): void {
  const path = API_PREFIX + spec.path.replace(/\{(\w+)\}/g, ':$1');
  const guards = spec.role ? [requireRole(spec.role, deps)] : [];
  const respond: MiddlewareHandler<AppEnv> = async (c) => {
    const input = await parseRequest(c, spec, spec.bodyTypes ?? ['application/json']);
    const data = await handler(input, c);
    if (spec.status === 204) {
      c.header('Cache-Control', 'no-store');
      return c.body(null, 204);
    }
    if (spec.method === 'get' && !spec.role) return publicJson(c, data);
    return privateJson(c, data, spec.status);
  };
  app.on(spec.method.toUpperCase(), path, ...guards, ...(options.before ?? []), respond);
}
