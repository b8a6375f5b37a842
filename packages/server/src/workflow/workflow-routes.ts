import type { WorkflowAction } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { ItemWorkflow, VersionedWrite } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { registerRoute } from '../http/route.ts';
import type { Versioned } from '../http/versions.ts';
import type { AuditedAction } from '../repositories/audit-log.ts';
import { nextState, transitionsRepository } from './transitions.ts';

const AUDITED: Record<WorkflowAction, AuditedAction> = {
  submit: 'submitted',
  return: 'returned',
  publish: 'published',
  unpublish: 'unpublished',
};

/**
 * A reviewed kind's two workflow routes: a move (checked against the version the caller saw,
 * recorded with its comment and in the audit log) and the item's history of moves.
 */
export function workflowRoutes<Item extends Versioned & { id: number }>(
  app: Hono<AppEnv>,
  deps: AppDeps,
  spec: {
    entity: string;
    write: VersionedWrite<Item>;
    /** Reads the item as its caller may see it (404 otherwise). */
    visibleItem: (c: Parameters<VersionedWrite<Item>>[0], id: number) => Promise<Item>;
    workflow: ItemWorkflow<Item>;
  },
): void {
  registerRoute(app, deps, spec.workflow.routes.transition, async ({ params, body }, c) => {
    const { id } = params as { id: number };
    const { action, comment } = body as { action: WorkflowAction; comment: string | null };
    return spec.write(
      c,
      id,
      async (db, current) => {
        const principal = c.get('principal');
        const from = spec.workflow.stateOf(current);
        const to = nextState(action, from, principal);
        const now = deps.clock();
        await transitionsRepository(db).record(spec.entity, id, {
          at: now,
          actor: principal.name,
          from,
          to,
          comment,
        });
        return spec.workflow.setState(db, id, to, now);
      },
      AUDITED[action],
    );
  });

  registerRoute(app, deps, spec.workflow.routes.history, async ({ params }, c) => {
    const { id } = params as { id: number };
    await spec.visibleItem(c, id);
    return { items: await transitionsRepository(deps.db).history(spec.entity, id) };
  });
}
