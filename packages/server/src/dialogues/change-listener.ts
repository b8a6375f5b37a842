import pg from 'pg';
import { CHANGES_CHANNEL } from '../repositories/dialogue-changes.ts';

/** After a lost connection, the listener tries again this much later (polling goes on meanwhile). */
const RECONNECT_MS = 5_000;

/**
 * PostgreSQL only: one connection of the node LISTENs for the NOTIFY each change sends at
 * commit and calls `wake`, so streams hear of a change at once rather than at the next poll.
 * Polling stays the safety net: a lost connection is only logged and opened again. Answers the
 * function that stops listening.
 */
export function listenForChanges(url: string, wake: () => void): () => void {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const again = () => {
    if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS).unref();
  };

  async function connect(): Promise<void> {
    const connection = new pg.Client({ connectionString: url });
    connection.on('notification', wake);
    connection.on('error', (error) => {
      console.error(`PostgreSQL LISTEN ${CHANGES_CHANNEL}: ${error.message}`);
      void connection.end().catch(() => undefined);
      if (client === connection) {
        client = null;
        again();
      }
    });
    try {
      await connection.connect();
      await connection.query(`listen ${CHANGES_CHANNEL}`);
    } catch (error) {
      console.error(`PostgreSQL LISTEN ${CHANGES_CHANNEL}: ${(error as Error).message}`);
      void connection.end().catch(() => undefined);
      again();
      return;
    }
    if (stopped) await connection.end().catch(() => undefined);
    else client = connection;
  }

  void connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    void client?.end().catch(() => undefined);
    client = null;
  };
}
