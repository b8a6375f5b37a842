import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { organiserResults } from '../contests/organiser-results.ts';
import {
  importQuestions,
  questionTemplateCsv,
  questionTemplateXlsx,
  readQuestionRows,
} from '../contests/question-import.ts';
import type { Db } from '../db/schema.ts';
import { entityRoutes, outsideUnit } from '../http/entity-routes.ts';
import { atLeast } from '../http/auth.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { inScope, scopeOf } from '../http/unit-scope.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { type ContestQuestionData, contestQuestionsRepository } from '../repositories/contest-questions.ts';
import { type ContestData, contestsRepository } from '../repositories/contests.ts';
import { unitsRepository } from '../repositories/units.ts';
import { contestResultsExport } from './contest-results-export.ts';
import { fileRoute } from './file-route.ts';
import { MediaRefusal } from '../media/refusal.ts';

const contestMissing = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có cuộc thi số ${id}.`, en: `There is no contest ${id}.` } });
const questionMissing = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có câu hỏi thi số ${id}.`, en: `There is no contest question ${id}.` },
  });

const invalid = (errors: Record<string, string[]>) => {
  const count = Object.keys(errors).length;
  return new ProblemError(400, {
    detail: { vi: `Có ${count} trường không hợp lệ.`, en: `${count} field(s) are invalid.` },
    errors,
  });
};

/** Documents of `ids` that do not exist. */
async function missingDocuments(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = new Set(
    (await db.selectFrom('documents').select('id').where('id', 'in', ids).execute()).map((row) => row.id),
  );
  return ids.filter((id) => !found.has(id));
}

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
 * The organisers' routes: contests with their rounds (a unit's person drafts their unit's,
 * editors publish), each contest's bank of questions with the key (edited or imported from
 * CSV or XLSX), the results with the prizes awarded (contact data for prizes, to editors) as
 * JSON, CSV and XLSX.
 */
