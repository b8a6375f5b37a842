import { Hono } from 'hono';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/schema.ts';
import { sizeLimit } from './http/body-limit.ts';
import { cors } from './http/cors.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { notFound, onError } from './http/errors.ts';
import { apiPath } from './http/route.ts';
import { adminBannerRoutes } from './routes/admin-banners.ts';
import { adminDocumentRoutes } from './routes/admin-documents.ts';
import { adminMediaRoutes } from './routes/admin-media.ts';
import { authRoutes } from './routes/auth.ts';
import { adminUserRoutes } from './routes/admin-users.ts';
import { adminMailRoutes } from './routes/admin-mail.ts';
import { bannerRoutes } from './routes/banners.ts';
import { documentFeedRoutes } from './routes/document-feed.ts';
import { documentRoutes } from './routes/documents.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { siteRoutes } from './routes/site.ts';
import { staticRoutes } from './routes/static.ts';
import { adminVideoRoutes } from './routes/admin-videos.ts';
import { videoRoutes } from './routes/videos.ts';
import { activityRoutes } from './routes/activities.ts';
import { reporterRoutes } from './routes/reporters.ts';
import { mediaFileRoutes } from './routes/media-files.ts';
import { statsRoutes } from './routes/stats.ts';
import { questionRoutes } from './routes/questions.ts';
import { adminQuestionRoutes } from './routes/admin-questions.ts';

/** The whole HTTP application, without a socket: tests drive it with `app.request()`. */
export function createApp(deps: { db: Db; config: Config; clock?: Clock }): Hono<AppEnv> {
  const resolved: AppDeps = { ...deps, clock: deps.clock ?? systemClock };
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', cors(resolved.config));
  const bodyLimit = sizeLimit(resolved.config.bodyLimitBytes);
  const importLimit = sizeLimit(resolved.config.importLimitBytes);
  const importPath = apiPath('adminDocumentImport');
  // An upload checks its own size as it streams, by the kind of file (see media/receive.ts).
  const uploadPath = apiPath('adminMediaUpload');
  app.use('/api/*', (c, next) =>
    c.req.path === uploadPath && c.req.method === 'POST'
      ? next()
      : (c.req.path === importPath ? importLimit : bodyLimit)(c, next),
  );

  for (const register of [
    healthRoutes,
    openApiRoutes,
    siteRoutes,
    bannerRoutes,
    documentFeedRoutes, // before documentRoutes: /documents/feed.xml is not /documents/{id}
    documentRoutes,
    eventRoutes,
    videoRoutes,
    authRoutes,
    adminUserRoutes,
    adminMailRoutes,
    adminBannerRoutes,
    adminDocumentRoutes,
    adminVideoRoutes,
    statsRoutes,
    reporterRoutes,
    activityRoutes,
    questionRoutes,
    adminQuestionRoutes,
    adminMediaRoutes,
    mediaFileRoutes,
    staticRoutes, // last: its catch-all serves demo pages
  ]) {
    register(app, resolved);
  }

  app.notFound(notFound(app));
  app.onError(onError);
  return app;
}
