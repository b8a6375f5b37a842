import { open } from 'node:fs/promises';

/** Reads byte ranges of a file on demand, for parsers that seek (video boxes, PDF cross-references). */
export async function withFileReader<T>(
  path: string,
  work: (read: (offset: number, length: number) => Promise<Uint8Array>, size: number) => Promise<T>,
): Promise<T> {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    const read = async (offset: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    };
    return await work(read, size);
  } finally {
    await file.close();
  }
}
