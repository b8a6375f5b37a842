import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import { scopeOf } from '../http/unit-scope.ts';
import type { Db } from '../db/schema.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { type ReporterData, reportersRepository } from '../repositories/reporters.ts';
import { unitsRepository } from '../repositories/units.ts';
import { vnDay } from '../stats/stats-period.ts';

const notFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có báo cáo viên, tuyên truyền viên số ${id}.`, en: `There is no reporter ${id}.` },
  });

async function checkUnit(data: ReporterData, c: Context, db: Db): Promise<void> {
  if (!(await unitsRepository(db).exists(data.unitId)))
    throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
}

/** The public directory (terms running today) and the editors' management of it. */
export function reporterRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const reporters = reportersRepository(deps.db);

  registerRoute(app, deps, routes.reporters, async ({ query }) =>
    reporters.page({ ...query, current: true, today: vnDay(deps.clock()) }),
  );

  registerRoute(app, deps, routes.adminReporterList, async ({ query }, c) =>
    reporters.page({
      ...query,
      unit: scopeOf(c) ?? query.unit,
      current: query.current === undefined ? undefined : query.current === 'true',
      today: vnDay(deps.clock()),
    }),
  );

  entityRoutes(app, deps, {
    entity: 'reporter',
    routes: {
      get: routes.adminReporterGet,
      create: routes.adminReporterCreate,
      update: routes.adminReporterUpdate,
      remove: routes.adminReporterDelete,
    },
    getRoute: 'adminReporterGet',
    store: reportersRepository,
    notFound,
    check: checkUnit,
    describe: (reporter) => reporter.name,
    unit: { ofItem: (reporter) => reporter.unitId, ofData: (data) => data.unitId },
  });
}
