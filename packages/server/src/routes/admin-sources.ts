import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { sourcesRepository } from '../repositories/sources.ts';
import { sourceSync } from '../sources/sync.ts';

const sourceNotFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có nguồn đồng bộ số ${id}.`, en: `There is no source ${id}.` },
  });

/** The administrator's synchronised sources: their settings, "Chạy ngay", runs and conflicts. */
export function adminSourceRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const sync = sourceSync(deps.db, deps.config, deps.clock);

  registerRoute(app, deps, routes.adminSourceList, async () => ({
    items: await sourcesRepository(deps.db).list(),
  }));

  entityRoutes(app, deps, {
    entity: 'source',
    routes: {
      get: routes.adminSourceGet,
      create: routes.adminSourceCreate,
      update: routes.adminSourceUpdate,
      remove: routes.adminSourceDelete,
    },
    getRoute: 'adminSourceGet',
    store: sourcesRepository,
    notFound: sourceNotFound,
    describe: (source) => `${source.name} (${source.kind})`,
  });

  registerRoute(app, deps, routes.adminSourceRun, async ({ params, query }, c) => {
    const dryRun = query.dryRun === '1' || query.dryRun === 'true';
    const actor = c.get('principal').name;
    const run = await sync.runNow(params.id, { dryRun, actor });
    if (run === undefined) throw sourceNotFound(params.id);
    if (run === 'busy')
      throw new ProblemError(409, {
        detail: {
          vi: 'Nguồn này đang được đồng bộ (trên máy chủ này hoặc máy khác); hãy thử lại sau.',
          en: 'This source is being synchronised already (here or on another node); try again later.',
        },
      });
    await auditLogRepository(deps.db).record('source', params.id, {
      at: deps.clock(),
      actor,
      action: 'synced',
      detail: `${dryRun ? 'dry run ' : ''}${run.outcome}: +${run.added} ~${run.updated} =${run.unchanged} !${run.rejected} ?${run.conflicts}`,
    });
    return run;
  });

  registerRoute(app, deps, routes.adminSourceRuns, async ({ params, query }) => {
    if (!(await sourcesRepository(deps.db).get(params.id))) throw sourceNotFound(params.id);
    return sourcesRepository(deps.db).runs(params.id, query.page, query.pageSize);
  });

  registerRoute(app, deps, routes.adminSourceConflicts, async ({ params }) => {
    if (!(await sourcesRepository(deps.db).get(params.id))) throw sourceNotFound(params.id);
    return { items: await sourcesRepository(deps.db).conflicts(params.id) };
  });

  registerRoute(app, deps, routes.adminSourceResolve, async ({ params, body }, c) => {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await sourcesRepository(trx).resolve(params.id, body.upstreamId, body.keep)))
        throw new ProblemError(404, {
          detail: {
            vi: `Nguồn ${params.id} không có xung đột nào với mã “${body.upstreamId}”.`,
            en: `Source ${params.id} has no conflict for “${body.upstreamId}”.`,
          },
        });
      await auditLogRepository(trx).record('source', params.id, {
        at: deps.clock(),
        actor: c.get('principal').name,
        action: 'updated',
        detail: `conflict ${body.upstreamId}: keep ${body.keep}`,
      });
    });
    return undefined;
  });
}
