import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { registerRoute } from '../http/route.ts';
import { eventsRepository } from '../repositories/events.ts';

/** The site a beacon came from: its Origin, else the origin of its Referer. */
function siteOrigin(c: Context): string | null {
  const source = c.req.header('Origin') ?? c.req.header('Referer');
  if (!source || !URL.canParse(source)) return null;
  const origin = new URL(source).origin;
  return origin === 'null' ? null : origin.slice(0, 200);
}

export function eventRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const events = eventsRepository(deps.db);
  registerRoute(
    app,
    deps,
    routes.events,
    async ({ body }, c) => events.record(body, siteOrigin(c), deps.clock()),
    {
      before: [rateLimit(deps, 'events', deps.config.eventsPerMinute)],
    },
  );
}
