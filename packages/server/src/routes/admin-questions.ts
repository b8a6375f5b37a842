import { type AdminQuestion, routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { atLeast } from '../http/auth.ts';
import { versionedWrites } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { editorsOnly, inScope, scopeOf } from '../http/unit-scope.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { checkVersion, sendVersion } from '../http/versions.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { consoleBase } from '../mail/console-base.ts';
import { queueAnswerForApproval, queueAnsweredNotice, queueQuestionAssigned } from '../mail/question-mail.ts';
import { questionListRepository } from '../repositories/question-list.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';
import { questionNotFound } from './questions.ts';

export function adminQuestionRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const actor = (c: Context<AppEnv>) => c.get('principal').name;
  /** Each change checked against the version the editor saw; the repository writes the question's trail. */
  const visible = (c: Context<AppEnv>, question: AdminQuestion) => inScope(c, question.unit?.id ?? null);
  const write = versionedWrites<AdminQuestion>(deps, {
    load: (db, id) => questionsRepository(db).getForEditor(id),
    notFound: questionNotFound,
    visible,
  });
  /** Editors publish any answer; a unit's contributors theirs only where the administrator allows it. */
  const mayPublish = (c: Context<AppEnv>, question: AdminQuestion) =>
    atLeast(c.get('principal'), 'editor') || question.unitPublishesAnswers;
  /** The question as its caller may see it: a contributor only their unit's (404 for the others). */
  async function visibleQuestion(c: Context<AppEnv>, id: number): Promise<AdminQuestion> {
    const question = await questionsRepository(deps.db).getForEditor(id);
    if (!question || !visible(c, question)) throw questionNotFound(id);
    return question;
  }

  /** Every id must name a document (any, published or not); one message per missing id. */
  async function checkDocuments(ids: number[], c: Context<AppEnv>): Promise<void> {
    const known = await documentsRepository(deps.db).existing(ids);
    const lang = requestLanguage(c);
    const errors: Record<string, string[]> = {};
    ids.forEach((id, index) => {
      if (!known.has(id)) {
        errors[`relatedDocumentIds.${index}`] = [
          lang === 'en' ? `There is no document ${id}` : `Không có văn bản số ${id}`,
        ];
      }
    });
    const count = Object.keys(errors).length;
    if (count > 0) {
      throw new ProblemError(422, {
        detail: {
          vi: `Có ${count} văn bản liên quan không tồn tại.`,
          en: `${count} related document(s) do not exist.`,
        },
        errors,
      });
    }
  }

  registerRoute(app, deps, routes.adminQuestionList, async ({ query }, c) =>
    questionListRepository(deps.db).editorPage(
      { ...query, unit: scopeOf(c) ?? query.unit },
      { now: deps.clock(), answerTime: deps.config.questions.answerTime },
    ),
  );

  registerRoute(app, deps, routes.adminQuestionGet, async ({ params }, c) => {
    const question = await visibleQuestion(c, params.id);
    sendVersion(c, question);
    return question;
  });

  registerRoute(app, deps, routes.adminQuestionEdit, async ({ params, body }, c) => {
    if (
      body.unit !== undefined &&
      body.unit !== null &&
      !(await unitsRepository(deps.db).exists(body.unit))
    ) {
      throw unknownUnitProblem('unit', body.unit, requestLanguage(c));
    }
    const changes = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.field !== undefined ? { field: body.field } : {}),
      ...(body.unit !== undefined ? { unitId: body.unit } : {}),
    };
    return write(c, params.id, async (db, current) => {
      const edited = await questionsRepository(db).edit(params.id, changes, deps.clock(), actor(c));
      // Moved to another unit: that unit hears of it as of a new question.
      if (edited?.unit && edited.unit.id !== current.unit?.id)
        await queueQuestionAssigned(
          db,
          deps.config,
          consoleBase(c, deps.config),
          { ...edited, unitId: edited.unit.id },
          deps.clock(),
        );
      return edited;
    });
  });

  registerRoute(app, deps, routes.adminQuestionAnswer, async ({ params, body }, c) => {
    const html = sanitizeHtml(body.html);
    const text = htmlToText(html);
    if (!text) {
      const message = {
        vi: 'Câu trả lời không còn nội dung sau khi loại bỏ mã HTML không an toàn.',
        en: 'The answer has no text left once unsafe HTML is removed.',
      };
      throw new ProblemError(422, { detail: message, errors: { html: [message[requestLanguage(c)]] } });
    }
    const documentIds = [...new Set(body.relatedDocumentIds)];
    await checkDocuments(documentIds, c);
    const answer = {
      html,
      text,
      answeredBy: body.answeredBy,
      answererTitle: body.answererTitle,
      documentIds,
    };
    return write(c, params.id, async (db, current) => {
      // A unit drafts answers; once public, only who may publish changes what citizens read.
      if (current.published && !mayPublish(c, current))
        throw editorsOnly({ vi: 'sửa câu trả lời đã đăng', en: 'change a published answer' });
      const answered = await questionsRepository(db).answer(params.id, answer, deps.clock(), actor(c));
      // A draft the unit may not publish itself goes to the editors for approval.
      if (answered && !current.published && !mayPublish(c, current))
        await queueAnswerForApproval(db, deps.config, consoleBase(c, deps.config), answered, deps.clock());
      return answered;
    });
  });

  registerRoute(app, deps, routes.adminQuestionPublish, async ({ params, body }, c) =>
    write(c, params.id, async (db, current) => {
      if (!mayPublish(c, current))
        throw editorsOnly({
          vi: 'đăng hoặc gỡ câu trả lời của đơn vị này',
          en: "publish this unit's answers",
        });
      if (body.published && current.status !== 'answered') {
        throw new ProblemError(409, {
          detail: {
            vi: 'Chỉ đăng được câu hỏi đã có câu trả lời. Hãy trả lời trước.',
            en: 'Only answered questions can be published. Answer it first.',
          },
        });
      }
      const updated = await questionsRepository(db).setPublished(
        params.id,
        body.published,
        deps.clock(),
        actor(c),
      );
      // The sender hears of the answer once: when it first goes public.
      if (body.published && current.publishedAt === null)
        await queueAnsweredNotice(db, deps.config, params.id, deps.clock());
      return updated;
    }),
  );

  registerRoute(app, deps, routes.adminQuestionFeature, async ({ params, body }, c) =>
    write(c, params.id, (db) =>
      questionsRepository(db).setFeatured(params.id, body.featured, deps.clock(), actor(c)),
    ),
  );

  registerRoute(app, deps, routes.adminQuestionReject, async ({ params, body }, c) =>
    write(c, params.id, (db) =>
      questionsRepository(db).reject(params.id, body.reason, deps.clock(), actor(c)),
    ),
  );

  registerRoute(app, deps, routes.adminQuestionAudit, async ({ params }, c) => {
    await visibleQuestion(c, params.id);
    return { items: await questionsRepository(deps.db).trail(params.id) };
  });

  registerRoute(app, deps, routes.adminQuestionConsents, async ({ params }, c) => {
    const exported = await deps.db.transaction().execute(async (trx) => {
      const questions = questionsRepository(trx);
      const consents = await questions.consents(params.id);
      if (consents) await questions.audit(params.id, deps.clock(), actor(c), 'consents-exported');
      return consents;
    });
    if (!exported) throw questionNotFound(params.id);
    return { questionId: params.id, ...exported };
  });

  registerRoute(app, deps, routes.adminQuestionDelete, async ({ params }, c) => {
    await deps.db.transaction().execute(async (trx) => {
      const questions = questionsRepository(trx);
      const current = await questions.getForEditor(params.id);
      if (!current) throw questionNotFound(params.id);
      checkVersion(c, current);
      await questions.remove(params.id, deps.clock(), actor(c));
    });
    return undefined;
  });
}
