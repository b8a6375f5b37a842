/**
 * HTTP benchmark: `pnpm bench:http`. Starts the API (`pnpm start`'s entry, seeded SQLite in
 * a temp dir) in its own process and nginx (Debian package `nginx-light`) serving the very
 * same JSON as static files, then loads each main public GET with autocannon, one target
 * after the other, and prints requests per second and latency side by side with the ratio
 * API / nginx. A report, not a pass/fail: the figure says how far we are from a static file.
 * BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 20) tune the run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const API_PORT = 18_480;
const NGINX_PORT = 18_481;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);

/** The GETs widgets make on every page view. */
const TARGETS: Array<[string, string]> = [
  ['site profile', '/api/v1/site'],
  ['banners (sidebar)', '/api/v1/banners?placement=sidebar'],
  ['documents: newest page', '/api/v1/documents?pageSize=20'],
  ['documents: search "đất đai"', '/api/v1/documents?q=%C4%91%E1%BA%A5t%20%C4%91ai'],
  ['documents: one document', '/api/v1/documents/1'],
  ['questions: newest page', '/api/v1/questions?pageSize=10'],
  ['videos: newest page', '/api/v1/videos?pageSize=12'],
  ['statistics: this year', '/api/v1/stats'],
];

const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-http-'));
chmodSync(dir, 0o755); // nginx workers run as another user
const children: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

function load(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
}

function nginxConfig(root: string): string {
  return `worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  default_type application/json;
  server { listen 127.0.0.1:${NGINX_PORT}; root ${root}; }
}
`;
}

try {
  if (!NGINX) throw new Error('nginx not found: apt-get install -y nginx-light');
  start('node', ['--import', 'tsx', 'packages/server/src/main.ts'], {
    PORT: String(API_PORT),
    DATABASE_URL: join(dir, 'bench.sqlite'),
  });
  const api = `http://127.0.0.1:${API_PORT}`;
  await waitFor(`${api}/healthz`);

  // The same bytes the API answers, as files nginx serves.
  for (const [i, [, path]] of TARGETS.entries()) {
    const file = join(dir, `t${i}.json`);
    writeFileSync(file, Buffer.from(await (await fetch(`${api}${path}`)).arrayBuffer()));
    chmodSync(file, 0o644);
  }
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir));
  start(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir]);
  await waitFor(`http://127.0.0.1:${NGINX_PORT}/t0.json`);

  const rows = [];
  for (const [i, [name, path]] of TARGETS.entries()) {
    const ours = await load(`${api}${path}`);
    const fixed = await load(`http://127.0.0.1:${NGINX_PORT}/t${i}.json`);
    rows.push({
      'GET ': name,
      'API req/s': Math.round(ours.requests.average),
      'nginx req/s': Math.round(fixed.requests.average),
      'API / nginx': `${((ours.requests.average / fixed.requests.average) * 100).toFixed(1)} %`,
      'API p50 ms': ours.latency.p50,
      'API p99 ms': ours.latency.p99,
      errors: ours.errors + ours.non2xx,
    });
  }
  console.log(`${SECONDS} s per target, ${CONNECTIONS} connections, one target at a time`);
  console.table(rows);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  rmSync(dir, { recursive: true, force: true });
}
