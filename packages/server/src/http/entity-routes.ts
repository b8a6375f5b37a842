import type { ContentState, RouteName, RouteSpec } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { type AuditedAction, auditLogRepository } from '../repositories/audit-log.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { checkEditable, initialState, savedState } from '../workflow/transitions.ts';
import { applyMove, type MoveSpec, workflowRoutes } from '../workflow/workflow-routes.ts';
import { ProblemError } from './problem.ts';
import { apiPath, registerRoute } from './route.ts';
import { inScope } from './unit-scope.ts';
import { checkAdvanced, checkVersion, sendVersion, type Versioned } from './versions.ts';

/** What the routes need of a repository of editable items. */
export interface EntityStore<Data, Item extends Versioned & { id: number }> {
  get(id: number): Promise<Item | undefined>;
  create(data: Data, now: Date): Promise<Item>;
  update(id: number, data: Data, now: Date): Promise<Item | undefined>;
  remove(id: number): Promise<boolean>;
}

/** A route naming one item by id; one that answers with the item. */
export type IdRoute = RouteSpec & { params: NonNullable<RouteSpec['params']> };
export type ItemRoute = RouteSpec & { response: NonNullable<RouteSpec['response']> };

export interface EntitySpec<Data, Item extends Versioned & { id: number }> {
  /** The item's name in the audit log (`banner`). */
  entity: string;
  /** The contract's routes for one item, and the name of the one that reads it (for `Location`). */
  routes: { get: IdRoute & ItemRoute; create: ItemRoute; update: IdRoute & ItemRoute; remove: IdRoute };
  getRoute: RouteName;
  store: (db: Db) => EntityStore<Data, Item>;
  notFound: (id: number) => ProblemError;
  /** Checks needing the database (the unit exists, one report a month), inside the write's transaction. */
  check?: (data: Data, c: Context<AppEnv>, db: Db, id?: number) => Promise<void>;
  /** The item as the audit log names it (its title). */
  describe: (item: Item) => string;
  /**
   * The unit an item and an input belong to: a unit's person sees and writes only their unit's.
   * Without `ofData` (the unit is the parent's, not in the input), `check` checks the input's.
   */
  unit?: { ofItem: (item: Item) => string | null; ofData?: (data: Data) => string | null };
  /** Items that go through review: a unit's new item is a draft, editable until submitted. */
  workflow?: ItemWorkflow<Item, Data>;
}

export interface ItemWorkflow<Item, Data = never> {
  stateOf: (item: Item) => ContentState;
  /**
   * The input's own "public" flag, for kinds that have one (documents, videos): an editor's
   * save publishes or withdraws the item along the workflow (see `savedState`).
   */
  wantsPublished?(data: Data): boolean;
  /**
   * Stores a new state, moving the item's version; `versionMoved`: the same write already moved
   * it once (a save with a "public" flag), so the version moves once per write as If-Match expects.
   */
  setState: (
    db: Db,
    id: number,
    state: ContentState,
    now: Date,
    versionMoved?: boolean,
  ) => Promise<Item | undefined>;
  /** Where the item opens in the console (`['stats', 12]`), for the notices' links. */
  consolePath: (id: number) => Array<string | number>;
  /** The kind's routes for a move along the workflow and for the item's history of moves. */
  routes: {
    transition: IdRoute & ItemRoute & { body: NonNullable<RouteSpec['body']> };
    history: IdRoute & ItemRoute;
  };
}

/** An input naming a unit other than the caller's own. */
export const outsideUnit = () =>
  new ProblemError(403, {
    detail: {
      vi: 'Bạn chỉ được nhập và sửa nội dung của đơn vị mình.',
      en: "You may enter and change your own unit's content only.",
    },
  });

export interface VersionedWrite<Item extends Versioned> {
  /**
   * One change of one item, in a transaction: checked against the version the editor saw
   * (If-Match), 404 when the item is gone, its new version sent back as the ETag.
   */
  (
    c: Context<AppEnv>,
    id: number,
    work: (db: Db, current: Item) => Promise<Item | undefined>,
    action?: AuditedAction,
  ): Promise<Item>;
}

export interface VersionedOptions<Item extends Versioned> {
  load: (db: Db, id: number) => Promise<Item | undefined>;
  notFound: (id: number) => ProblemError;
  /** Whether the caller may see the item at all (a unit's person: their unit's); else it is a 404. */
  visible?: (c: Context<AppEnv>, item: Item) => boolean;
  /** Runs in the same transaction after each write (an audit entry). */
  afterWrite?: (db: Db, c: Context<AppEnv>, item: Item, action: AuditedAction) => Promise<void>;
}

/** Writes of one kind of item that honour the editor's If-Match; see `VersionedWrite`. */
export function versionedWrites<Item extends Versioned>(
  deps: AppDeps,
  { load, notFound, visible = () => true, afterWrite }: VersionedOptions<Item>,
): VersionedWrite<Item> {
  return (c, id, work, action = 'updated') =>
    deps.db.transaction().execute(async (trx) => {
      const before = await load(trx, id);
      if (!before || !visible(c, before)) throw notFound(id);
      checkVersion(c, before);
      const after = await work(trx, before);
      if (!after) throw notFound(id);
      checkAdvanced(c, before, after);
      await afterWrite?.(trx, c, after, action);
      sendVersion(c, after);
      return after;
    });
}

