import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import {
  importQuestions,
  questionTemplateCsv,
  questionTemplateXlsx,
  readQuestionRows,
} from '../contests/question-import.ts';
import type { Db } from '../db/schema.ts';
import { entityRoutes, outsideUnit } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { inScope, scopeOf } from '../http/unit-scope.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { type ContestQuestionData, contestQuestionsRepository } from '../repositories/contest-questions.ts';
import { type ContestData, contestsRepository } from '../repositories/contests.ts';
import { unitsRepository } from '../repositories/units.ts';
import { adminContestResultRoutes } from './admin-contest-results.ts';
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

  adminContestResultRoutes(app, deps, visibleContest, invalid);

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
