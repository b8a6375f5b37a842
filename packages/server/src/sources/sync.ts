import { randomUUID } from 'node:crypto';
import type { SourceRun } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { sourcesRepository, type StoredSource } from '../repositories/sources.ts';
import { type Fetcher, upstreamFetcher } from './fetcher.ts';
import { runSource } from './run.ts';

const MINUTE = 60_000;
/** The longest wait after failures in a row, and the first for a source without a schedule. */
const MAX_BACKOFF_MS = 24 * 60 * MINUTE;
const FIRST_BACKOFF_MS = 15 * MINUTE;

/** When to try again after the `failures`-th failure in a row: doubling, at least what the upstream asked. */
export function backoffMs(
  failures: number,
  intervalMinutes: number | null,
  retryAfterMs: number | null,
): number {
  const base = intervalMinutes === null ? FIRST_BACKOFF_MS : intervalMinutes * MINUTE;
  const doubled = Math.min(base * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
  return Math.max(doubled, Math.min(retryAfterMs ?? 0, MAX_BACKOFF_MS));
}

/**
 * When the schedule runs a source next: after failures, the back-off; else one interval on,
 * or never for a source run only on demand.
 */
function nextRunAt(
  source: StoredSource,
  now: Date,
  failures: number,
  retryAfterMs: number | null,
): Date | null {
  if (failures > 0)
    return new Date(now.getTime() + backoffMs(failures, source.intervalMinutes, retryAfterMs));
  if (source.intervalMinutes === null || !source.enabled) return null;
  return new Date(now.getTime() + source.intervalMinutes * MINUTE);
}

export interface SourceSync {
  /** "Chạy ngay": undefined when there is no such source, 'busy' while another run holds it. */
  runNow(id: number, options: { dryRun: boolean; actor: string }): Promise<SourceRun | 'busy' | undefined>;
  /** One round of the schedule: runs every source due; how many ran. */
  runDue(): Promise<number>;
  /** Polls every `pollSeconds` until stopped. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Runs sources, on demand and on their schedule, on any number of nodes: a run holds the
 * source's lease in the database (renewed after each item), so one node runs a given source at
 * a time. Time comes from `clock` only; the poll timer is the one real wait.
 */
export function sourceSync(db: Db, config: Config, clock: Clock, fetcher?: Fetcher): SourceSync {
  const sources = sourcesRepository(db);
  const owner = randomUUID();
  const upstream = fetcher ?? upstreamFetcher(config.sources, `pbgdpl-sync/${config.version}`, clock);
  // A run renews its lease after each item, and no item takes longer than one fetch.
  const leaseMs = 2 * config.sources.totalTimeoutMs + MINUTE;

  async function runClaimed(
    source: StoredSource,
    options: { dryRun: boolean; trigger: SourceRun['trigger']; actor: string | null },
  ) {
    let result: Awaited<ReturnType<typeof runSource>> | undefined;
    try {
      result = await runSource(
        { db, fetcher: upstream, clock, onProgress: () => sources.renew(source.id, owner, clock(), leaseMs) },
        source,
        options,
      );
      return result.run;
    } finally {
      const now = clock();
      const failures = options.dryRun
        ? source.failures
        : result?.failure || !result
          ? source.failures + 1
          : 0;
      const next = options.dryRun
        ? source.nextRunAt
        : nextRunAt(source, now, failures, result?.failure?.retryAfterMs ?? null);
      await sources.release(source.id, owner, {
        at: now,
        validators: result?.validators,
        failures,
        nextRunAt: next === null ? null : new Date(next),
      });
    }
  }

  async function runNow(id: number, options: { dryRun: boolean; actor: string }) {
    const source = await sources.getStored(id);
    if (!source) return undefined;
    if (!(await sources.claim(id, owner, clock(), leaseMs))) return 'busy' as const;
    return runClaimed(source, { ...options, trigger: 'manual' });
  }

  async function runDue(): Promise<number> {
    let ran = 0;
    for (const id of await sources.due(clock())) {
      if (!(await sources.claim(id, owner, clock(), leaseMs, true))) continue;
      const source = await sources.getStored(id);
      if (!source) continue;
      await runClaimed(source, { dryRun: false, trigger: 'schedule', actor: null });
      ran++;
    }
    return ran;
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();
  const poll = () => {
    round = runDue()
      .catch((error: unknown) => console.error('Đồng bộ nguồn thất bại (source sync round failed):', error))
      .finally(() => {
        if (!stopped) timer = setTimeout(poll, config.sources.pollSeconds * 1000);
      });
  };

  return {
    runNow,
    runDue,
    start: poll,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
