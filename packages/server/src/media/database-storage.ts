import { open } from 'node:fs/promises';
import type { Db } from '../db/schema.ts';
import type { MediaStorage } from './storage.ts';

/** Bytes per stored chunk: small enough to read a range without much waste, large enough for few rows. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks read per query while sending: about 1 MB in memory per response at most. */
const CHUNKS_PER_READ = 4;

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
      const last = Math.floor(end / CHUNK_BYTES);
      for (let first = Math.floor(start / CHUNK_BYTES); first <= last; first += CHUNKS_PER_READ) {
        const upTo = Math.min(last, first + CHUNKS_PER_READ - 1);
        const rows = await db
          .selectFrom('media_chunks')
          .select(['position', 'data'])
          .where('key', '=', key)
          .where('position', '>=', first)
          .where('position', '<=', upTo)
          .orderBy('position')
          .execute();
        if (rows.length !== upTo - first + 1)
          throw new Error(`media ${key}: chunks ${first}–${upTo} missing`);
        for (const { position, data } of rows) {
          const offset = position * CHUNK_BYTES;
          const from = Math.max(start, offset) - offset;
          const to = Math.min(end + 1, offset + data.length) - offset;
          yield data.subarray(from, to);
        }
      }
    },

    async remove(key) {
      await db.deleteFrom('media_chunks').where('key', '=', key).execute();
    },
  };
}
