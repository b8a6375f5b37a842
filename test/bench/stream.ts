/**
 * Live stream benchmark: `pnpm bench:stream`. One API node (`src/main.ts`, its own process) on
 * a fresh SQLite file with the demo content; BENCH_STREAMS (default 1,000) clients open the live
 * session's stream (`GET /dialogues/{id}/stream`) and wait for `ready`. The node's resident
 * memory (VmRSS) is read before and after: the difference over the streams is the memory per
 * stream. Then BENCH_PUBLISHES (default 30) times an editor publishes or withdraws an answer
 * through the admin API, and the bench times, for every stream, the delay from sending the
 * request to the event arriving. A report: it exits non-zero only when an event never arrives.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminDialogueQuestionPage, DialoguePage } from '@pbgdpl/contract';
import { startApiNode, stopApiNode } from './api-bench.ts';

const STREAMS = Number(process.env['BENCH_STREAMS'] ?? 1000);
const PUBLISHES = Number(process.env['BENCH_PUBLISHES'] ?? 30);
const POLL_MS = process.env['PBGDPL_STREAM_POLL_MS'] ?? '500';
const TOKEN = `bench-stream-admin-${Date.now().toString(36)}-0123456789abcdef`;
const DELIVERY_TIMEOUT_MS = 15_000;

const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-stream-'));
const node = await startApiNode({
  DATABASE_URL: join(dir, 'stream.sqlite'),
  PBGDPL_MEDIA_DIR: join(dir, 'media'),
  PBGDPL_ADMIN_TOKEN: TOKEN,
  PBGDPL_STREAM_POLL_MS: POLL_MS,
  PBGDPL_STREAM_MAX: String(STREAMS + 10),
});
const pid = node.process.pid ?? 0;
const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** One client's stream: the time each event id arrived. */
function openStream(path: string): Promise<{ arrivals: Map<number, number>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const arrivals = new Map<number, number>();
    const req = request(`${node.url}${path}`, { headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          if (id) arrivals.set(Number(id), now);
          if (/^event: ready$/m.test(block)) resolve({ arrivals, close: () => req.destroy() });
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

try {
  const live = (await (await fetch(`${node.url}/api/v1/dialogues?state=live`)).json()) as DialoguePage;
  const dialogueId = live.items[0]?.id;
  if (!dialogueId) throw new Error('the demo has no live session');
  const queue = await call<AdminDialogueQuestionPage>(
    'GET',
    `/admin/dialogue-questions?dialogue=${dialogueId}&status=accepted`,
  );
  const question = queue.items.find((q) => q.answer !== null);
  if (!question) throw new Error('the live session has no answered question');
  const path = `/api/v1/dialogues/${dialogueId}/stream`;

  // Warm up: the route, the poller and the heartbeat timer exist before the baseline.
  const warm = await openStream(path);
  warm.close();
  await sleep(1000);
  const before = rssKb();
  const started = performance.now();
  const streams = [];
  for (let i = 0; i < STREAMS; i += 50)
    streams.push(
      ...(await Promise.all(Array.from({ length: Math.min(50, STREAMS - i) }, () => openStream(path)))),
    );
  const openMs = performance.now() - started;
  await sleep(2000);
  const after = rssKb();

  const delays: number[] = [];
  const slowest: number[] = [];
  let published = question.answerPublished;
  for (let n = 0; n < PUBLISHES; n++) {
    published = !published;
    const sent = performance.now();
    const changed = await call<{ version: number }>(
      'PUT',
      `/admin/dialogue-questions/${question.id}/published`,
      {
        published,
      },
    );
    void changed;
    // The event's id is the newest change: the first stream to hear of it tells which.
    const known = new Set(streams[0]?.arrivals.keys());
    const deadline = performance.now() + DELIVERY_TIMEOUT_MS;
    let id: number | undefined;
    while (id === undefined || streams.some((s) => !s.arrivals.has(id as number))) {
      if (performance.now() > deadline) throw new Error(`publish ${n + 1} did not reach every stream`);
      id ??= [...(streams[0]?.arrivals.keys() ?? [])].find((key) => !known.has(key));
      await sleep(5);
    }
    const times = streams.map((s) => (s.arrivals.get(id as number) ?? Number.NaN) - sent);
    delays.push(...times);
    slowest.push(Math.max(...times));
    await sleep(200);
  }
  for (const stream of streams) stream.close();

  const perStreamKb = (after - before) / STREAMS;
  const round = (ms: number) => Math.round(ms);
  console.log(
    `\nLive streams on one SQLite node (poll ${POLL_MS} ms), load ${loadavg()[0]?.toFixed(1)} at the end:\n`,
  );
  console.log('| measure | value |');
  console.log('| --- | ---: |');
  console.log(`| streams open at once | ${STREAMS} (opened in ${round(openMs)} ms) |`);
  console.log(
    `| node RSS before → after | ${Math.round(before / 1024)} MB → ${Math.round(after / 1024)} MB |`,
  );
  console.log(`| memory per stream (RSS delta / streams) | ${perStreamKb.toFixed(1)} KB |`);
  console.log(
    `| publish → delivery, p50 over ${PUBLISHES} × ${STREAMS} deliveries | ${round(percentile(delays, 50))} ms |`,
  );
  console.log(`| publish → delivery, p95 | ${round(percentile(delays, 95))} ms |`);
  console.log(
    `| publish → last stream, p95 over ${PUBLISHES} publishes | ${round(percentile(slowest, 95))} ms |`,
  );
} finally {
  await stopApiNode(node);
  rmSync(dir, { recursive: true, force: true });
}