/**
 * The editors' routes for one kind of item, the same way for every kind: read with its version
 * (ETag), create with `Location`, update and delete checked against the version the editor saw
 * (If-Match, 412 otherwise), each write in one transaction with its audit entry, and 404 for an
 * item that is not there. Returns the same guarantees for the kind's other changes.
 */
export function entityRoutes<Data, Item extends Versioned & { id: number }>(
  app: Hono<AppEnv>,
  deps: AppDeps,
  spec: EntitySpec<Data, Item>,
): EntityWrites<Item> {
  const { store, notFound, check, describe, unit, workflow } = spec;
  const moves = workflow && {
    entity: spec.entity,
    workflow,
    describe,
    unitOf: (item: Item) => unit?.ofItem(item) ?? null,
  };
  const visible = (c: Context<AppEnv>, item: Item) => !unit || inScope(c, unit.ofItem(item));
  const checkUnit = (c: Context<AppEnv>, data: Data) => {
    if (unit?.ofData && !inScope(c, unit.ofData(data))) throw outsideUnit();
  };
  const audit = (db: Db, c: Context<AppEnv>, item: Item, action: AuditedAction) =>
    auditLogRepository(db).record(spec.entity, item.id, {
      at: deps.clock(),
      actor: c.get('principal').name,
      action,
      detail: describe(item),
    });

  const write = versionedWrites(deps, {
    load: (db, id) => store(db).get(id),
    notFound,
    visible,
    afterWrite: (db, c, item, action) => audit(db, c, item, action),
  });

  registerRoute(app, deps, spec.routes.get, async ({ params }, c) => {
    const { id } = params as { id: number };
    const item = await store(deps.db).get(id);
    if (!item || !visible(c, item)) throw notFound(id);
    sendVersion(c, item);
    return item;
  });

  registerRoute(app, deps, spec.routes.create, async ({ body }, c) =>
    deps.db.transaction().execute(async (trx) => {
      checkUnit(c, body as Data);
      await check?.(body as Data, c, trx);
      const created = await store(trx).create(body as Data, deps.clock());
      const item = moves ? await startWorkflow(trx, c, created, body as Data, moves) : created;
      await audit(trx, c, item, 'created');
      c.header('Location', apiPath(spec.getRoute, { id: item.id }));
      sendVersion(c, item);
      return item;
    }),
  );

  registerRoute(app, deps, spec.routes.update, async ({ params, body }, c) => {
    const { id } = params as { id: number };
    return write(c, id, async (trx, current) => {
      if (workflow) checkEditable(workflow.stateOf(current), c.get('principal'));
      checkUnit(c, body as Data);
      await check?.(body as Data, c, trx, id);
      const updated = await store(trx).update(id, body as Data, deps.clock());
      if (!updated || !workflow?.wantsPublished) return updated;
      return savePublished(trx, c, updated, workflow.wantsPublished(body as Data), true);
    });
  });

  registerRoute(app, deps, spec.routes.remove, async ({ params }, c) => {
    const { id } = params as { id: number };
    await deps.db.transaction().execute(async (trx) => {
      const item = await store(trx).get(id);
      if (!item || !visible(c, item)) throw notFound(id);
      checkVersion(c, item);
      await store(trx).remove(id);
      await audit(trx, c, item, 'deleted');
    });
    return undefined;
  });

  if (moves)
    workflowRoutes(app, deps, {
      ...moves,
      write,
      visibleItem: async (c, id) => {
        const item = await store(deps.db).get(id);
        if (!item || !visible(c, item)) throw notFound(id);
        return item;
      },
    });

  /** A new item's first state (see `initialState`), recorded as its first move. */
  async function startWorkflow(db: Db, c: Context<AppEnv>, item: Item, data: Data, flow: MoveSpec<Item>) {
    const wants = workflow?.wantsPublished?.(data);
    const to = initialState(c.get('principal'), wants);
    return (await applyMove(db, deps, c, flow, item, { from: null, to, comment: null }, true)) ?? item;
  }

  /** An editor's "public" flag on a saved item, as a move when it changes the state. */
  async function savePublished(
    db: Db,
    c: Context<AppEnv>,
    item: Item,
    wants: boolean,
    versionMoved: boolean,
  ) {
    if (!moves) return item;
    const from = moves.workflow.stateOf(item);
    const to = savedState(from, wants, c.get('principal'));
    if (to === from) return item;
    return applyMove(db, deps, c, moves, item, { from, to, comment: null }, versionMoved);
  }

  return {
    write,
    setPublished: (c, id, wants) =>
      write(
        c,
        id,
        async (db, current) => {
          const moved = await savePublished(db, c, current, wants, false);
          if (moved !== current || !moves) return moved;
          // Unchanged, it is still a write: its version moves as the caller's If-Match expects.
          return moves.workflow.setState(db, id, moves.workflow.stateOf(current), deps.clock());
        },
        wants ? 'published' : 'unpublished',
      ),
  };
}

/** A kind's writes for its own further routes: any change (see `VersionedWrite`), and the "public" flag. */
export interface EntityWrites<Item extends Versioned> {
  write: VersionedWrite<Item>;
  /** Publishes or withdraws the item as an editor's save does (a workflow move when it changes). */
  setPublished: (c: Context<AppEnv>, id: number, published: boolean) => Promise<Item>;
}
