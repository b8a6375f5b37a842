import { type AdminDialogueQuestion, type DialogueQuestionStatus, routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { dialogueNotFound, dialogueQuestionNotFound } from '../dialogues/problems.ts';
import { requirePublishRight } from '../dialogues/publish-right.ts';
import { versionedWrites } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { inScope } from '../http/unit-scope.ts';
import { sendVersion } from '../http/versions.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { dialogueQuestionsRepository } from '../repositories/dialogue-questions.ts';
import { dialoguesRepository } from '../repositories/dialogues.ts';

const ANSWERABLE: ReadonlySet<DialogueQuestionStatus> = new Set(['accepted', 'answered-in-session']);

const notAnswerable = () =>
  new ProblemError(409, {
    detail: {
      vi: 'Chỉ câu hỏi đã tiếp nhận hoặc đã trả lời tại buổi đối thoại mới có câu trả lời được công bố.',
      en: 'Only accepted questions, or those answered in the session, have answers to publish.',
    },
  });

/** The moderation queue of a session: accept, merge, reject, answered in session; answers one by one. */
export function adminDialogueQuestionRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const questions = dialogueQuestionsRepository;
  const visible = (c: Context<AppEnv>, question: AdminDialogueQuestion) => inScope(c, question.unitId);
  const write = versionedWrites<AdminDialogueQuestion>(deps, {
    load: (db, id) => questions(db).get(id),
    notFound: dialogueQuestionNotFound,
    visible,
    afterWrite: (db, c, item, action) =>
      auditLogRepository(db).record('dialogue-question', item.id, {
        at: deps.clock(),
        actor: c.get('principal').name,
        action,
        detail: item.status,
      }),
  });

  registerRoute(app, deps, routes.adminDialogueQuestionList, async ({ query }, c) => {
    const unit = await dialoguesRepository(deps.db).unitOf(query.dialogue);
    if (unit === undefined || !inScope(c, unit)) throw dialogueNotFound(query.dialogue);
    return questions(deps.db).queue(query.dialogue, query);
  });

  registerRoute(app, deps, routes.adminDialogueQuestionGet, async ({ params }, c) => {
    const question = await questions(deps.db).get(params.id);
    if (!question || !visible(c, question)) throw dialogueQuestionNotFound(params.id);
    sendVersion(c, question);
    return question;
  });

  registerRoute(app, deps, routes.adminDialogueQuestionModerate, async ({ params, body }, c) =>
    write(c, params.id, async (db, current) => {
      const now = deps.clock();
      const repo = questions(db);
      switch (body.action) {
        case 'accept':
          return repo.moderate(params.id, { status: 'accepted', mergedInto: null, rejectReason: null }, now);
        case 'answered-in-session':
          return repo.moderate(
            params.id,
            { status: 'answered-in-session', mergedInto: null, rejectReason: null },
            now,
          );
        case 'reject':
          return repo.moderate(
            params.id,
            { status: 'rejected', mergedInto: null, rejectReason: body.reason },
            now,
          );
        case 'merge': {
          const target = body.mergeInto ?? 0;
          if (target === params.id || !(await repo.isPublic(current.dialogueId, target))) {
            const en = requestLanguage(c) === 'en';
            throw new ProblemError(422, {
              detail: {
                vi: 'Chỉ gộp được vào một câu hỏi khác đã tiếp nhận của cùng buổi đối thoại.',
                en: 'A question merges only into another accepted question of the same session.',
              },
              errors: {
                mergeInto: [
                  en
                    ? 'Not an accepted question of this session'
                    : 'Không phải câu hỏi đã tiếp nhận của buổi này',
                ],
              },
            });
          }
          return repo.moderate(params.id, { status: 'merged', mergedInto: target, rejectReason: null }, now);
        }
      }
    }),
  );

  registerRoute(app, deps, routes.adminDialogueQuestionAnswer, async ({ params, body }, c) =>
    write(c, params.id, async (db, current) => {
      if (!ANSWERABLE.has(current.status)) throw notAnswerable();
      // A published answer changes only with the right to publish it.
      if (current.answerPublished) await requirePublishRight(c, db, current.unitId);
      return questions(db).answer(params.id, body, deps.clock());
    }),
  );

  registerRoute(app, deps, routes.adminDialogueQuestionPublish, async ({ params, body }, c) =>
    write(
      c,
      params.id,
      async (db, current) => {
        await requirePublishRight(c, db, current.unitId);
        if (body.published && (!ANSWERABLE.has(current.status) || current.answer === null))
          throw new ProblemError(409, {
            detail: {
              vi: 'Câu hỏi chưa có câu trả lời để công bố, hoặc chưa được tiếp nhận.',
              en: 'The question has no answer to publish yet, or is not accepted.',
            },
          });
        return questions(db).setPublished(params.id, body.published, deps.clock());
      },
      body.published ? 'published' : 'unpublished',
    ),
  );
}
