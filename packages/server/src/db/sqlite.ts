import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqlite } from 'kysely';
import { LruCache } from '../lru-cache.ts';
import type { Database } from './connection.ts';
import type { Tables } from './schema.ts';

/** Distinct statements kept prepared (the app has a few hundred; lists of ids vary in length). */
const STATEMENTS_KEPT = 1000;

/**
 * The connection as Kysely sees it, preparing each distinct statement once: Kysely's driver
 * prepares on every query, which cost a tenth of a public GET's time.
 */
function preparingOnce(sqlite: SqliteDatabase.Database): KyselySqlite {
  const statements = new LruCache<SqliteDatabase.Statement>(STATEMENTS_KEPT);
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const kept = statements.get(sql);
      // A statement still stepping through a streamed result cannot start again: use another.
      if (kept && !kept.busy) return kept;
      const statement = sqlite.prepare(sql);
      if (!kept) statements.set(sql, statement);
      return statement;
    },
  };
}

/** One SQLite file (or `:memory:`), shared safely by several processes on one machine. */
export function openSqlite(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  // First, so every later statement (switching to WAL too) waits for another process's write
  // instead of failing: a node starting beside one that is still seeding waits for it.
  sqlite.pragma('busy_timeout = 15000');
  // WAL lets readers run while one writer writes; NORMAL sync is safe with WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: preparingOnce(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    backup: async (file) => {
      mkdirSync(dirname(file), { recursive: true });
      await sqlite.backup(file);
    },
    close: () => db.destroy(),
  };
}
