import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitMessage } from '../http/unknown-unit.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { questionRoutingRepository } from '../repositories/question-routing.ts';
import { unitsRepository } from '../repositories/units.ts';

/** The audit log keys entries by number: the table and the rights are one record each. */
const WHOLE_TABLE = 0;

/**
 * The administrator's routing of questions: which unit gets a question of each field when it
 * was not asked on a unit's site, and which units publish their own answers. Every change is
 * in the audit log, in the change's transaction.
 */
export function adminQuestionRoutingRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const audit = (db: AppDeps['db'], c: Context<AppEnv>, entity: string, detail: string) =>
    auditLogRepository(db).record(entity, WHOLE_TABLE, {
      at: deps.clock(),
      actor: c.get('principal').name,
      action: 'updated',
      detail,
    });

  registerRoute(app, deps, routes.adminQuestionRouting, async () =>
    questionRoutingRepository(deps.db).read(),
  );

  registerRoute(app, deps, routes.adminQuestionRoutingUpdate, async ({ body }, c) => {
    const units = unitsRepository(deps.db);
    const lang = requestLanguage(c);
    const errors: Record<string, string[]> = {};
    for (const [index, route] of body.fields.entries()) {
      if (!(await units.exists(route.unit)))
        errors[`fields.${index}.unit`] = [unknownUnitMessage(route.unit)[lang]];
    }
    const count = Object.keys(errors).length;
    if (count > 0)
      throw new ProblemError(400, {
        detail: { vi: `Có ${count} đơn vị không tồn tại.`, en: `${count} unit(s) do not exist.` },
        errors,
      });
    return deps.db.transaction().execute(async (trx) => {
      const routing = questionRoutingRepository(trx);
      await routing.replace(body.fields);
      const table = body.fields.map((r) => `${r.field} → ${r.unit}`).join(', ');
      await audit(trx, c, 'question-routing', table || 'no routes');
      return routing.read();
    });
  });

  registerRoute(app, deps, routes.adminUnitAnswerRight, async ({ params, body }, c) => {
    const name = await unitsRepository(deps.db).nameOf(params.unit);
    if (name === undefined) throw new ProblemError(404, { detail: unknownUnitMessage(params.unit) });
    await deps.db.transaction().execute(async (trx) => {
      await questionRoutingRepository(trx).setPublishesAnswers(params.unit, body.publishesAnswers);
      const rule = body.publishesAnswers ? 'publishes its own answers' : 'answers approved by an editor';
      await audit(trx, c, 'unit-answer-right', `${params.unit}: ${rule}`);
    });
    return { unit: { id: params.unit, name }, publishesAnswers: body.publishesAnswers };
  });
}
