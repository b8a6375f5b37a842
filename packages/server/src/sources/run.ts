import type { SourceLogLine, SourceRun } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { sourcesRepository, type StoredSource } from '../repositories/sources.ts';
import { type Fetched, type Fetcher, UpstreamError, type Validators } from './fetcher.ts';
import { feedItems } from './feed-source.ts';
import { instanceItems } from './instance-source.ts';
import type { KnownUnit, UpstreamItem } from './mapping.ts';
import { contentHash, type TargetContext, withSyncTarget } from './targets.ts';
import { vbplDetailUrl, vbplItemIds, vbplMapper } from './vbpl-source.ts';

type Outcome = NonNullable<SourceLogLine['outcome']>;
/** A log line about one item: it always has an outcome. */
type ItemLine = SourceLogLine & { outcome: Outcome };
const COUNTED: Record<Outcome, 'added' | 'updated' | 'unchanged' | 'rejected' | 'conflicts'> = {
  added: 'added',
  updated: 'updated',
  unchanged: 'unchanged',
  rejected: 'rejected',
  conflict: 'conflicts',
};

export interface RunContext {
  db: Db;
  fetcher: Fetcher;
  clock: Clock;
  /** Called after each item: the scheduler renews its lease. */
  onProgress?: () => Promise<void>;
}

export interface RunResult {
  run: SourceRun;
  /** Validators of the answer read in full (none after a dry run, a 304 or a failure). */
  validators?: Validators;
  /** The upstream's failure, for the back-off. */
  failure?: UpstreamError;
}

const json = (body: Buffer): unknown => JSON.parse(body.toString('utf8'));

/** The upstream's items, fetched and mapped; each vbpl item is one more request. */
async function* upstreamItems(
  source: StoredSource,
  body: Buffer,
  listUrl: string,
  units: KnownUnit[],
  fetcher: Fetcher,
): AsyncGenerator<UpstreamItem> {
  if (source.kind === 'instance-ndjson') {
    yield* instanceItems(body.toString('utf8'), source.mapping, units);
    return;
  }
  if (source.kind === 'feed-xml') {
    yield* feedItems(body.toString('utf8'), source.mapping, listUrl);
    return;
  }
  const map = vbplMapper(source.mapping, units);
  for (const itemId of vbplItemIds(json(body))) {
    const upstreamId = String(itemId);
    let detail: Fetched;
    try {
      detail = await fetcher.fetch(vbplDetailUrl(source.mapping, itemId));
    } catch (error) {
      // One item gone or refused (404, too large) is that item's problem; a timeout or a 5xx
      // stops the run, to be tried again later.
      if (error instanceof UpstreamError && !error.transient) {
        yield { upstreamId, problem: error.message };
        continue;
      }
      throw error;
    }
    if (detail.notModified) {
      yield { upstreamId, problem: 'Chi tiết trả lời 304 dù không hỏi có điều kiện (unexpected 304)' };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = json(detail.body);
    } catch {
      yield { upstreamId, problem: 'Chi tiết không phải JSON hợp lệ (detail is not JSON)' };
      continue;
    }
    yield map(itemId, parsed);
  }
}

const errorText = (errors: Record<string, string[]>) =>
  Object.entries(errors)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join(' · ');

/**
 * Decides, and unless `dryRun` writes, one item in its own transaction: a new item is added; a
 * known one with the same hash is left; a changed one updates its document or article unless an
 * editor changed it since the last sync (then it is a conflict, and the item stays as it is).
 */
