import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { API_PREFIX, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { unitsRepository } from '../repositories/units.ts';
import { type VideoData, videosRepository } from '../repositories/videos.ts';
import { videoNotFound } from './videos.ts';

export function adminVideoRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const videos = videosRepository(deps.db);
  const units = unitsRepository(deps.db);

  /** A video may only name a unit we know; say so per field rather than fail on the foreign key. */
  async function checkUnit(data: VideoData, c: Context): Promise<void> {
    if (data.unitId !== null && !(await units.exists(data.unitId))) {
      throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
    }
  }

  registerRoute(app, deps, routes.adminVideoList, async ({ query }) => videos.editorPage(query));

  registerRoute(app, deps, routes.adminVideoGet, async ({ params }) => {
    const video = await videos.get(params.id);
    if (!video) throw videoNotFound(params.id);
    return video;
  });

  registerRoute(app, deps, routes.adminVideoCreate, async ({ body }, c) => {
    await checkUnit(body, c);
    const video = await deps.db
      .transaction()
      .execute((trx) => videosRepository(trx).create(body, deps.clock()));
    c.header('Location', `${API_PREFIX}/admin/videos/${video.id}`);
    return video;
  });

  registerRoute(app, deps, routes.adminVideoUpdate, async ({ params, body }, c) => {
    await checkUnit(body, c);
    const video = await deps.db
      .transaction()
      .execute((trx) => videosRepository(trx).update(params.id, body, deps.clock()));
    if (!video) throw videoNotFound(params.id);
    return video;
  });

  registerRoute(app, deps, routes.adminVideoDelete, async ({ params }) => {
    if (!(await videos.remove(params.id))) throw videoNotFound(params.id);
    return undefined;
  });
}
