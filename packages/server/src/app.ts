import { Hono } from 'hono';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/schema.ts';
import { statusKeeper } from './documents/status-refresh.ts';
import { sizeLimit } from './http/body-limit.ts';
import { QUESTION_IMPORT_LIMIT_BYTES } from './contests/question-import.ts';
import { cachePublicAnswers } from './http/cache-middleware.ts';
import { cors } from './http/cors.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { notFound, onError } from './http/errors.ts';
import { CONTENT_CHECK_MS, ResponseCache } from './http/response-cache.ts';
import { apiPath } from './http/route.ts';
import { contentVersion } from './repositories/content-version.ts';
import { adminBannerRoutes } from './routes/admin-banners.ts';
import { adminDocumentRoutes } from './routes/admin-documents.ts';
import { adminMediaRoutes } from './routes/admin-media.ts';
import { authRoutes } from './routes/auth.ts';
import { adminUserRoutes } from './routes/admin-users.ts';
import { adminMailRoutes } from './routes/admin-mail.ts';
import { adminMyWorkRoutes } from './routes/admin-my-work.ts';
import { adminQuestionRoutingRoutes } from './routes/admin-question-routing.ts';
import { bannerRoutes } from './routes/banners.ts';
import { documentExportRoutes } from './routes/document-export.ts';
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
import { adminSourceRoutes } from './routes/admin-sources.ts';
import { contestRoutes } from './routes/contests.ts';
import { adminContestRoutes } from './routes/admin-contests.ts';
import { dialogueRoutes } from './routes/dialogues.ts';
import { dialogueStreamRoutes } from './routes/dialogue-stream.ts';
import { type DialogueStreams, dialogueStreams } from './dialogues/stream-hub.ts';
import { adminDialogueRoutes } from './routes/admin-dialogues.ts';
import { adminFeedbackRoutes } from './routes/admin-feedback.ts';
import { articleRoutes } from './routes/articles.ts';
import { adminArticleRoutes } from './routes/admin-articles.ts';

/**
 * The cache of public answers for an app on `db` (the server also answers from it before the
 * app). `checkEveryMs` 0 reads the content version on every request: for tests that write
 * behind the app's back and read at once.
 */
export const responseCache = (
  db: Db,
  config: Config,
  clock: Clock = systemClock,
  checkEveryMs = CONTENT_CHECK_MS,
): ResponseCache =>
  new ResponseCache({
    maxBytes: config.cacheBytes,
    clock,
    readVersion: () => contentVersion(db),
    checkEveryMs,
  });

/** The whole HTTP application, without a socket: tests drive it with `app.request()`. */
export function createApp(deps: {
  db: Db;
  config: Config;
  clock?: Clock;
  cache?: ResponseCache;
  statuses?: ReturnType<typeof statusKeeper>;
  /** The node's live streams (the server closes them before it stops); by default the app's own. */
  streams?: DialogueStreams;
}): Hono<AppEnv> {
  const resolved: AppDeps = {
    db: deps.db,
    config: deps.config,
    clock: deps.clock ?? systemClock,
    streams: deps.streams ?? dialogueStreams(deps.db, deps.config.streams),
  };
  const app = new Hono<AppEnv>();
  const statuses = deps.statuses ?? statusKeeper(resolved.db, resolved.clock);

  app.use('*', cachePublicAnswers(deps.cache ?? responseCache(deps.db, deps.config, resolved.clock)));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', cors(resolved.config));
  const bodyLimit = sizeLimit(resolved.config.bodyLimitBytes);
  const importLimit = sizeLimit(resolved.config.importLimitBytes);
  const importPaths = [apiPath('adminDocumentImport'), apiPath('adminArticleImport')];
  // A contest's bank (CSV or XLSX) is a few hundred KB: its own limit, below the NDJSON imports'.
  const bankImportPath = apiPath('adminContestQuestionImport');
  const bankImportLimit = sizeLimit(QUESTION_IMPORT_LIMIT_BYTES);
  // An upload checks its own size as it streams, by the kind of file (see media/receive.ts).
  const uploadPath = apiPath('adminMediaUpload');
  app.use('/api/*', (c, next) =>
    c.req.path === uploadPath && c.req.method === 'POST'
      ? next()
      : (c.req.path === bankImportPath
          ? bankImportLimit
          : importPaths.includes(c.req.path)
            ? importLimit
            : bodyLimit)(c, next),
  );
  // Before anything answers: the first request of a day in Vietnam moves statuses to the dates.
  app.use('/api/*', async (_c, next) => {
    await statuses.ensure();
    await next();
  });

  for (const register of [
    healthRoutes,
    openApiRoutes,
    siteRoutes,
    bannerRoutes,
    documentFeedRoutes, // before documentRoutes: /documents/feed.xml is not /documents/{id}
    documentExportRoutes, // likewise /documents/export.ndjson
    documentRoutes,
    eventRoutes,
    videoRoutes,
    authRoutes,
    adminUserRoutes,
    adminMailRoutes,
    adminMyWorkRoutes,
    adminBannerRoutes,
    adminDocumentRoutes,
    adminVideoRoutes,
    statsRoutes,
    reporterRoutes,
    activityRoutes,
    questionRoutes,
    adminQuestionRoutes,
    adminQuestionRoutingRoutes,
    contestRoutes,
    adminContestRoutes,
    dialogueRoutes,
    dialogueStreamRoutes,
    adminDialogueRoutes,
    adminFeedbackRoutes,
    adminMediaRoutes,
    articleRoutes,
    adminArticleRoutes,
    adminSourceRoutes,
    mediaFileRoutes,
    staticRoutes, // last: its catch-all serves demo pages
  ]) {
    register(app, resolved);
  }

  app.notFound(notFound(app));
  app.onError(onError);
  return app;
}
