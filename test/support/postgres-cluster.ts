import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster (Debian's `postgresql` package) on a temporary data
 * directory, listening on loopback only, for the tests and the benchmarks.
 */
export interface PostgresCluster {
  /** The admin URL (user postgres, database postgres); trust authentication, loopback only. */
  url: string;
  stop(): Promise<void>;
}

/** The newest installed server's binaries, or PG_BIN. */
function binaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed: apt-get install postgresql (or set PG_BIN)');
  return join(root, newest, 'bin');
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** PostgreSQL refuses to run as root: then its commands run as the `postgres` user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

async function ready(bin: string, port: number, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`postgres exited with code ${server.exitCode}`);
    try {
      execFileSync(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres']);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('postgres did not accept connections within 10 s');
}

/**
 * `durable: false` (tests) turns off fsync: a crash of the machine is not what they test,
 * and they create hundreds of databases. Benchmarks keep the defaults an operator runs.
 */
export async function startPostgresCluster(options: { durable: boolean }): Promise<PostgresCluster> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  // C collation: text sorts by code point as in SQLite; Vietnamese order is the application's (compareVi).
  execFileSync(
    ...asServerUser(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
      '--no-instructions',
    ]),
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const port = await freePort();
  const settings = options.durable ? [] : ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
  const server = spawn(
    ...asServerUser(join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      ...['listen_addresses=127.0.0.1', 'max_connections=400', ...settings].flatMap((s) => ['-c', s]),
    ]),
    // Its log would bury the test output (tests provoke constraint errors on purpose).
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = once(server, 'exit');
      // Through pg_ctl: runuser does not pass signals on to the server.
      execFileSync(...asServerUser(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']), {
        stdio: 'ignore',
      });
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ready(bin, port, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
