import { type AdminFeedback, routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { feedbackNotFound } from '../dialogues/problems.ts';
import { requirePublishRight } from '../dialogues/publish-right.ts';
import { versionedWrites } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { registerRoute } from '../http/route.ts';
import { inScope, scopeOf } from '../http/unit-scope.ts';
import { sendVersion } from '../http/versions.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { documentFeedbackRepository } from '../repositories/document-feedback.ts';

/** Feedback on documents, routed to the issuing unit: its queue, responses and rejections. */
export function adminFeedbackRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const feedback = documentFeedbackRepository;
  const visible = (c: Context<AppEnv>, item: AdminFeedback) => inScope(c, item.unitId);
  const write = versionedWrites<AdminFeedback>(deps, {
    load: (db, id) => feedback(db).get(id),
    notFound: feedbackNotFound,
    visible,
    afterWrite: (db, c, item, action) =>
      auditLogRepository(db).record('document-feedback', item.id, {
        at: deps.clock(),
        actor: c.get('principal').name,
        action,
        detail: `${item.trackingCode}: ${item.status}`,
      }),
  });

  registerRoute(app, deps, routes.adminFeedbackList, async ({ query }, c) =>
    feedback(deps.db).queue({ ...query, unit: scopeOf(c) }),
  );

  registerRoute(app, deps, routes.adminFeedbackGet, async ({ params }, c) => {
    const item = await feedback(deps.db).get(params.id);
    if (!item || !visible(c, item)) throw feedbackNotFound(params.id);
    sendVersion(c, item);
    return item;
  });

  registerRoute(app, deps, routes.adminFeedbackRespond, async ({ params, body }, c) =>
    write(
      c,
      params.id,
      async (db, current) => {
        // Shown on the document, or changing what is shown: only with the right to publish.
        if (body.published || current.responsePublished) await requirePublishRight(c, db, current.unitId);
        return feedback(db).respond(params.id, body, body.published, deps.clock());
      },
      body.published ? 'published' : 'updated',
    ),
  );

  registerRoute(app, deps, routes.adminFeedbackReject, async ({ params, body }, c) =>
    write(c, params.id, async (db, current) => {
      if (current.responsePublished) await requirePublishRight(c, db, current.unitId);
      return feedback(db).reject(params.id, body.reason, deps.clock());
    }),
  );
}
