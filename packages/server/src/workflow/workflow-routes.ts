import type { ContentState, WorkflowAction } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import type { ItemWorkflow, VersionedWrite } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { registerRoute } from '../http/route.ts';
import type { Versioned } from '../http/versions.ts';
import type { AuditedAction } from '../repositories/audit-log.ts';
import { consoleBase } from '../mail/console-base.ts';
import { consoleLink } from '../mail/messages.ts';
import { nextState, transitionsRepository } from './transitions.ts';
import { notifyMove } from './workflow-mail.ts';

const AUDITED: Record<WorkflowAction, AuditedAction> = {
  submit: 'submitted',
  return: 'returned',
  publish: 'published',
  unpublish: 'unpublished',
};

/** What a move needs to know of a reviewed kind. */
export interface MoveSpec<Item extends Versioned & { id: number }> {
  entity: string;
  workflow: ItemWorkflow<Item>;
  describe: (item: Item) => string;
  unitOf: (item: Item) => string | null;
}

/**
 * One move of an item, inside the caller's transaction: recorded with its comment, told to whom
 * it concerns (see `notifyMove`), and the item's new state stored. `from` null: the item is new.
 */
export async function applyMove<Item extends Versioned & { id: number }>(
  db: Db,
  deps: AppDeps,
  c: Context<AppEnv>,
  spec: MoveSpec<Item>,
  item: Item,
  move: { from: ContentState | null; to: ContentState; comment: string | null },
  versionMoved = false,
): Promise<Item | undefined> {
  const now = deps.clock();
  await transitionsRepository(db).record(spec.entity, item.id, {
    at: now,
    actor: c.get('principal'),
    ...move,
  });
  const link = consoleLink(consoleBase(c, deps.config), spec.workflow.consolePath(item.id));
  const moved = { title: spec.describe(item), unit: spec.unitOf(item), link };
  await notifyMove(db, deps.config, moved, move.to, move.comment, now);
  return spec.workflow.setState(db, item.id, move.to, now, versionMoved);
}

/**
 * A reviewed kind's two workflow routes: a move (checked against the version the caller saw,
 * recorded with its comment and in the audit log) and the item's history of moves.
 */
export function workflowRoutes<Item extends Versioned & { id: number }>(
  app: Hono<AppEnv>,
  deps: AppDeps,
  spec: MoveSpec<Item> & {
    write: VersionedWrite<Item>;
    /** Reads the item as its caller may see it (404 otherwise). */
    visibleItem: (c: Context<AppEnv>, id: number) => Promise<Item>;
  },
): void {
  registerRoute(app, deps, spec.workflow.routes.transition, async ({ params, body }, c) => {
    const { id } = params as { id: number };
    const { action, comment } = body as { action: WorkflowAction; comment: string | null };
    return spec.write(
      c,
      id,
      async (db, current) => {
        const from = spec.workflow.stateOf(current);
        const to = nextState(action, from, c.get('principal'));
        return applyMove(db, deps, c, spec, current, { from, to, comment });
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
