import type { MediaConfig } from '../config.ts';
import type { Db } from '../db/schema.ts';
import type { ByteRange } from '../http/byte-range.ts';
import { databaseStorage } from './database-storage.ts';
import { diskStorage } from './disk-storage.ts';

/**
 * Where the library's bytes live, by key (`<content hash>.<extension>`, so equal bytes share
 * one key and storing a key twice stores it once). Two backends: a directory (one machine or a
 * shared volume) and the database (every node serves every file).
 */
export interface MediaStorage {
  /** Keeps the file at `path` under `key`; the file may be moved away (the caller removes what is left). */
  put(key: string, path: string): Promise<void>;
  /** The bytes of `key` in `range`, read as they are sent: never the whole file at once. */
  read(key: string, range: ByteRange): AsyncIterable<Uint8Array>;
  /** Forgets `key`; nothing happens when it is not there. */
  remove(key: string): Promise<void>;
}

/** The configured storage; `db` is the transaction a database storage writes in. */
export const mediaStorage = (config: MediaConfig, db: Db): MediaStorage =>
  config.storage === 'database' ? databaseStorage(db) : diskStorage(config.dir);

/** Uploads arrive here first, on the same disk as a disk storage so that storing is a rename. */
export const incomingDir = (config: MediaConfig): string => `${config.dir}/.incoming`;
