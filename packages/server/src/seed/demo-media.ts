import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { MediaFileName } from '@pbgdpl/contract';
import type { MediaConfig } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { MediaRefusal } from '../media/refusal.ts';
import { addUpload, receiveStream } from '../media/upload.ts';
import { checked, DemoContentError } from './demo-file.ts';

/** Who the audit log and the workflow's history say added the demo's files and articles. */
export const DEMO_ACTOR = 'Dữ liệu mẫu (demo)';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Adds every file of the demo's `media/` folder to the library the way an editor's upload is
 * added (received as a stream, read and checked from its bytes, stored, audited), and returns
 * how the demo's data files name them: `/media/banners/x.svg` → the library's address.
 */
export async function loadDemoMedia(
  db: Db,
  now: Date,
  dir: string,
  config: MediaConfig,
): Promise<Map<string, string>> {
  const addresses = new Map<string, string>();
  const root = join(dir, 'media');
  for (const file of filesUnder(root)) {
    const where = `media/${relative(root, file)}`;
    const name = checked(MediaFileName, basename(file), where);
    try {
      const received = await receiveStream(config, createReadStream(file));
      const item = await addUpload({ config, db, now, actor: DEMO_ACTOR }, received, name, {});
      addresses.set(`/${where}`, item.url);
    } catch (error) {
      if (error instanceof MediaRefusal) throw new DemoContentError(where, { file: [error.reason.vi] });
      throw error;
    }
  }
  return addresses;
}

/** Text with every demo path replaced by the library's address (longest first: no path is cut short). */
export function withLibraryAddresses(addresses: Map<string, string>): (text: string) => string {
  const paths = [...addresses.keys()].sort((a, b) => b.length - a.length);
  return (text) => paths.reduce((result, path) => result.replaceAll(path, addresses.get(path) ?? path), text);
}
