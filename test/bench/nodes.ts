/**
 * Nodes benchmark: `pnpm bench:nodes`. The same load on three setups, one after the other:
 * one API node on a seeded SQLite file, one node on PostgreSQL (a throwaway cluster with
 * fsync on, as an operator runs it), and two nodes on that same PostgreSQL database. Each
 * main public GET and question POSTs (each a new question) get a short unmeasured warm-up,
 * then BENCH_SECONDS (default 5) of autocannon load with BENCH_CONNECTIONS (default 20); with
 * two nodes, one autocannon per node with half the connections, at the same time, and their
 * successful answers summed. A report, not a pass/fail: it exits non-zero only when a setup
 * cannot be started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QuestionForm } from '@pbgdpl/contract';
import autocannon from 'autocannon';
import { deriveKey } from '../../packages/server/src/questions/form-secret.ts';
import { issueFormToken } from '../../packages/server/src/questions/form-token.ts';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.ts';
import {
  type ApiNode,
  BENCH_CONNECTIONS,
  BENCH_SECONDS,
  createDatabase,
  PUBLIC_GETS,
  sampleQuestion,
  startApiNode,
  stopApiNode,
  stopApiNodes,
} from './api-bench.ts';

/**
 * Anti-spam out of the way (the configuration's maximums), and the client address taken from
 * X-Forwarded-For as behind the site's reverse proxy: every POST then comes from its own
 * address, as citizens' questions do, instead of one client hammering one rate-limit row.
 */
const FORM_SECRET = `bench-form-secret-${Date.now().toString(36)}-0123456789abcdef`;
const NODE_ENV = {
  PBGDPL_FORM_SECRET: FORM_SECRET,
  PBGDPL_QUESTIONS_PER_HOUR: '100000',
  PBGDPL_QUESTION_CHALLENGE_AFTER: '100000',
  PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
  PBGDPL_TRUST_PROXY: '1',
};
const SETUPS = ['SQLite ×1', 'PostgreSQL ×1', 'PostgreSQL ×2'] as const;
type Setup = (typeof SETUPS)[number];
const POST_TARGET = 'questions: POST (201 only)';
const QUESTIONS = '/api/v1/questions';

interface Measure {
  /** Successful answers (2xx; 201 for POSTs) per second, summed over the nodes. */
  perSecond: number;
  perNode: number[];
  /** The worst node's p99 latency, ms. */
  p99: number;
  /** Answers that were not a success, and connection errors. */
  failed: number;
  statuses: string;
}

/** target → setup → measure, or why the target could not be measured there. */
const results = new Map<string, Map<Setup, Measure | string>>();
const record = (target: string, setup: Setup, value: Measure | string) =>
  results.set(target, (results.get(target) ?? new Map<Setup, Measure | string>()).set(setup, value));

/** Unique across the run: the two PostgreSQL setups share one database. */
const RUN = Date.now().toString(36);
let posts = 0;

/**
 * A form token sends one question: each post gets its own, signed here with the nodes' secret
 * as GET /questions/form would sign it (so the load measures the POST alone).
 */
const formTokenKey = deriveKey(FORM_SECRET, 'form-token');

/** A new question, form token, Idempotency-Key and client address (10.0.0.0/8) per post. */
function nextPost(form: QuestionForm): { headers: Record<string, string>; body: string } {
  const n = posts++;
  const question = { ...sampleQuestion(form, n), formToken: issueFormToken(formTokenKey, new Date()) };
  return {
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `bench-${RUN}-${n}`,
      'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify(question),
  };
}

async function why(response: Response): Promise<string> {
  const text = await response.text();
  return `HTTP ${response.status}: ${text.slice(0, 300)}`;
}

/** One request per node before the load: a route that fails is reported, not benchmarked. */
async function precheck(
  nodes: ApiNode[],
  path: string | null,
  form: QuestionForm | null,
): Promise<string | null> {
  for (const node of nodes) {
    const response =
      path !== null
        ? await fetch(`${node.url}${path}`)
        : await fetch(`${node.url}${QUESTIONS}`, { method: 'POST', ...nextPost(form!) });
    if (response.status !== (path !== null ? 200 : 201)) return why(response);
    await response.arrayBuffer();
  }
  return null;
}

/** Requests per connection a node gets before the measure: JIT, caches and pool warm, as in service. */
const WARM_UP = 20;

function options(
  node: ApiNode,
  connections: number,
  form: QuestionForm | null,
  path: string | null,
  warmUp: boolean,
) {
  const length = warmUp ? { amount: WARM_UP * connections } : { duration: BENCH_SECONDS };
  const base = { url: node.url, connections, ...length };
  if (path !== null) return { ...base, url: `${node.url}${path}` };
  return {
    ...base,
    requests: [
      {
        method: 'POST' as const,
        path: QUESTIONS,
        setupRequest: (request: autocannon.Request) => {
          const { headers, body } = nextPost(form!);
          return { ...request, headers: { ...request.headers, ...headers }, body };
        },
      },
    ],
  };
}

/** Load generators running now: stopped on ctrl-C, so the nodes' open connections close. */
const loading = new Set<autocannon.Instance>();
let interrupted = false;
const stopIfInterrupted = () => {
  if (interrupted) throw new Error('interrupted');
};

function loadNode(settings: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(settings, (error: unknown, result) => {
      loading.delete(instance);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
    loading.add(instance);
  });
}

