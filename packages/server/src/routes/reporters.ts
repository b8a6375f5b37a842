import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { API_PREFIX, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { type ReporterData, reportersRepository } from '../repositories/reporters.ts';
import { unitsRepository } from '../repositories/units.ts';
import { vnDay } from '../stats/stats-period.ts';

const notFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có báo cáo viên, tuyên truyền viên số ${id}.`, en: `There is no reporter ${id}.` },
  });

/** The public directory (terms running today) and the editors' management of it. */
export function reporterRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const reporters = reportersRepository(deps.db);
  const units = unitsRepository(deps.db);

  async function checkUnit(data: ReporterData, c: Context): Promise<void> {
    if (!(await units.exists(data.unitId)))
      throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
  }

  registerRoute(app, deps, routes.reporters, async ({ query }) =>
    reporters.page({ ...query, current: true, today: vnDay(deps.clock()) }),
  );

  registerRoute(app, deps, routes.adminReporterList, async ({ query }) =>
    reporters.page({
      ...query,
      current: query.current === undefined ? undefined : query.current === 'true',
      today: vnDay(deps.clock()),
    }),
  );

  registerRoute(app, deps, routes.adminReporterGet, async ({ params }) => {
    const reporter = await reporters.get(params.id);
    if (!reporter) throw notFound(params.id);
    return reporter;
  });

  registerRoute(app, deps, routes.adminReporterCreate, async ({ body }, c) => {
    await checkUnit(body, c);
    const reporter = await reporters.create(body, deps.clock());
    c.header('Location', `${API_PREFIX}/admin/reporters/${reporter.id}`);
    return reporter;
  });

  registerRoute(app, deps, routes.adminReporterUpdate, async ({ params, body }, c) => {
    await checkUnit(body, c);
    const reporter = await reporters.update(params.id, body, deps.clock());
    if (!reporter) throw notFound(params.id);
    return reporter;
  });

  registerRoute(app, deps, routes.adminReporterDelete, async ({ params }) => {
    if (!(await reporters.remove(params.id))) throw notFound(params.id);
    return undefined;
  });
}
