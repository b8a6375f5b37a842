import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createFirstAdmin } from './accounts/first-admin.ts';
import { createApp } from './app.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startMailSender } from './mail/mail-sender.ts';
import { seedIfEmpty } from './seed/seed.ts';

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets open requests finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens and prepares the database, then listens: what `pnpm start` runs (port 0 picks a free port). */
export async function startServer(config: Config, clock: Clock = systemClock): Promise<RunningServer> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db, clock(), { demoContent: config.demoContent, media: config.media });
    await createFirstAdmin(database.db, config, clock());
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = createApp({ db: database.db, config, clock });
  const requests = inFlight(app.fetch);
  const server = serve({ fetch: requests.fetch, port: config.port, hostname: config.host });
  try {
    await once(server, 'listening');
  } catch (error) {
    await database.close();
    throw error;
  }
  const mail = config.mail && startMailSender(database.db, config.mail, clock);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    close: async () => {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // A client that hung up closed its connection, but its request may still be running.
      await requests.drained();
      await mail?.stop();
      await database.close();
    },
  };
}

/** Counts requests being handled, so shutdown closes the database only after the last one. */
function inFlight<Args extends unknown[]>(handle: (...args: Args) => Response | Promise<Response>) {
  let running = 0;
  let onIdle: (() => void) | null = null;
  return {
    fetch: async (...args: Args) => {
      running++;
      try {
        return await handle(...args);
      } finally {
        if (--running === 0) onIdle?.();
      }
    },
    drained: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onIdle = resolve))),
  };
}
