import type { Context } from 'hono';
import { type ByteRange, parseByteRange } from './byte-range.ts';

/** Bytes to send (a stored file, a file on disk) and what validates them. */
export interface ByteSource {
  size: number;
  /** A strong validator: the same value means the same bytes. */
  etag: string;
  lastModified: Date;
  /** Content-Type, Cache-Control and any others the response carries. */
  headers: Record<string, string>;
  /** The bytes of `range`, read as they are sent. */
  read(range: ByteRange): AsyncIterable<Uint8Array>;
}

/**
 * A pull stream over the chunks `open` gives, opened at the first read: a chunk is read only
 * when the client has taken the previous one, so a slow reader holds one chunk in memory, and
 * one who leaves stops the reading.
 */
function pullStream(open: () => AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= open()[Symbol.asyncIterator]();
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

const httpDate = (date: Date) => date.toUTCString();
/** HTTP dates have whole seconds. */
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Weak comparison (RFC 9110 §8.8.3.2): `W/"x"` matches `"x"`; `*` matches anything. */
function noneMatch(header: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => bare(tag) === bare(etag));
}

function notModified(c: Context, source: ByteSource): boolean {
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined) return noneMatch(ifNoneMatch, source.etag);
  const since = Date.parse(c.req.header('If-Modified-Since') ?? '');
  return Number.isFinite(since) && seconds(source.lastModified) <= Math.floor(since / 1000);
}

/** If-Range: the range holds only for the representation the client has (strong ETag or exact date). */
function rangeStillValid(c: Context, source: ByteSource): boolean {
  const ifRange = c.req.header('If-Range')?.trim();
  if (ifRange === undefined) return true;
  if (ifRange.startsWith('"') || ifRange.startsWith('W/')) return ifRange === source.etag;
  const date = Date.parse(ifRange);
  return Number.isFinite(date) && Math.floor(date / 1000) === seconds(source.lastModified);
}

/**
 * Answers a GET or HEAD for `source` (RFC 9110): 304 for a copy the client still has
 * (If-None-Match, If-Modified-Since), 206 for one byte range (If-Range honoured), 416 for a
 * range past the end, otherwise 200; the body streams from `read`, never whole in memory.
 */
export function sendBytes(c: Context, source: ByteSource): Response {
  const headers: Record<string, string> = {
    ...source.headers,
    ETag: source.etag,
    'Last-Modified': httpDate(source.lastModified),
    // Players seek and resume by asking for byte ranges.
    'Accept-Ranges': 'bytes',
  };
  if (notModified(c, source)) return c.body(null, 304, headers);
  const asked = rangeStillValid(c, source) ? parseByteRange(c.req.header('Range'), source.size) : undefined;
  if (asked === 'unsatisfiable')
    return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${source.size}` });
  const range = asked ?? { start: 0, end: source.size - 1 };
  const length = Math.max(0, range.end - range.start + 1);
  const status = asked ? 206 : 200;
  if (asked) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${source.size}`;
  headers['Content-Length'] = String(length);
  if (c.req.method === 'HEAD' || length === 0) return c.body(null, status, headers);
  return c.body(
    pullStream(() => source.read(range)),
    status,
    headers,
  );
}
