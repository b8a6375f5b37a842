import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startPostgresCluster } from './postgres-cluster.ts';

/**
 * `with-postgres.ts <command...>`: runs the command with a throwaway PostgreSQL cluster whose
 * admin URL is in PBGDPL_TEST_POSTGRES (the server tests then give each test its own database).
 */
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres.ts <command> [args...]');
  process.exit(2);
}
const cluster = await startPostgresCluster({ durable: false });
let code = 1;
try {
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PBGDPL_TEST_POSTGRES: cluster.url },
  });
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  code = exitCode ?? 1;
} finally {
  await cluster.stop();
}
process.exit(code);