export function adminContestRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const store = (db: Db) => contestsRepository(db, deps.clock);

  /** A contest the caller may see (a unit's person: their unit's), or 404. */
  async function visibleContest(c: Context<AppEnv>, db: Db, id: number): Promise<string> {
    const unit = await store(db).unitOf(id);
    if (unit === undefined || !inScope(c, unit)) throw contestMissing(id);
    return unit;
  }

  async function checkContest(data: ContestData, c: Context, db: Db, id?: number): Promise<void> {
    const lang = requestLanguage(c);
    if (!(await unitsRepository(db).exists(data.unitId)))
      throw unknownUnitProblem('unitId', data.unitId, lang);
    const errors: Record<string, string[]> = {};
    const missing = await missingDocuments(db, data.documentIds);
    if (missing.length > 0)
      errors.documentIds = [
        lang === 'en'
          ? `No such documents: ${missing.join(', ')}`
          : `Không có văn bản số ${missing.join(', ')}`,
      ];
    const kept = data.rounds.flatMap((round) => (round.id === undefined ? [] : [round.id]));
    const { foreign, droppedWithAttempts } = await store(db).roundProblems(id, kept);
    data.rounds.forEach((round, index) => {
      if (round.id !== undefined && foreign.includes(round.id))
        errors[`rounds.${index}.id`] = [
          lang === 'en' ? 'This round belongs to no such contest' : 'Vòng thi này không thuộc cuộc thi',
        ];
    });
    if (droppedWithAttempts.length > 0)
      errors.rounds = [
        lang === 'en'
          ? `Rounds ${droppedWithAttempts.join(', ')} have attempts and cannot be removed`
          : `Không thể xóa vòng thi đã có người dự thi (số ${droppedWithAttempts.join(', ')})`,
      ];
    if (Object.keys(errors).length > 0) throw invalid(errors);
  }

  async function checkQuestion(data: ContestQuestionData, c: Context<AppEnv>, db: Db): Promise<void> {
    const unit = await store(db).unitOf(data.contestId);
    if (unit === undefined) {
      const lang = requestLanguage(c);
      throw invalid({ contestId: [lang === 'en' ? 'No such contest' : 'Không có cuộc thi này'] });
    }
    if (!inScope(c, unit)) throw outsideUnit();
    if (data.documentId !== null && (await missingDocuments(db, [data.documentId])).length > 0)
      throw invalid({
        documentId: [requestLanguage(c) === 'en' ? 'No such document' : 'Không có văn bản này'],
      });
  }

  registerRoute(app, deps, routes.adminContestList, async ({ query }, c) =>
    store(deps.db).page({ ...query, unit: scopeOf(c) ?? query.unit }),
  );

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
    if (body.prize !== null && !contest.prizes.some((prize) => prize.name === body.prize))
      errors.prize = [
        lang === 'en' ? 'Not one of the contest’s prizes' : 'Không có giải này trong cơ cấu giải thưởng',
      ];
    if (Object.keys(errors).length > 0) throw invalid(errors);
    await awardPrize(deps, body, c.get('principal').name);
    await auditLogRepository(deps.db).record('contest', params.id, {
      at: deps.clock(),
      actor: c.get('principal').name,
      action: 'updated',
      detail:
        body.prize === null
          ? `Bỏ giải của người dự thi số ${body.participantId}, vòng ${body.roundId}`
          : `Trao ${body.prize} cho người dự thi số ${body.participantId}, vòng ${body.roundId}`,
    });
    return body;
  });

  entityRoutes(app, deps, {
    entity: 'contest',
    routes: {
      get: routes.adminContestGet,
      create: routes.adminContestCreate,
      update: routes.adminContestUpdate,
      remove: routes.adminContestDelete,
    },
    getRoute: 'adminContestGet',
    store,
    notFound: contestMissing,
    check: checkContest,
    describe: (contest) => contest.title,
    unit: { ofItem: (contest) => contest.unit.id, ofData: (data) => data.unitId },
    workflow: {
      stateOf: (contest) => contest.reviewState,
      setState: (db, id, state, now) => store(db).setState(id, state, now),
      consolePath: (id) => ['contests', id],
      routes: { transition: routes.adminContestTransition, history: routes.adminContestHistory },
    },
  });

  registerRoute(app, deps, routes.adminContestQuestionList, async ({ query }, c) => {
    await visibleContest(c, deps.db, query.contest);
    return contestQuestionsRepository(deps.db).page(query, scopeOf(c));
  });

  // Before the bank's {id} routes: the templates and import are not question ids.
  fileRoute(app, deps, 'adminContestQuestionTemplate', async () => ({
    body: questionTemplateCsv(),
    filename: 'mau-ngan-hang-cau-hoi.csv',
  }));
  fileRoute(app, deps, 'adminContestQuestionTemplateXlsx', async () => ({
    body: await questionTemplateXlsx(),
    filename: 'mau-ngan-hang-cau-hoi.xlsx',
  }));

  registerRoute(app, deps, routes.adminContestQuestionImport, async ({ query, body }, c) => {
    await visibleContest(c, deps.db, query.contest);
    const now = deps.clock();
    const lang = requestLanguage(c);
    let sheet;
    try {
      sheet = await readQuestionRows(body);
    } catch (error) {
      throw error instanceof MediaRefusal ? error.problem(lang) : error;
    }
    const report = await importQuestions(deps.db, query.contest, sheet, {
      dryRun: query.dryRun === 'true',
      lang,
      now,
    });
    if (report.written)
      await auditLogRepository(deps.db).record('contest', query.contest, {
        at: now,
        actor: c.get('principal').name,
        action: 'updated',
        detail: `Nhập ${report.created} câu hỏi vào ngân hàng câu hỏi`,
      });
    return report;
  });

  entityRoutes(app, deps, {
    entity: 'contest-question',
    routes: {
      get: routes.adminContestQuestionGet,
      create: routes.adminContestQuestionCreate,
      update: routes.adminContestQuestionUpdate,
      remove: routes.adminContestQuestionDelete,
    },
    getRoute: 'adminContestQuestionGet',
    store: contestQuestionsRepository,
    notFound: questionMissing,
    check: checkQuestion,
    describe: (question) => question.text.slice(0, 120),
    unit: { ofItem: (question) => question.unitId },
  });
}
