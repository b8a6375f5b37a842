import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A file ready to be stored: its key names its bytes (`<hash>.<extension>`). */
export interface StoredFile {
  key: string;
  path: string;
  size: number;
}

/** Keys are the first 128 bits of the SHA-256 of the bytes, in hex, and the extension. */
export const keyOf = (sha256: string, extension: string): string => `${sha256.slice(0, 32)}.${extension}`;

/** SHA-256 of a file, read as a stream. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
