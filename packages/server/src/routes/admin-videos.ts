import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { scopeOf } from '../http/unit-scope.ts';
import { unitsRepository } from '../repositories/units.ts';
import { type VideoData, videosRepository } from '../repositories/videos.ts';
import { videoNotFound } from './videos.ts';

/** A video may only name a unit we know; said per field rather than as a foreign-key failure. */
async function checkUnit(data: VideoData, c: Context, db: Db): Promise<void> {
  if (data.unitId !== null && !(await unitsRepository(db).exists(data.unitId)))
    throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
}

/**
 * The console's videos. A unit's person drafts and submits their unit's videos; a video of no
 * unit (the province's own) is the editors' alone.
 */
export function adminVideoRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminVideoList, async ({ query }, c) =>
    videosRepository(deps.db).editorPage({ ...query, unit: scopeOf(c) }),
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
    unit: { ofItem: (video) => video.unit?.id ?? null, ofData: (data) => data.unitId },
    workflow: {
      stateOf: (video) => video.state,
      wantsPublished: (data) => data.published,
      setState: (db, id, state, now, versionMoved) =>
        videosRepository(db).setState(id, state, now, versionMoved),
      consolePath: (id) => ['videos', id],
      routes: { transition: routes.adminVideoTransition, history: routes.adminVideoHistory },
    },
  });
}
