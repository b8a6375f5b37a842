import { routes } from '@pbgdpl/contract';
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { atomAnswer, FEED_SIZE, feedSite, lineSchemaRoute, publicNdjson } from '../http/exchange.ts';
import { idempotent } from '../http/idempotency.ts';
import { ProblemError } from '../http/problem.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { exportQuestions, newestQuestions } from '../questions/exchange.ts';
import { questionFeed } from '../questions/feed.ts';
import { questionListRepository } from '../repositories/question-list.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { questionSubmission } from '../questions/submission.ts';

/** Missing and unpublished look the same to the public. */
export const questionNotFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có câu hỏi số ${id}.`, en: `There is no question ${id}.` } });

/**
 * Public GETs are cached by default; a form token, a one-time challenge or one's own
 * question's state must not be shared by caches, so these answers are rewritten to no-store.
 */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('ETag', undefined);
};

export function questionRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = questionListRepository(deps.db);
  const questions = questionsRepository(deps.db);
  const submission = questionSubmission(deps);

  registerRoute(app, deps, routes.questions, async ({ query }) => list.publicPage(query));

  // The exchange (before questionGet: /questions/feed.xml is not /questions/{id}).
  app.get(apiPath('questionFeed'), async (c) => {
    const site = await feedSite(c, deps);
    const xml = questionFeed(await newestQuestions(deps.db, FEED_SIZE), {
      siteName: site.siteName,
      selfUrl: site.url('questionFeed'),
      itemUrl: (id) => site.url('questionGet', { id }),
    });
    return atomAnswer(c, xml);
  });
  app.get(apiPath('questionExport'), (c) => publicNdjson(c, 'question', exportQuestions(deps.db)));
  lineSchemaRoute(app, 'question');

  // Before questionGet: /questions/form and /questions/status/… are not /questions/{id}.
  registerRoute(app, deps, routes.questionForm, async (_input, c) => submission.form(c), {
    before: [noStore],
  });

  registerRoute(
    app,
    deps,
    routes.questionStatus,
    async ({ params }) => {
      const tracking = await questions.tracking(params.code);
      if (!tracking) {
        throw new ProblemError(404, {
          detail: {
            vi: `Không có câu hỏi mang mã ${params.code}. Hãy kiểm tra lại mã.`,
            en: `No question has the code ${params.code}. Check the code.`,
          },
        });
      }
      return tracking;
    },
    { before: [noStore] },
  );

  registerRoute(app, deps, routes.questionGet, async ({ params }) => {
    const question = await questions.getPublished(params.id);
    if (!question) throw questionNotFound(params.id);
    return question;
  });

  registerRoute(app, deps, routes.questionCreate, async ({ body }, c) => submission.submit(body, c), {
    before: [idempotent(deps), submission.limit],
  });
}
