import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { API_PREFIX, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { type ActivityData, activitiesRepository } from '../repositories/activities.ts';
import { unitsRepository } from '../repositories/units.ts';

const notFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có báo cáo hoạt động số ${id}.`, en: `There is no activity report ${id}.` },
  });

/** Editors enter each unit's monthly PBGDPL figures; one report per unit and month. */
export function activityRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const activities = activitiesRepository(deps.db);
  const units = unitsRepository(deps.db);

  /** A known unit, and no second report for its month: said per field, not as a constraint error. */
  async function check(data: ActivityData, c: Context, id?: number): Promise<void> {
    const lang = requestLanguage(c);
    if (!(await units.exists(data.unitId))) throw unknownUnitProblem('unitId', data.unitId, lang);
    const other = await activities.findOther(data.unitId, data.month, id);
    if (other !== undefined) {
      const message = {
        vi: `Đơn vị đã có báo cáo tháng ${data.month.slice(5)}/${data.month.slice(0, 4)} (số ${other}); hãy sửa báo cáo đó.`,
        en: `The unit already has a report for ${data.month} (number ${other}); edit that one.`,
      };
      throw new ProblemError(400, {
        detail: { vi: 'Có 1 trường không hợp lệ.', en: '1 field(s) are invalid.' },
        errors: { month: [message[lang]] },
      });
    }
  }

  registerRoute(app, deps, routes.adminActivityList, async ({ query }) => activities.page(query));

  registerRoute(app, deps, routes.adminActivityGet, async ({ params }) => {
    const activity = await activities.get(params.id);
    if (!activity) throw notFound(params.id);
    return activity;
  });

  registerRoute(app, deps, routes.adminActivityCreate, async ({ body }, c) => {
    await check(body, c);
    const activity = await activities.create(body, deps.clock());
    c.header('Location', `${API_PREFIX}/admin/activities/${activity.id}`);
    return activity;
  });

  registerRoute(app, deps, routes.adminActivityUpdate, async ({ params, body }, c) => {
    if (!(await activities.get(params.id))) throw notFound(params.id);
    await check(body, c, params.id);
    const activity = await activities.update(params.id, body, deps.clock());
    if (!activity) throw notFound(params.id);
    return activity;
  });

  registerRoute(app, deps, routes.adminActivityDelete, async ({ params }) => {
    if (!(await activities.remove(params.id))) throw notFound(params.id);
    return undefined;
  });
}
