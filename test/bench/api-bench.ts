/**
 * What the HTTP benchmarks share: their settings, the GETs widgets make on every page view,
 * and API nodes run as `pnpm start` runs them (`packages/server/src/main.ts` in its own
 * process), stopped again by `stopApiNodes` whatever happened.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export const BENCH_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
export const BENCH_CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);

/** The GETs widgets make on every page view: [name, path]. */
export const PUBLIC_GETS: Array<[string, string]> = [
  ['site profile', '/api/v1/site'],
  ['banners (sidebar)', '/api/v1/banners?placement=sidebar'],
  ['documents: newest page', '/api/v1/documents?pageSize=20'],
  ['documents: search "đất đai"', '/api/v1/documents?q=%C4%91%E1%BA%A5t%20%C4%91ai'],
  ['documents: one document', '/api/v1/documents/1'],
  ['questions: newest page', '/api/v1/questions?pageSize=10'],
  ['videos: newest page', '/api/v1/videos?pageSize=12'],
  ['statistics: this year', '/api/v1/stats'],
];

export interface ApiNode {
  /** Without a trailing slash. */
  url: string;
  process: ChildProcess;
}

const MAIN = new URL('../../packages/server/src/main.ts', import.meta.url).pathname;
const STOP_GRACE_MS = 5_000;
const running = new Set<ChildProcess>();

/** Polls until `url` answers 2xx (a server that is listening but not ready yet answers 5xx). */
export async function waitFor(url: string): Promise<void> {
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

/**
 * Starts a node (PORT 0: a free port unless `env` sets one), resolves once it listens (the
 * database is migrated and seeded by then) and its health check answers.
 */
export async function startApiNode(env: Record<string, string>): Promise<ApiNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  // Keeps reading stdout to the end: a closed pipe would break the node's shutdown log.
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const found = /https?:\/\/\S+/.exec(output)?.[0];
      if (found) resolve(found.replace(/\/$/, ''));
    });
    child.once('exit', (code) =>
      reject(new Error(`the API node exited (${code}) before listening: ${output}`)),
    );
  });
  await waitFor(`${url}/healthz`);
  return { url, process: child };
}

/** SIGTERM (the node finishes open requests and closes its database), SIGKILL if it hangs. */
export async function stopApiNode(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

export async function stopApiNodes(): Promise<void> {
  await Promise.all([...running].map(stopApiNode));
}