async function applyItem(
  db: Db,
  source: StoredSource,
  item: UpstreamItem,
  context: TargetContext,
  now: Date,
  dryRun: boolean,
): Promise<ItemLine> {
  const line = (outcome: Outcome, message: string, localId: number | null = null): ItemLine => ({
    upstreamId: item.upstreamId,
    outcome,
    documentId: localId,
    message,
  });
  if ('problem' in item) return line('rejected', item.problem);
  const { candidate } = item;
  const at = now.toISOString();

  return withSyncTarget(source.feeds, context, async (targetOn) => {
    const checker = targetOn(db);
    const checked = await checker.check(candidate);
    if ('errors' in checked) return line('rejected', errorText(checked.errors));
    const data = checked.data;
    const name = checker.label(data);
    const hash = contentHash(data);

    return db.transaction().execute(async (trx) => {
      const target = targetOn(trx);
      const sources = sourcesRepository(trx);
      const known = await sources.item(source.id, item.upstreamId);
      const conflict = async (localId: number | null, version: number, message: string) => {
        if (!dryRun)
          await sources.saveItem({
            source_id: source.id,
            upstream_id: item.upstreamId,
            document_id: localId,
            content_hash: known?.content_hash ?? '',
            synced_version: known?.synced_version ?? version,
            last_seen_at: at,
            conflict_hash: hash,
            conflict_since: known?.conflict_hash === hash ? known.conflict_since : at,
          });
        return line('conflict', message, localId);
      };
      const synced = async (localId: number, outcome: Outcome, message: string) => {
        await sources.saveItem({
          source_id: source.id,
          upstream_id: item.upstreamId,
          document_id: localId,
          content_hash: hash,
          synced_version: (await target.version(localId)) ?? 1,
          last_seen_at: at,
          conflict_hash: null,
          conflict_since: null,
        });
        return line(outcome, message, localId);
      };

      if (!known) {
        const local = await target.findLocal(data);
        if (local !== undefined)
          return conflict(
            local,
            -1,
            `Đã có ${name} nhập tay (số ${local}), không ghi đè (exists locally, not from this source)`,
          );
        if (dryRun) return line('added', `Sẽ thêm ${name}`);
        return synced(await target.insert(data, now), 'added', `Đã thêm ${name}`);
      }
      const localId = known.document_id;
      const version = localId === null ? undefined : await target.version(localId);
      // Unchanged upstream is left alone, also when an editor deleted the item here.
      if (known.content_hash === hash) {
        if (!dryRun && known.conflict_hash === null) await sources.saveItem({ ...known, last_seen_at: at });
        return line('unchanged', `Không đổi ${name}`, version === undefined ? null : localId);
      }
      if (localId === null || version === undefined)
        return conflict(null, known.synced_version, `Biên tập viên đã xóa ${name} (deleted locally)`);
      if (version !== known.synced_version)
        return conflict(
          localId,
          known.synced_version,
          `${name} đã được sửa tại chỗ sau lần đồng bộ trước: thay đổi từ nguồn chưa áp dụng (edited locally)`,
        );
      if (dryRun) return line('updated', `Sẽ cập nhật ${name}`, localId);
      await target.update(localId, data, now);
      return synced(localId, 'updated', `Đã cập nhật ${name}`);
    });
  });
}

/**
 * One run of a source: fetch (conditional on the last validators), map, check each item
 * through the import's checks, apply each in its own transaction. A failure to fetch the list
 * stops the run before anything is written; one while fetching a vbpl item's detail stops it
 * after the items already complete. Every item gets a log line with its reason.
 */
export async function runSource(
  ctx: RunContext,
  source: StoredSource,
  options: { dryRun: boolean; trigger: SourceRun['trigger']; actor: string | null },
): Promise<RunResult> {
  const sources = sourcesRepository(ctx.db);
  const runId = await sources.startRun(source.id, { at: ctx.clock(), ...options });
  const log: SourceLogLine[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0, rejected: 0, conflicts: 0 };
  const finish = (outcome: SourceRun['outcome'], error: string | null) =>
    sources.finishRun(runId, { at: ctx.clock(), outcome, error, ...counts, log });

  const units = await ctx.db.selectFrom('units').select(['id', 'name']).execute();
  const context: TargetContext = {
    unitIds: new Set(units.map((u) => u.id)),
    publish: source.mapping.published,
    actor: options.actor ?? `Đồng bộ: ${source.name}`,
  };
  try {
    const list = await ctx.fetcher.fetch(source.url, {
      etag: source.etag,
      lastModified: source.lastModified,
    });
    if (list.notModified) return { run: await finish('not-modified', null) };
    for await (const item of upstreamItems(source, list.body, list.url, units, ctx.fetcher)) {
      let entry: ItemLine;
      try {
        entry = await applyItem(ctx.db, source, item, context, ctx.clock(), options.dryRun);
      } catch (error) {
        // The item's transaction rolled back: nothing of it is written.
        entry = {
          upstreamId: item.upstreamId,
          outcome: 'rejected',
          documentId: null,
          message: String(error),
        };
      }
      log.push(entry);
      counts[COUNTED[entry.outcome]]++;
      await ctx.onProgress?.();
    }
    return {
      run: await finish('finished', null),
      validators: options.dryRun ? undefined : list.validators,
    };
  } catch (error) {
    const failure =
      error instanceof UpstreamError
        ? error
        : new UpstreamError(error instanceof Error ? error.message : String(error), false);
    log.push({ upstreamId: null, outcome: null, documentId: null, message: failure.message });
    return { run: await finish('failed', failure.message), failure };
  }
}
