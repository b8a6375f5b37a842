import type { RouteName, RouteSpec } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { type AuditedAction, auditLogRepository } from '../repositories/audit-log.ts';
import type { AppDeps, AppEnv } from './env.ts';
import type { ProblemError } from './problem.ts';
import { apiPath, registerRoute } from './route.ts';
import { checkAdvanced, checkVersion, sendVersion, type Versioned } from './versions.ts';

/** What the routes need of a repository of editable items. */
export interface EntityStore<Data, Item extends Versioned & { id: number }> {
  get(id: number): Promise<Item | undefined>;
  create(data: Data, now: Date): Promise<Item>;
  update(id: number, data: Data, now: Date): Promise<Item | undefined>;
  remove(id: number): Promise<boolean>;
}

/** A route naming one item by id; one that answers with the item. */
type IdRoute = RouteSpec & { params: NonNullable<RouteSpec['params']> };
type ItemRoute = RouteSpec & { response: NonNullable<RouteSpec['response']> };

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
}

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
): VersionedWrite<Item> {
  const { store, notFound, check, describe } = spec;
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
    afterWrite: (db, c, item, action) => audit(db, c, item, action),
  });

  registerRoute(app, deps, spec.routes.get, async ({ params }, c) => {
    const { id } = params as { id: number };
    const item = await store(deps.db).get(id);
    if (!item) throw notFound(id);
    sendVersion(c, item);
    return item;
  });

  registerRoute(app, deps, spec.routes.create, async ({ body }, c) =>
    deps.db.transaction().execute(async (trx) => {
      await check?.(body as Data, c, trx);
      const item = await store(trx).create(body as Data, deps.clock());
      await audit(trx, c, item, 'created');
      c.header('Location', apiPath(spec.getRoute, { id: item.id }));
      sendVersion(c, item);
      return item;
    }),
  );

  registerRoute(app, deps, spec.routes.update, async ({ params, body }, c) => {
    const { id } = params as { id: number };
    return write(c, id, async (trx) => {
      await check?.(body as Data, c, trx, id);
      return store(trx).update(id, body as Data, deps.clock());
    });
  });

  registerRoute(app, deps, spec.routes.remove, async ({ params }, c) => {
    const { id } = params as { id: number };
    await deps.db.transaction().execute(async (trx) => {
      const item = await store(trx).get(id);
      if (!item) throw notFound(id);
      checkVersion(c, item);
      await store(trx).remove(id);
      await audit(trx, c, item, 'deleted');
    });
    return undefined;
  });

  return write;
}
