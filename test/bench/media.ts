/**
 * Media benchmark: `pnpm bench:media`. A ~300 MB video (BENCH_MEDIA_MB, made in a temporary
 * folder, never committed) is uploaded once, then BENCH_CLIENTS (default 20) clients read
 * random byte ranges of it (up to 1 MB each) for BENCH_SECONDS (default 20) from a real
 * server: one node on SQLite with the files on disk, one node on PostgreSQL with the files in
 * the database, and two nodes on that database (clients split between them). Every answer is
 * compared byte for byte with the file. Reports requests per second, p50/p95 latency and each
 * node's resident memory: idle, after a 5 s warm-up of the same load, and its peak during the
 * measured load, whose growth over the warmed level must stay under 50 MB. A report; it exits non-zero when a setup cannot run, a byte differs, or memory
 * grows past the limit.
 */
import { openAsBlob } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MediaItem } from '@pbgdpl/contract';
import { writeLargeMp4 } from '../../packages/server/test/fixtures/media-files.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { type ApiNode, createDatabase, startApiNode, stopApiNode, stopApiNodes } from './api-bench.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const WARM_SECONDS = 5;
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 20);
const FILE_BYTES = Number(process.env['BENCH_MEDIA_MB'] ?? 300) * 1024 * 1024;
const MAX_RANGE = 1024 * 1024;
const RSS_LIMIT_MB = 50;
const TOKEN = 'bench-media-admin-token-0123456789';

interface Result {
  setup: string;
  requests: number;
  perSecond: number;
  mbPerSecond: number;
  p50: number;
  p95: number;
  mismatches: number;
  failures: number;
  /** Per node, MB: before any load, after the warm-up, the peak of the measured load. */
  rss: Array<{ cold: number; before: number; peak: number }>;
}

