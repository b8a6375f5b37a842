import { routes } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Context, Hono } from 'hono';
import { organiserResults } from '../contests/organiser-results.ts';
import type { Db } from '../db/schema.ts';
import { atLeast } from '../http/auth.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { type ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { contestResultsExport } from './contest-results-export.ts';
import { fileRoute } from './file-route.ts';

/** Awards a prize (or takes it back, `prize: null`): one per participant and round. */
async function awardPrize(
  deps: AppDeps,
  award: { roundId: number; participantId: number; prize: string | null },
  actor: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('contest_prizes')
      .where('round_id', '=', award.roundId)
      .where('participant_id', '=', award.participantId)
      .execute();
    if (award.prize !== null)
      await trx
        .insertInto('contest_prizes')
        .values({
          round_id: award.roundId,
          participant_id: award.participantId,
          prize: award.prize,
          awarded_by: actor,
          awarded_at: deps.clock().toISOString(),
        })
        .execute();
  });
}

/**
 * A contest's results for its organisers: the ranking of a round as JSON, CSV and XLSX (contact
 * data for prizes to editors only), and the prizes editors award.
 */
export function adminContestResultRoutes(
  app: Hono<AppEnv>,
  deps: AppDeps,
  visibleContest: (c: Context<AppEnv>, db: Db, id: number) => Promise<string>,
  invalid: (errors: Record<string, string[]>) => ProblemError,
): void {
  fileRoute(app, deps, 'adminContestResultsExport', (c) =>
    contestResultsExport(deps, c, visibleContest, 'csv'),
  );
  fileRoute(app, deps, 'adminContestResultsXlsx', (c) =>
    contestResultsExport(deps, c, visibleContest, 'xlsx'),
  );

  registerRoute(app, deps, routes.adminContestResults, async ({ params, query }, c) => {
    await visibleContest(c, deps.db, params.id);
    const showContact = atLeast(c.get('principal'), 'editor');
    const { ranking, rows } = await organiserResults(deps, params.id, query.round, showContact);
    const start = (query.page - 1) * query.pageSize;
    return {
      contestId: params.id,
      round: { id: ranking.round.id, title: ranking.round.title, state: ranking.round.state },
      rightCount: ranking.rightCount,
      attempts: ranking.attempts.length,
      items: rows.slice(start, start + query.pageSize),
      total: rows.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  });

  registerRoute(app, deps, routes.adminContestPrize, async ({ params, body }, c) => {
    await visibleContest(c, deps.db, params.id);
    const lang = requestLanguage(c);
    const { contest, rows } = await organiserResults(deps, params.id, body.roundId, false);
    const errors: Record<string, string[]> = {};
    if (!rows.some((row) => row.participantId === body.participantId))
      errors.participantId = [
        lang === 'en' ? 'Not ranked in this round' : 'Người này không có tên trong kết quả vòng thi',
      ];
    const prize = body.prize === null ? null : normalizeVi(body.prize);
    if (prize !== null && !contest.prizes.some((known) => known.name === prize))
      errors.prize = [
        lang === 'en' ? 'Not one of the contest’s prizes' : 'Không có giải này trong cơ cấu giải thưởng',
      ];
    if (Object.keys(errors).length > 0) throw invalid(errors);
    await awardPrize(deps, { ...body, prize }, c.get('principal').name);
    await auditLogRepository(deps.db).record('contest', params.id, {
      at: deps.clock(),
      actor: c.get('principal').name,
      action: 'updated',
      detail:
        prize === null
          ? `Bỏ giải của người dự thi số ${body.participantId}, vòng ${body.roundId}`
          : `Trao ${prize} cho người dự thi số ${body.participantId}, vòng ${body.roundId}`,
    });
    return { ...body, prize };
  });
}
