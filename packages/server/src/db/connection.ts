import type { Config } from '../config.ts';
import { openPostgres } from './postgres.ts';
import type { Db } from './schema.ts';
import { openSqlite } from './sqlite.ts';

export interface Database {
  db: Db;
  dialect: Config['database']['dialect'];
  /** SQLite online backup to a file (while the server keeps running); null on PostgreSQL, which has pg_dump. */
  backup: ((file: string) => Promise<void>) | null;
  close(): Promise<void>;
}

/** SQLite or PostgreSQL, as DATABASE_URL says; the rest of the code does not ask which. */
export function openDatabase(config: Config['database']): Database {
  return config.dialect === 'postgres' ? openPostgres(config.url, config.poolSize) : openSqlite(config.path);
}
