import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where generated media go: `demo-content/media/<kind>/`, served under `/media/<kind>/`. */
export const mediaDir = (kind: 'banners' | 'documents' | 'videos'): string =>
  fileURLToPath(new URL(`../media/${kind}/`, import.meta.url));

/** A data file of `demo-content/` as parsed JSON; the server's loader checks it, the scripts trust it. */
export const readDemoJson = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as T;

/** The file name a `/media/...` URL points to. */
export const mediaFileName = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

/** True when the module is the script node was started with, not an import. */
export const isMain = (meta: ImportMeta): boolean =>
  process.argv[1] !== undefined && fileURLToPath(meta.url) === process.argv[1];
