import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { atomAnswer, FEED_SIZE, feedSite, lineSchemaRoute, publicNdjson } from '../http/exchange.ts';
import { ProblemError } from '../http/problem.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { videosRepository } from '../repositories/videos.ts';
import { exportVideos, newestVideos } from '../videos/exchange.ts';
import { videoFeed } from '../videos/feed.ts';

/** Missing and unpublished look the same to the public. */
export const videoNotFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có video số ${id}.`, en: `There is no video ${id}.` } });

export function videoRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const videos = videosRepository(deps.db);

  registerRoute(app, deps, routes.videos, async ({ query }) => videos.publicPage(query));

  // The exchange (before videoGet: /videos/feed.xml is not /videos/{id}).
  app.get(apiPath('videoFeed'), async (c) => {
    const site = await feedSite(c, deps);
    const xml = videoFeed(await newestVideos(deps.db, FEED_SIZE), {
      siteName: site.siteName,
      selfUrl: site.url('videoFeed'),
      itemUrl: (id) => site.url('videoGet', { id }),
    });
    return atomAnswer(c, xml);
  });
  app.get(apiPath('videoExport'), (c) =>
    publicNdjson(c, 'video', exportVideos(deps.db, new URL(c.req.url).origin)),
  );
  lineSchemaRoute(app, 'video');

  registerRoute(app, deps, routes.videoGet, async ({ params }) => {
    const video = await videos.getPublished(params.id);
    if (!video) throw videoNotFound(params.id);
    return video;
  });
}
