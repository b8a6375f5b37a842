import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { videosRepository } from '../repositories/videos.ts';

/** Missing and unpublished look the same to the public. */
export const videoNotFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có video số ${id}.`, en: `There is no video ${id}.` } });

export function videoRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const videos = videosRepository(deps.db);

  registerRoute(app, deps, routes.videos, async ({ query }) => videos.publicPage(query));

  registerRoute(app, deps, routes.videoGet, async ({ params }) => {
    const video = await videos.getPublished(params.id);
    if (!video) throw videoNotFound(params.id);
    return video;
  });
}
