import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/schema.ts';
import { cors } from './http/cors.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { notFound, onError } from './http/errors.ts';
import { problem } from './http/problem.ts';
import { adminBannerRoutes } from './routes/admin-banners.ts';
import { adminRoutes } from './routes/admin.ts';
import { bannerRoutes } from './routes/banners.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { siteRoutes } from './routes/site.ts';
import { staticRoutes } from './routes/static.ts';

/** The whole HTTP application, without a socket: tests drive it with `app.request()`. */
export function createApp(deps: { db: Db; config: Config; clock?: Clock }): Hono<AppEnv> {
  const resolved: AppDeps = { ...deps, clock: deps.clock ?? systemClock };
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', cors(resolved.config));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: resolved.config.bodyLimitBytes,
      onError: (c) =>
        problem(c, 413, {
          detail: {
            vi: `Nội dung gửi lên vượt quá ${resolved.config.bodyLimitBytes / 1024} KB.`,
            en: `The body is larger than ${resolved.config.bodyLimitBytes / 1024} KB.`,
          },
        }),
    }),
  );

  for (const register of [
    healthRoutes,
    openApiRoutes,
    siteRoutes,
    bannerRoutes,
    eventRoutes,
    adminRoutes,
    adminBannerRoutes,
    staticRoutes, // last: its catch-all serves demo pages
  ]) {
    register(app, resolved);
  }

  app.notFound(notFound(app));
  app.onError(onError);
  return app;
}
