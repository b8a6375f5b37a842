import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import { eventCalendar } from '../articles/calendar.ts';
import { dialogueAsking } from '../dialogues/asking.ts';
import { feedbackSubmission } from '../dialogues/feedback-submission.ts';
import { dialogueNotFound } from '../dialogues/problems.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { idempotent } from '../http/idempotency.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { publicBody } from '../http/cache.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { dialogueQuestionsRepository } from '../repositories/dialogue-questions.ts';
import { documentFeedbackRepository } from '../repositories/document-feedback.ts';
import { dialoguesRepository } from '../repositories/dialogues.ts';
import { unitsRepository } from '../repositories/units.ts';
import { noStore } from './questions.ts';

/** Supports per client address per minute: a browser supports each question once anyway. */
const SUPPORTS_PER_MINUTE = 60;

/** Public dialogue sessions, asking and supporting; feedback on documents and its tracking. */
export function dialogueRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const dialogues = dialoguesRepository(deps.db);
  const asking = dialogueAsking(deps);
  const feedback = feedbackSubmission(deps);

  registerRoute(app, deps, routes.dialogues, async ({ query }, c) => {
    if (query.unit && !(await unitsRepository(deps.db).exists(query.unit)))
      throw unknownUnitProblem('unit', query.unit, requestLanguage(c));
    return dialogues.publicPage(query);
  });

  // `/dialogues/{id}.ics`, before `{id}`: the router cannot end a parameter before a suffix,
  // so the file name is matched whole (digits only).
  app.get(`${apiPath('dialogues')}/:file{[1-9][0-9]{0,9}\\.ics}`, async (c) => {
    const id = Number(c.req.param('file').replace(/\.ics$/, ''));
    const dialogue = await dialogues.getPublished(id);
    if (!dialogue) throw dialogueNotFound(id);
    const url = new URL(c.req.url);
    const event = {
      uid: `dialogue-${id}`,
      title: dialogue.title,
      description: dialogue.topic,
      changedAt: dialogue.updatedAt,
      startsAt: dialogue.startsAt,
      endsAt: dialogue.endsAt,
      place: [dialogue.place, dialogue.onlineUrl].filter(Boolean).join(' – '),
    };
    const ics = eventCalendar(event, {
      host: url.hostname,
      url: url.origin + apiPath('dialogueGet', { id }),
    });
    const response = publicBody(c, ics, 'text/calendar; charset=utf-8');
    response.headers.set('Content-Disposition', `attachment; filename="doi-thoai-${id}.ics"`);
    return response;
  });

  registerRoute(app, deps, routes.dialogueGet, async ({ params }) => {
    const dialogue = await dialogues.getPublished(params.id);
    if (!dialogue) throw dialogueNotFound(params.id);
    return dialogue;
  });

  registerRoute(app, deps, routes.dialogueQuestions, async ({ params, query }) => {
    if (!(await dialogues.publishedState(params.id))) throw dialogueNotFound(params.id);
    return dialogueQuestionsRepository(deps.db).publicPage(params.id, query);
  });

  registerRoute(app, deps, routes.dialogueForm, async ({ params }, c) => asking.form(params.id, c), {
    before: [noStore],
  });

  registerRoute(
    app,
    deps,
    routes.dialogueAsk,
    async ({ params, body }, c) => asking.ask(params.id, body, c),
    {
      before: [idempotent(deps), asking.limit],
    },
  );

  registerRoute(
    app,
    deps,
    routes.dialogueSupport,
    async ({ params, body }) => asking.support(params.id, params.questionId, body.browserId),
    { before: [rateLimit(deps, 'dialogue-support', SUPPORTS_PER_MINUTE)] },
  );

  registerRoute(
    app,
    deps,
    routes.documentFeedbackForm,
    async ({ params }, c) => feedback.form(params.id, c),
    {
      before: [noStore],
    },
  );

  registerRoute(app, deps, routes.documentFeedback, async ({ params, query }) => {
    await feedback.issuerOf(params.id);
    return documentFeedbackRepository(deps.db).publicPage(params.id, query);
  });

  registerRoute(
    app,
    deps,
    routes.documentFeedbackCreate,
    async ({ params, body }, c) => feedback.send(params.id, body, c),
    { before: [idempotent(deps), feedback.limit] },
  );

  registerRoute(
    app,
    deps,
    routes.feedbackStatus,
    async ({ params }) => {
      const tracking = await documentFeedbackRepository(deps.db).tracking(params.code);
      if (!tracking)
        throw new ProblemError(404, {
          detail: {
            vi: `Không có phản ánh, kiến nghị mang mã ${params.code}. Hãy kiểm tra lại mã.`,
            en: `No feedback has the code ${params.code}. Check the code.`,
          },
        });
      return tracking;
    },
    { before: [noStore] },
  );
}
