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
import {
  BENCH_CONNECTIONS as CONNECTIONS,
  BENCH_SECONDS as SECONDS,
  PUBLIC_GETS as TARGETS,
  startApiNode,
  stopApiNodes,
  waitFor,
} from './api-bench.ts';

const API_PORT = 18_480;
const NGINX_PORT = 18_481;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);

const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-bench-http-'));
chmodSync(dir, 0o755); // nginx workers run as another user
const children: ChildProcess[] = [];

function start(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
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
  const { url: api } = await startApiNode({
    PORT: String(API_PORT),
    DATABASE_URL: join(dir, 'bench.sqlite'),
  });

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
  await stopApiNodes();
  for (const child of children) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  rmSync(dir, { recursive: true, force: true });
}