/** A process's resident memory in MB, from /proc (Linux). */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function upload(node: ApiNode, path: string): Promise<MediaItem> {
  const form = new FormData();
  form.append('file', await openAsBlob(path), 'Phim tuyên truyền dài.mp4');
  const response = await fetch(`${node.url}/api/v1/admin/media`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return (await response.json()) as MediaItem;
}

/** Random ranges by CLIENTS clients for `seconds`, each answer checked against the file. */
async function load(nodes: ApiNode[], item: MediaItem, path: string, seconds: number) {
  const file = await open(path);
  const latencies: number[] = [];
  const totals = { bytes: 0, mismatches: 0, failures: 0 };
  const until = performance.now() + seconds * 1000;
  const client = async (n: number) => {
    const node = nodes[n % nodes.length]!;
    const expected = Buffer.alloc(MAX_RANGE);
    while (performance.now() < until) {
      const start = Math.floor(Math.random() * item.size);
      const end = Math.min(item.size - 1, start + Math.floor(Math.random() * MAX_RANGE));
      const began = performance.now();
      try {
        const response = await fetch(`${node.url}${item.url}`, {
          headers: { Range: `bytes=${start}-${end}` },
        });
        const body = Buffer.from(await response.arrayBuffer());
        latencies.push(performance.now() - began);
        if (response.status !== 206) {
          totals.failures++;
          continue;
        }
        const { bytesRead } = await file.read(expected, 0, end - start + 1, start);
        if (!body.equals(expected.subarray(0, bytesRead))) totals.mismatches++;
        totals.bytes += body.length;
      } catch {
        totals.failures++;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  const elapsed = (performance.now() - began) / 1000;
  await file.close();
  return { latencies: latencies.sort((x, y) => x - y), elapsed, ...totals };
}

/**
 * Memory is read before any load (`cold`), then after WARM_SECONDS of the same load (`before`:
 * the level a node settles at once its connections, buffers and heap have grown to the work),
 * and at its peak during the measured load.
 */
async function measure(setup: string, nodes: ApiNode[], item: MediaItem, path: string): Promise<Result> {
  const rssAll = () => Promise.all(nodes.map((node) => rssOf(node.process.pid!)));
  const cold = await rssAll();
  const peaks = [...cold];
  const sampler = setInterval(() => {
    void rssAll().then((now) => now.forEach((value, i) => (peaks[i] = Math.max(peaks[i]!, value))));
  }, 200);
  try {
    const warm = await load(nodes, item, path, WARM_SECONDS);
    const before = await rssAll();
    before.forEach((value, i) => (peaks[i] = value));
    const run = await load(nodes, item, path, SECONDS);
    const at = (share: number) =>
      run.latencies[Math.min(run.latencies.length - 1, Math.floor(run.latencies.length * share))] ?? 0;
    return {
      setup,
      requests: run.latencies.length,
      perSecond: run.latencies.length / run.elapsed,
      mbPerSecond: run.bytes / 1024 / 1024 / run.elapsed,
      p50: at(0.5),
      p95: at(0.95),
      mismatches: run.mismatches + warm.mismatches,
      failures: run.failures + warm.failures,
      rss: nodes.map((_, i) => ({
        cold: cold[i]!,
        before: before[i]!,
        peak: Math.max(peaks[i]!, before[i]!),
      })),
    };
  } finally {
    clearInterval(sampler);
  }
}

function report(results: Result[]): void {
  const cpu = cpus();
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), load at start ${loadavg()
      .map((v) => v.toFixed(2))
      .join(
        ' / ',
      )}. ${CLIENTS} clients, ${SECONDS} s, random ranges up to 1 MB of a ${Math.round(FILE_BYTES / 1024 / 1024)} MB file.\n`,
  );
  console.log(
    '| setup | req/s | MB/s | p50 ms | p95 ms | RSS MB: idle → after warm-up → peak (per node) | growth under load MB | wrong bytes | failed |',
  );
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of results) {
    const levels = r.rss
      .map((n) => `${n.cold.toFixed(0)} → ${n.before.toFixed(0)} → ${n.peak.toFixed(0)}`)
      .join(' / ');
    const growth = r.rss.map((n) => (n.peak - n.before).toFixed(1)).join(' / ');
    console.log(
      `| ${r.setup} | ${r.perSecond.toFixed(0)} | ${r.mbPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${levels} | ${growth} | ${r.mismatches} | ${r.failures} |`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-media-'));
const results: Result[] = [];
let cluster: PostgresCluster | null = null;
try {
  const path = join(dir, 'video.mp4');
  writeLargeMp4(path, FILE_BYTES);
  const env = { PBGDPL_ADMIN_TOKEN: TOKEN, PBGDPL_DEMO_CONTENT: 'off', PBGDPL_MEDIA_VIDEO_MB: '2048' };

  const sqlite = await startApiNode({
    ...env,
    DATABASE_URL: join(dir, 'bench.sqlite'),
    PBGDPL_MEDIA_DIR: join(dir, 'disk'),
  });
  results.push(await measure('SQLite, files on disk ×1', [sqlite], await upload(sqlite, path), path));
  await stopApiNode(sqlite);

  cluster = await startPostgresCluster({ durable: true });
  const database = createDatabase(cluster.url, 'bench_media');
  const pg = { ...env, DATABASE_URL: database.url };
  const first = await startApiNode({ ...pg, PBGDPL_MEDIA_DIR: join(dir, 'a') });
  const item = await upload(first, path);
  results.push(await measure('PostgreSQL, files in the database ×1', [first], item, path));
  const second = await startApiNode({ ...pg, PBGDPL_MEDIA_DIR: join(dir, 'b') });
  results.push(await measure('PostgreSQL, files in the database ×2', [first, second], item, path));
} catch (error) {
  console.error('A setup failed:', error);
  process.exitCode = 1;
} finally {
  report(results);
  await stopApiNodes();
  await cluster?.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
  rmSync(dir, { recursive: true, force: true });
}
const bad = results.filter((r) => r.mismatches > 0 || r.rss.some((n) => n.peak - n.before >= RSS_LIMIT_MB));
if (bad.length > 0) {
  console.error(`Over the limit or wrong bytes: ${bad.map((r) => r.setup).join(', ')}`);
  process.exitCode = 1;
}
