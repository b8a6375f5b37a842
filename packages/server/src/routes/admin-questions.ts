import { type AdminQuestion, routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { versionedWrites } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { checkVersion, sendVersion } from '../http/versions.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { queueAnsweredNotice } from '../mail/question-mail.ts';
import { questionListRepository } from '../repositories/question-list.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';
import { questionNotFound } from './questions.ts';

export function adminQuestionRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const actor = (c: Context<AppEnv>) => c.get('principal').name;
  /** Each change checked against the version the editor saw; the repository writes the question's trail. */
  const write = versionedWrites<AdminQuestion>(deps, {
    load: (db, id) => questionsRepository(db).getForEditor(id),
    notFound: questionNotFound,
  });

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

  registerRoute(app, deps, routes.adminQuestionList, async ({ query }) =>
    questionListRepository(deps.db).editorPage(query),
  );

  registerRoute(app, deps, routes.adminQuestionGet, async ({ params }, c) => {
    const question = await questionsRepository(deps.db).getForEditor(params.id);
    if (!question) throw questionNotFound(params.id);
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
    return write(c, params.id, (db) =>
      questionsRepository(db).edit(params.id, changes, deps.clock(), actor(c)),
    );
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
    return write(c, params.id, (db) =>
      questionsRepository(db).answer(params.id, answer, deps.clock(), actor(c)),
    );
  });

  registerRoute(app, deps, routes.adminQuestionPublish, async ({ params, body }, c) =>
    write(c, params.id, async (db, current) => {
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

  registerRoute(app, deps, routes.adminQuestionAudit, async ({ params }) => {
    const questions = questionsRepository(deps.db);
    if (!(await questions.getForEditor(params.id))) throw questionNotFound(params.id);
    return { items: await questions.trail(params.id) };
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
