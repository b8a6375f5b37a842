import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { unitsRepository } from '../repositories/units.ts';
import { type VideoData, videosRepository } from '../repositories/videos.ts';
import { videoNotFound } from './videos.ts';

/** A video may only name a unit we know; said per field rather than as a foreign-key failure. */
async function checkUnit(data: VideoData, c: Context, db: Db): Promise<void> {
  if (data.unitId !== null && !(await unitsRepository(db).exists(data.unitId)))
    throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
}

export function adminVideoRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminVideoList, async ({ query }) =>
    videosRepository(deps.db).editorPage(query),
  );
  entityRoutes(app, deps, {
    entity: 'video',
    routes: {
      get: routes.adminVideoGet,
      create: routes.adminVideoCreate,
      update: routes.adminVideoUpdate,
      remove: routes.adminVideoDelete,
    },
    getRoute: 'adminVideoGet',
    store: videosRepository,
    notFound: videoNotFound,
    check: checkUnit,
    describe: (video) => video.title,
  });
}
