import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { Db } from '../db/schema.ts';
import { scopeOf } from '../http/unit-scope.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { type ActivityData, activitiesRepository } from '../repositories/activities.ts';
import { unitsRepository } from '../repositories/units.ts';
import { monthVi, outsideValidity } from '../stats/unit-months.ts';

const notFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có báo cáo hoạt động số ${id}.`, en: `There is no activity report ${id}.` },
  });

const monthProblem = (message: string) =>
  new ProblemError(400, {
    detail: { vi: 'Có 1 trường không hợp lệ.', en: '1 field(s) are invalid.' },
    errors: { month: [message] },
  });

/**
 * Each unit's monthly PBGDPL figures, one report per unit and month: a unit's person drafts and
 * submits its own, an editor returns or publishes them (or enters them, published at once).
 */
export function activityRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  /**
   * A known unit that existed in the month, and no second report for its month: said per field,
   * not as a constraint error.
   */
  async function check(data: ActivityData, c: Context, db: Db, id?: number): Promise<void> {
    const lang = requestLanguage(c);
    const validity = await unitsRepository(db).validity(data.unitId);
    if (!validity) throw unknownUnitProblem('unitId', data.unitId, lang);
    const gap = outsideValidity(data.month, validity);
    if (gap) throw monthProblem(gap[lang]);
    const other = await activitiesRepository(db).findOther(data.unitId, data.month, id);
    if (other !== undefined)
      throw monthProblem(
        {
          vi: `Đơn vị đã có báo cáo tháng ${monthVi(data.month)} (số ${other}); hãy sửa báo cáo đó.`,
          en: `The unit already has a report for ${data.month} (number ${other}); edit that one.`,
        }[lang],
      );
  }

  registerRoute(app, deps, routes.adminActivityList, async ({ query }, c) =>
    activitiesRepository(deps.db).page({ ...query, unit: scopeOf(c) ?? query.unit }),
  );

  entityRoutes(app, deps, {
    entity: 'activity',
    routes: {
      get: routes.adminActivityGet,
      create: routes.adminActivityCreate,
      update: routes.adminActivityUpdate,
      remove: routes.adminActivityDelete,
    },
    getRoute: 'adminActivityGet',
    store: activitiesRepository,
    notFound,
    check,
    describe: (activity) =>
      `Báo cáo PBGDPL tháng ${activity.month.slice(5)}/${activity.month.slice(0, 4)} (${activity.unitId})`,
    unit: { ofItem: (activity) => activity.unitId, ofData: (data) => data.unitId },
    workflow: {
      stateOf: (activity) => activity.state,
      setState: (db, id, state, now, versionMoved) =>
        activitiesRepository(db).setState(id, state, now, versionMoved),
      consolePath: (id) => ['stats', id],
      routes: { transition: routes.adminActivityTransition, history: routes.adminActivityHistory },
    },
  });
}
