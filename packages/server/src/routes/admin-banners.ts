import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { scopeOf } from '../http/unit-scope.ts';
import { type BannerData, bannersRepository } from '../repositories/banners.ts';
import { unitsRepository } from '../repositories/units.ts';

const notFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có banner số ${id}.`, en: `There is no banner ${id}.` } });

/** A banner may only target a unit we know; said per field rather than as a foreign-key failure. */
async function checkUnit(data: BannerData, c: Context, db: Db): Promise<void> {
  if (data.unitId !== null && !(await unitsRepository(db).exists(data.unitId)))
    throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
}

/**
 * The console's banners. A unit's person drafts and submits banners for their unit's sites; a
 * banner shown everywhere (no unit) is the editors' alone.
 */
export function adminBannerRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminBannerList, async ({ query }, c) =>
    bannersRepository(deps.db).page({ ...query, unit: scopeOf(c) }),
  );
  entityRoutes(app, deps, {
    entity: 'banner',
    routes: {
      get: routes.adminBannerGet,
      create: routes.adminBannerCreate,
      update: routes.adminBannerUpdate,
      remove: routes.adminBannerDelete,
    },
    getRoute: 'adminBannerGet',
    store: bannersRepository,
    notFound,
    check: checkUnit,
    describe: (banner) => banner.title,
    unit: { ofItem: (banner) => banner.unitId, ofData: (data) => data.unitId },
    workflow: {
      stateOf: (banner) => banner.state,
      setState: (db, id, state, now, versionMoved) =>
        bannersRepository(db).setState(id, state, now, versionMoved),
      consolePath: (id) => ['banners', id],
      routes: { transition: routes.adminBannerTransition, history: routes.adminBannerHistory },
    },
  });
}
