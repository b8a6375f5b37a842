import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { API_PREFIX, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { type BannerData, bannersRepository } from '../repositories/banners.ts';
import { unitsRepository } from '../repositories/units.ts';

const notFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có banner số ${id}.`, en: `There is no banner ${id}.` } });

export function adminBannerRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const banners = bannersRepository(deps.db);
  const units = unitsRepository(deps.db);

  /** A banner may only target a unit we know; say so per field rather than fail on the foreign key. */
  async function checkUnit(data: BannerData, c: Context): Promise<void> {
    if (data.unitId !== null && !(await units.exists(data.unitId))) {
      throw unknownUnitProblem('unitId', data.unitId, requestLanguage(c));
    }
  }

  registerRoute(app, deps, routes.adminBannerList, async ({ query }) => banners.page(query));

  registerRoute(app, deps, routes.adminBannerGet, async ({ params }) => {
    const banner = await banners.get(params.id);
    if (!banner) throw notFound(params.id);
    return banner;
  });

  registerRoute(app, deps, routes.adminBannerCreate, async ({ body }, c) => {
    await checkUnit(body, c);
    const banner = await banners.create(body, deps.clock());
    c.header('Location', `${API_PREFIX}/admin/banners/${banner.id}`);
    return banner;
  });

  registerRoute(app, deps, routes.adminBannerUpdate, async ({ params, body }, c) => {
    await checkUnit(body, c);
    const banner = await banners.update(params.id, body, deps.clock());
    if (!banner) throw notFound(params.id);
    return banner;
  });

  registerRoute(app, deps, routes.adminBannerDelete, async ({ params }) => {
    if (!(await banners.remove(params.id))) throw notFound(params.id);
    return undefined;
  });
}
