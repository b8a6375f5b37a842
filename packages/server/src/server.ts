import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createFirstAdmin } from './accounts/first-admin.ts';
import { createApp, responseCache } from './app.ts';
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startMailSender } from './mail/mail-sender.ts';
import { startOverdueNotices } from './questions/overdue-notices.ts';
import { sourceSync } from './sources/sync.ts';
import { answerFromCache } from './http/cached-listener.ts';
import { seedIfEmpty } from './seed/seed.ts';
import { listenForChanges } from './dialogues/change-listener.ts';
import { dialogueStreams } from './dialogues/stream-hub.ts';
import { repeat } from './periodic.ts';
import { dialogueChangesRepository } from './repositories/dialogue-changes.ts';
import { STATUS_CHECK_INTERVAL_MS, statusKeeper } from './documents/status-refresh.ts';

/** How often a node drops changes the live streams no longer need. */
const PRUNE_INTERVAL_MS = 3_600_000;

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
  const cache = responseCache(database.db, config, clock);
  const statuses = statusKeeper(database.db, clock);
  const { database: where } = config;
  const streams = dialogueStreams(database.db, config.streams, {
    onStart:
      where.dialect === 'postgres' ? () => listenForChanges(where.url, () => streams.wake()) : undefined,
  });
  const app = createApp({ db: database.db, config, clock, cache, statuses, streams });
  // The daily job: statuses move when the day turns even if nobody reads, so caches keyed on
  // the documents' data version drop what they held.
  const statusTimer = setInterval(() => void statuses.ensure(), STATUS_CHECK_INTERVAL_MS);
  statusTimer.unref();
  const requests = inFlight(app.fetch);
  const answer = getRequestListener(requests.fetch, { hostname: config.host });
  // Held public answers go out before Hono is involved; everything else goes through the app.
  const server = createServer((req, res) => {
    if (!answerFromCache(cache, req, res)) void answer(req, res);
  });
  server.listen(config.port, config.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    clearInterval(statusTimer);
    await database.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}/`;
  const mail = config.mail && startMailSender(database.db, config.mail, clock);
  // Without e-mail there is no one to tell: the queue's overdue flag is all there is.
  const overdue =
    config.mail &&
    startOverdueNotices(database.db, config, clock, config.publicUrl ?? url.replace(/\/$/, ''));
  const sync = sourceSync(database.db, config, clock);
  sync.start();
  // Changes older than a client could still resume from are of no use; every node may prune.
  const keepMs = config.streams.keepHours * 3_600_000;
  const pruning = repeat(
    PRUNE_INTERVAL_MS,
    () => dialogueChangesRepository(database.db).prune(new Date(clock().getTime() - keepMs)),
    'pruning dialogue changes failed:',
  );
  return {
    url,
    close: async () => {
      clearInterval(statusTimer);
      // Open streams would hold the server open: they end first (clients reconnect elsewhere).
      await streams.close();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // A client that hung up closed its connection, but its request may still be running.
      await requests.drained();
      await overdue?.stop();
      await mail?.stop();
      await sync.stop();
      await pruning.stop();
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
