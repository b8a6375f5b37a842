import { createReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaStorage } from './storage.ts';

/** Files under `dir`, in folders named by their key's first two characters (no folder of millions). */
export function diskStorage(dir: string): MediaStorage {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), key);
  return {
    async put(key, path) {
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      // Same bytes, same key: replacing an existing copy changes nothing.
      await rename(path, pathOf(key));
    },
    read: (key, { start, end }) => createReadStream(pathOf(key), { start, end, highWaterMark: 64 * 1024 }),
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
