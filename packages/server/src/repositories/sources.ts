import {
  type Source,
  type SourceConflict,
  type SourceInput,
  type SourceLogLine,
  SourceMapping,
  type SourceRun,
  type SourceRunPage,
} from '@pbgdpl/contract';
import { type Selectable, sql } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';

export type SourceData = z.output<typeof SourceInput>;
type SourceRow = Selectable<Tables['sources']>;
type RunRow = Selectable<Tables['source_runs']>;

const toSource = (row: SourceRow): Source => ({
  id: row.id,
  name: row.name,
  kind: row.kind as Source['kind'],
  url: row.url,
  feeds: row.feeds as Source['feeds'],
  mapping: SourceMapping.parse(JSON.parse(row.mapping)),
  intervalMinutes: row.interval_minutes,
  enabled: fromDbBool(row.enabled),
  nextRunAt: row.next_run_at,
  lastRunAt: row.last_run_at,
  failures: row.failures,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const toRun = (row: RunRow): SourceRun => ({
  id: row.id,
  sourceId: row.source_id,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  dryRun: fromDbBool(row.dry_run),
  trigger: row.trigger as SourceRun['trigger'],
  actor: row.actor,
  outcome: row.outcome as SourceRun['outcome'],
  error: row.error,
  added: row.added,
  updated: row.updated,
  unchanged: row.unchanged,
  rejected: row.rejected,
  conflicts: row.conflicts,
  log: JSON.parse(row.log) as SourceLogLine[],
});

const columns = (data: SourceData) => ({
  name: data.name,
  kind: data.kind,
  url: data.url,
  feeds: data.feeds,
  mapping: JSON.stringify(data.mapping),
  interval_minutes: data.intervalMinutes,
  enabled: toDbBool(data.enabled),
});

/** When a scheduled source is next due: `now` for a new or re-enabled one, never when it has no schedule. */
const firstRun = (data: SourceData, now: Date) =>
  data.enabled && data.intervalMinutes !== null ? toDbTime(now) : null;

export type StoredSource = Source & { etag: string | null; lastModified: string | null };

/** Sources, their runs and what their items became; the lease keeps one node per source. */
export function sourcesRepository(db: Db) {
  /** The version of a source's item here (a document, or an article for a source feeding articles). */
  async function localVersion(sourceId: number, id: number) {
    const feeds = (await repository.get(sourceId))?.feeds;
    return db
      .selectFrom(feeds === 'articles' ? 'articles' : 'documents')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirst();
  }

  const repository = {
    async list(): Promise<Source[]> {
      return (await db.selectFrom('sources').selectAll().orderBy('id').execute()).map(toSource);
    },

    async get(id: number): Promise<Source | undefined> {
      const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSource(row);
    },

    async getStored(id: number): Promise<StoredSource | undefined> {
      const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { ...toSource(row), etag: row.etag, lastModified: row.last_modified };
    },

    async create(data: SourceData, now: Date): Promise<Source> {
      const at = toDbTime(now);
      const { id } = await db
        .insertInto('sources')
        .values({ ...columns(data), next_run_at: firstRun(data, now), created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await repository.get(id)) as Source;
    },

    /** A new URL or kind forgets the old validators: they belong to the old answer. */
    async update(id: number, data: SourceData, now: Date): Promise<Source | undefined> {
      const before = await repository.getStored(id);
      if (!before) return undefined;
      const sameUpstream = before.url === data.url && before.kind === data.kind;
      await db
        .updateTable('sources')
        .set({
          ...columns(data),
          etag: sameUpstream ? before.etag : null,
          last_modified: sameUpstream ? before.lastModified : null,
          // A schedule keeps its place; one turned off or removed stops.
          next_run_at: firstRun(data, now) && (before.nextRunAt ?? firstRun(data, now)),
          updated_at: toDbTime(now),
          version: sql`version + 1`,
        })
        .where('id', '=', id)
        .execute();
      return repository.get(id);
    },

    async remove(id: number): Promise<boolean> {
      await db.deleteFrom('source_runs').where('source_id', '=', id).execute();
      await db.deleteFrom('source_items').where('source_id', '=', id).execute();
      const result = await db.deleteFrom('sources').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /**
     * Takes the source for `owner` until `leaseMs` from now, unless another node holds it; with
     * `dueOnly`, only when enabled and due on its schedule. The conditions are checked on the row
     * being updated, so of two nodes racing for it one wins.
     */
    async claim(id: number, owner: string, now: Date, leaseMs: number, dueOnly = false): Promise<boolean> {
      const at = toDbTime(now);
      let query = db
        .updateTable('sources')
        .set({ lease_owner: owner, lease_until: toDbTime(new Date(now.getTime() + leaseMs)) })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]));
      if (dueOnly) query = query.where('enabled', '=', toDbBool(true)).where('next_run_at', '<=', at);
      return (await query.executeTakeFirst()).numUpdatedRows > 0n;
    },

    /** Ids of sources due on their schedule now. */
    async due(now: Date): Promise<number[]> {
      const at = toDbTime(now);
      const rows = await db
        .selectFrom('sources')
        .select('id')
        .where('enabled', '=', toDbBool(true))
        .where('next_run_at', '<=', at)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
        .orderBy('next_run_at')
        .execute();
      return rows.map((r) => r.id);
    },

    async renew(id: number, owner: string, now: Date, leaseMs: number): Promise<void> {
      await db
        .updateTable('sources')
        .set({ lease_until: toDbTime(new Date(now.getTime() + leaseMs)) })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },

    /** Ends the lease with what the run learnt: validators, failures in a row, when it is due next. */
    async release(
      id: number,
      owner: string,
      after: {
        at: Date;
        validators?: { etag: string | null; lastModified: string | null };
        failures: number;
        nextRunAt: Date | null;
      },
    ): Promise<void> {
      await db
        .updateTable('sources')
        .set({
          lease_owner: null,
          lease_until: null,
          last_run_at: toDbTime(after.at),
          failures: after.failures,
          next_run_at: after.nextRunAt && toDbTime(after.nextRunAt),
          ...(after.validators && {
            etag: after.validators.etag,
            last_modified: after.validators.lastModified,
          }),
        })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },

    async startRun(
      sourceId: number,
      run: { at: Date; dryRun: boolean; trigger: SourceRun['trigger']; actor: string | null },
    ): Promise<number> {
      const { id } = await db
        .insertInto('source_runs')
        .values({
          source_id: sourceId,
          started_at: toDbTime(run.at),
          finished_at: null,
          dry_run: toDbBool(run.dryRun),
          trigger: run.trigger,
          actor: run.actor,
          outcome: null,
          error: null,
          added: 0,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          conflicts: 0,
          log: '[]',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async finishRun(
      id: number,
      result: Pick<
        SourceRun,
        'outcome' | 'error' | 'added' | 'updated' | 'unchanged' | 'rejected' | 'conflicts' | 'log'
      > & {
        at: Date;
      },
    ): Promise<SourceRun> {
      const { at, log, ...counts } = result;
      await db
        .updateTable('source_runs')
        .set({ ...counts, finished_at: toDbTime(at), log: JSON.stringify(log) })
        .where('id', '=', id)
        .execute();
      return toRun(
        await db.selectFrom('source_runs').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    },

    async runs(sourceId: number, page: number, pageSize: number): Promise<SourceRunPage> {
      const base = db.selectFrom('source_runs').where('source_id', '=', sourceId);
      const { total } = await base
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items: rows.map(toRun), total: Number(total), page, pageSize };
    },

    item(sourceId: number, upstreamId: string) {
      return db
        .selectFrom('source_items')
        .selectAll()
        .where('source_id', '=', sourceId)
        .where('upstream_id', '=', upstreamId)
        .executeTakeFirst();
    },

    async saveItem(row: Tables['source_items']): Promise<void> {
      await db
        .insertInto('source_items')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['source_id', 'upstream_id']).doUpdateSet({
            document_id: row.document_id,
            content_hash: row.content_hash,
            synced_version: row.synced_version,
            last_seen_at: row.last_seen_at,
            conflict_hash: row.conflict_hash,
            conflict_since: row.conflict_since,
          }),
        )
        .execute();
    },

    /**
     * Marks a conflict settled. Keeping the local document takes the held-back hash as seen
     * (a deleted document stays deleted); taking upstream forgets the hash (or, for a deleted
     * document, the item) and the source's validators, so the next run applies the source's
     * version. Either way the
     * document's current version counts as synced. False when there is no such conflict.
     */
    async resolve(sourceId: number, upstreamId: string, keep: 'local' | 'upstream'): Promise<boolean> {
      const item = await repository.item(sourceId, upstreamId);
      if (!item?.conflict_hash) return false;
      // The next run must read the whole answer again, not take a 304 for "nothing to do".
      if (keep === 'upstream')
        await db
          .updateTable('sources')
          .set({ etag: null, last_modified: null })
          .where('id', '=', sourceId)
          .execute();
      const document = item.document_id === null ? undefined : await localVersion(sourceId, item.document_id);
      if (!document && keep === 'upstream') {
        await db
          .deleteFrom('source_items')
          .where('source_id', '=', sourceId)
          .where('upstream_id', '=', upstreamId)
          .execute();
        return true;
      }
      await repository.saveItem({
        ...item,
        document_id: document ? item.document_id : null,
        content_hash: keep === 'local' ? item.conflict_hash : '',
        synced_version: document?.version ?? item.synced_version,
        conflict_hash: null,
        conflict_since: null,
      });
      return true;
    },

    async conflicts(sourceId: number): Promise<SourceConflict[]> {
      const items = db
        .selectFrom('source_items as i')
        .where('i.source_id', '=', sourceId)
        .where('i.conflict_since', 'is not', null)
        .orderBy('i.conflict_since')
        .orderBy('i.upstream_id');
      // An article has a title but no number.
      const rows =
        (await repository.get(sourceId))?.feeds === 'articles'
          ? await items
              .leftJoin('articles as a', 'a.id', 'i.document_id')
              .select(['i.upstream_id', 'i.conflict_since', 'a.id', 'a.title', sql<null>`null`.as('number')])
              .execute()
          : await items
              .leftJoin('documents as d', 'd.id', 'i.document_id')
              .select(['i.upstream_id', 'i.conflict_since', 'd.id', 'd.title', 'd.number'])
              .execute();
      return rows.map((r) => ({
        sourceId,
        upstreamId: r.upstream_id,
        documentId: r.id,
        number: r.number,
        title: r.title,
        since: r.conflict_since ?? '',
      }));
    },
  };
  return repository;
}
