import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './connection.ts';
import type { Tables } from './schema.ts';

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Counts and sums come back as bigint (int8) or numeric, which pg hands over as strings to
 * keep precision; ours are far below 2^53, and the code expects numbers as SQLite gives them.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC
      ? Number
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A pool of connections to PostgreSQL: any number of API nodes may share the database. */
export function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // A connection dropped by the server (restart, failover, a terminated backend) fails the
  // request using it, if any, and the pool opens another; it must not end the process.
  pool.on('connect', (client) =>
    client.on('error', (error) => console.error(`PostgreSQL: ${error.message}`)),
  );
  pool.on('error', () => undefined); // an idle client's error: its own listener logged it
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    backup: null,
    close: () => db.destroy(),
  };
}