/** `path` null: question POSTs. Connections are split evenly between the nodes. */
async function measure(nodes: ApiNode[], path: string | null): Promise<Measure | string> {
  const form =
    path === null
      ? ((await (await fetch(`${nodes[0]!.url}${QUESTIONS}/form`)).json()) as QuestionForm)
      : null;
  const failure = await precheck(nodes, path, form);
  if (failure) return failure;
  const share = (i: number) =>
    Math.floor(BENCH_CONNECTIONS / nodes.length) + (i < BENCH_CONNECTIONS % nodes.length ? 1 : 0);
  const load = (warmUp: boolean) =>
    Promise.all(nodes.map((node, i) => loadNode(options(node, share(i), form, path, warmUp))));
  await load(true);
  const runs = await load(false);
  const success = (run: autocannon.Result) =>
    path === null ? (run.statusCodeStats?.['201']?.count ?? 0) : run['2xx'];
  const perNode = runs.map((run) => success(run) / run.duration);
  const statuses = new Map<string, number>();
  for (const run of runs) {
    for (const [status, { count = 0 }] of Object.entries(run.statusCodeStats ?? {})) {
      statuses.set(status, (statuses.get(status) ?? 0) + count);
    }
  }
  return {
    perSecond: perNode.reduce((sum, value) => sum + value, 0),
    perNode,
    p99: Math.max(...runs.map((run) => run.latency.p99)),
    failed: runs.reduce((sum, run) => sum + run.requests.total - success(run) + run.errors, 0),
    statuses: [...statuses].map(([status, count]) => `${status}×${count}`).join(' '),
  };
}

async function measureAll(setup: Setup, nodes: ApiNode[]): Promise<void> {
  for (const [name, path] of [...PUBLIC_GETS, [POST_TARGET, null] as const]) {
    stopIfInterrupted();
    const result = await measure(nodes, path);
    stopIfInterrupted(); // a load cut short is no measure
    record(name, setup, result);
    console.error(`${setup}: ${name} ${typeof result === 'string' ? 'failed' : 'done'}`);
  }
}

/** A Markdown table: readable in a terminal, pasteable into an issue. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function printReport(load: number[], postgresVersion: string | null): void {
  const cells = (value: Measure | string | undefined): string[] => {
    if (value === undefined) return ['–', '–'];
    if (typeof value === 'string') return ['failed', '–'];
    const total = String(Math.round(value.perSecond));
    const rate = value.perNode.length > 1 ? `${total} (${value.perNode.map(Math.round).join(' + ')})` : total;
    return [rate, String(value.p99)];
  };
  const failed = (value: Measure | string | undefined) =>
    typeof value === 'object' ? String(value.failed) : '–';
  const header = [
    'target',
    ...SETUPS.flatMap((setup) => [`${setup} req/s`, 'p99 ms']),
    'failed (SQLite ×1 / PG ×1 / PG ×2)',
  ];
  const rows = [...results].map(([target, bySetup]) => [
    target,
    ...SETUPS.flatMap((setup) => cells(bySetup.get(setup))),
    SETUPS.map((setup) => failed(bySetup.get(setup))).join(' / '),
  ]);
  const cpu = cpus();
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), load average at start ` +
      `${load.map((value) => value.toFixed(2)).join(' / ')} (1 / 5 / 15 min).\n` +
      `${BENCH_SECONDS} s per target and setup, ${BENCH_CONNECTIONS} connections (split evenly between the nodes), ` +
      `one target at a time. PostgreSQL ${postgresVersion ?? '(not started)'}, fsync on, ` +
      `pool of ${process.env['PBGDPL_DB_POOL_SIZE'] ?? 10} per node.\n` +
      "req/s: successful answers only (2xx; 201 for POSTs); ×2: the sum (node A + node B) and the slower node's p99. " +
      'failed: other answers and connection errors.\n',
  );
  console.log(markdownTable(header, rows));
  for (const [target, bySetup] of results) {
    for (const [setup, value] of bySetup) {
      if (typeof value === 'string') console.log(`${setup}, ${target}: ${value}`);
      else if (value.failed > 0) console.log(`${setup}, ${target}: status codes ${value.statuses}`);
    }
  }
}

const loadAtStart = loadavg();
const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-nodes-'));
let cluster: PostgresCluster | null = null;
let postgresVersion: string | null = null;

/**
 * Ctrl-C stops the load and lets the run unwind: every step below is short once no load runs,
 * and `finally` stops what was started, including a node or cluster that was still starting.
 * A second ctrl-C kills the run at once.
 */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    for (const instance of loading) instance.stop();
  });
}

try {
  const sqlite = await startApiNode({ ...NODE_ENV, DATABASE_URL: join(dir, 'bench.sqlite') });
  await measureAll('SQLite ×1', [sqlite]);
  await stopApiNode(sqlite);

  stopIfInterrupted();
  cluster = await startPostgresCluster({ durable: true });
  const database = createDatabase(cluster.url, 'bench');
  postgresVersion = database.version;
  // The first node migrates and seeds the empty database; the second finds it ready.
  const first = await startApiNode({ ...NODE_ENV, DATABASE_URL: database.url });
  await measureAll('PostgreSQL ×1', [first]);
  const second = await startApiNode({ ...NODE_ENV, DATABASE_URL: database.url });
  await measureAll('PostgreSQL ×2', [first, second]);
} catch (error) {
  if (interrupted) console.error('Interrupted: stopping the nodes and PostgreSQL.');
  else console.error('A setup failed:', error);
  process.exitCode = interrupted ? 130 : 1;
} finally {
  printReport(loadAtStart, postgresVersion);
  await stopApiNodes();
  await cluster?.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
  rmSync(dir, { recursive: true, force: true });
}
