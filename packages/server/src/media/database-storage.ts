import { open } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import type { MediaStorage } from './storage.ts';

/** Bytes per stored chunk: small enough to read a range without much waste, large enough for few rows. */
export const CHUNK_BYTES = 256 * 1024;
/**
 * Bytes read per query while sending. PostgreSQL sends bytea as hex text, which node-postgres
 * turns into a string before the bytes: a slice of 48 KB makes a string of 96 KB, below V8's
 * large-object size, so it dies young and cheaply. Whole 256 KB chunks, four per query, made
 * 20 readers of a large video grow a node by 80–100 MB (`pnpm bench:media`).
 */
const SLICE_BYTES = 48 * 1024;

/**
 * Files in the `media_chunks` table, in chunks of 256 KB, written in the caller's transaction
 * (a file and the row naming it commit together). Any node on the database serves any file.
 */
export function databaseStorage(db: Db): MediaStorage {
  return {
    async put(key, path) {
      const stored = await db
        .selectFrom('media_chunks')
        .select('key')
        .where('key', '=', key)
        .limit(1)
        .execute();
      if (stored.length > 0) return;
      const file = await open(path);
      try {
        for (let position = 0; ; position++) {
          const buffer = Buffer.alloc(CHUNK_BYTES);
          const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, position * CHUNK_BYTES);
          if (bytesRead === 0) break;
          await db
            .insertInto('media_chunks')
            .values({ key, position, data: buffer.subarray(0, bytesRead) })
            .onConflict((oc) => oc.columns(['key', 'position']).doNothing())
            .execute();
        }
      } finally {
        await file.close();
      }
    },

    async *read(key, { start, end }) {
      for (let from = start; from <= end; ) {
        const position = Math.floor(from / CHUNK_BYTES);
        const offset = from - position * CHUNK_BYTES;
        const length = Math.min(SLICE_BYTES, CHUNK_BYTES - offset, end + 1 - from);
        const row = await db
          .selectFrom('media_chunks')
          .select(sql<Uint8Array>`substr(data, ${offset + 1}, ${length})`.as('data'))
          .where('key', '=', key)
          .where('position', '=', position)
          .executeTakeFirst();
        if (!row || row.data.length === 0) throw new Error(`media ${key}: chunk ${position} missing`);
        yield row.data;
        from += row.data.length;
      }
    },

    async remove(key) {
      await db.deleteFrom('media_chunks').where('key', '=', key).execute();
    },
  };
}
