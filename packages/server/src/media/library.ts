import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MediaKind } from '@pbgdpl/contract';
import type { MediaConfig } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { mediaRepository, type NewMedia } from '../repositories/media.ts';
import type { Ingested } from './ingest.ts';
import type { Received } from './receive.ts';
import { mediaStorage } from './storage.ts';

/** Who adds a file, and what they said of it. */
export interface Described {
  title: string;
  alt: string | null;
  caption: string | null;
  unitId: string | null;
  uploadedBy: string;
}

/** The keys of an ingested file and its variants. */
const keysOf = (ingested: Ingested) => [ingested.original.key, ...ingested.variants.map((v) => v.key)];

/** What the library records of an ingested file. */
export const newMedia = (ingested: Ingested, described: Described): NewMedia => ({
  ...described,
  key: ingested.original.key,
  name: ingested.name,
  kind: ingested.kind satisfies MediaKind,
  mediaType: ingested.mediaType,
  size: ingested.size,
  width: ingested.width,
  height: ingested.height,
  durationSeconds: ingested.durationSeconds,
  pages: ingested.pages,
  variants: ingested.variants.map(({ key, width, height, size }) => ({ key, width, height, size })),
});

/**
 * Stores the files of an ingestion in `trx` (the transaction that writes its entry): with the
 * database as storage they commit or roll back together; on disk, files of a failed write are
 * forgotten again unless another entry shares them.
 */
export async function storeFiles(config: MediaConfig, trx: Db, ingested: Ingested): Promise<void> {
  const storage = mediaStorage(config, trx);
  for (const file of [ingested.original, ...ingested.variants]) await storage.put(file.key, file.path);
}

/** Forgets stored files no entry names any more (after a delete, or a write that failed). */
export async function forgetUnused(config: MediaConfig, db: Db, keys: readonly string[]): Promise<void> {
  const storage = mediaStorage(config, db);
  for (const key of keys) if (!(await mediaRepository(db).isStored(key))) await storage.remove(key);
}

/**
 * Stores the files and writes the entry with `write`, in one transaction (the caller's, when
 * `db` is one: the seed loads the demo all or nothing); returns what `write` returns.
 */
export async function addToLibrary<T>(
  config: MediaConfig,
  db: Db,
  ingested: Ingested,
  write: (trx: Db) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) {
    await storeFiles(config, db, ingested);
    return write(db);
  }
  try {
    return await db.transaction().execute(async (trx) => {
      await storeFiles(config, trx, ingested);
      return write(trx);
    });
  } catch (error) {
    await forgetUnused(config, db, keysOf(ingested));
    throw error;
  }
}

/** Removes a received file and everything made from it (`<file>.clean`, `<file>.w640`, `<file>.vtt`). */
export async function discardReceived(received: Received): Promise<void> {
  const dir = dirname(received.path);
  const prefix = basename(received.path);
  const made = (await readdir(dir)).filter((name) => name === prefix || name.startsWith(`${prefix}.`));
  await Promise.all(made.map((name) => rm(join(dir, name), { force: true })));
}
