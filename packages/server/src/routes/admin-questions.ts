import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { questionListRepository } from '../repositories/question-list.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';
import { questionNotFound } from './questions.ts';

export function adminQuestionRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = questionListRepository(deps.db);
  const units = unitsRepository(deps.db);
  /** A change and its audit entry commit together. */
  const write = <T>(work: (questions: ReturnType<typeof questionsRepository>) => Promise<T>) =>
    deps.db.transaction().execute((trx) => work(questionsRepository(trx)));
  const actor = (c: Context<AppEnv>) => c.get('principal').name;
  const found = <T>(id: number, value: T | undefined): T => {
    if (value === undefined) throw questionNotFound(id);
    return value;
  };

  /** Every id must name a document (any, published or not); one message per missing id. */
  async function checkDocuments(ids: number[], c: Context<AppEnv>): Promise<void> {
    if (ids.length === 0) return;
    const rows = await deps.db.selectFrom('documents').select('id').where('id', 'in', ids).execute();
    const known = new Set(rows.map((row) => row.id));
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

  registerRoute(app, deps, routes.adminQuestionList, async ({ query }) => list.editorPage(query));

  registerRoute(app, deps, routes.adminQuestionGet, async ({ params }) =>
    found(params.id, await questionsRepository(deps.db).getForEditor(params.id)),
  );

  registerRoute(app, deps, routes.adminQuestionEdit, async ({ params, body }, c) => {
    if (body.unit !== undefined && body.unit !== null && !(await units.exists(body.unit))) {
      throw unknownUnitProblem('unit', body.unit, requestLanguage(c));
    }
    const changes = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.field !== undefined ? { field: body.field } : {}),
      ...(body.unit !== undefined ? { unitId: body.unit } : {}),
    };
    return found(params.id, await write((q) => q.edit(params.id, changes, deps.clock(), actor(c))));
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
    return found(params.id, await write((q) => q.answer(params.id, answer, deps.clock(), actor(c))));
  });

  registerRoute(app, deps, routes.adminQuestionPublish, async ({ params, body }, c) => {
    const result = await write((q) => q.setPublished(params.id, body.published, deps.clock(), actor(c)));
    if (result === 'not-answered') {
      throw new ProblemError(409, {
        detail: {
          vi: 'Chỉ đăng được câu hỏi đã có câu trả lời. Hãy trả lời trước.',
          en: 'Only answered questions can be published. Answer it first.',
        },
      });
    }
    return found(params.id, result);
  });

  registerRoute(app, deps, routes.adminQuestionFeature, async ({ params, body }, c) =>
    found(params.id, await write((q) => q.setFeatured(params.id, body.featured, deps.clock(), actor(c)))),
  );

  registerRoute(app, deps, routes.adminQuestionReject, async ({ params, body }, c) =>
    found(params.id, await write((q) => q.reject(params.id, body.reason, deps.clock(), actor(c)))),
  );

  registerRoute(app, deps, routes.adminQuestionAudit, async ({ params }) => {
    const questions = questionsRepository(deps.db);
    found(params.id, await questions.getForEditor(params.id));
    return { items: await questions.trail(params.id) };
  });

  registerRoute(app, deps, routes.adminQuestionConsents, async ({ params }, c) => {
    const exported = await write(async (q) => {
      const consents = await q.consents(params.id);
      if (consents) await q.audit(params.id, deps.clock(), actor(c), 'consents-exported');
      return consents;
    });
    return { questionId: params.id, ...found(params.id, exported) };
  });

  registerRoute(app, deps, routes.adminQuestionDelete, async ({ params }, c) => {
    if (!(await write((q) => q.remove(params.id, deps.clock(), actor(c))))) throw questionNotFound(params.id);
    return undefined;
  });
}
