import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../config.ts';
import type { Db, Tables } from './schema.ts';

export interface Database {
  db: Db;
  dialect: Config['database']['dialect'];
  /** SQLite online backup to a file (while the server keeps running). */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}

export function openDatabase(config: Config['database']): Database {
  if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
  const sqlite = new SqliteDatabase(config.path);
  // WAL lets readers run while one writer writes; NORMAL sync is safe with WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
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
