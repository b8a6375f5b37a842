import { ConfigError, loadConfig } from './config.ts';
import { type RunningServer, startServer } from './server.ts';

/** Open requests get this long to finish after SIGINT/SIGTERM before the process quits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let server: RunningServer;
try {
  server = await startServer(config);
} catch (error) {
  // Usually the database: PostgreSQL unreachable, a wrong password or database name, a file not writable.
  console.error(`Không khởi động được máy chủ (cannot start): ${(error as Error).message}`);
  process.exit(1);
}
console.log(`PBGDPL đang chạy tại ${server.url}`);

function shutdown(signal: NodeJS.Signals): void {
  console.log(`Nhận ${signal}, đang dừng máy chủ… (stopping)`);
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
