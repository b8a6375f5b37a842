import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { perHeaderValue } from './header-memo.ts';
import { etagMatches } from './cache.ts';

/** Content codings we send, best first; identity is always possible. */
const CODINGS = ['br', 'gzip'] as const;
type Coding = (typeof CODINGS)[number] | 'identity';

/** Below this, compressing saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 860;
/** What one answer costs besides its bodies (key, headers, objects), for the byte budget. */
const OVERHEAD_BYTES = 1024;

const compressors: Record<(typeof CODINGS)[number], (body: Buffer) => Promise<Buffer>> = {
  // Quality 5: within a few per cent of the best for JSON at a fiftieth of the time of 11.
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};

/** What a client sends that decides the reply to a held answer. */
export interface AnswerRequest {
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
}

export interface Reply {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

/**
 * A public answer kept ready to send: the body serialised once, its ETag, the headers the
 * route gave it, and compressed copies once they are made (in the background).
 */
export class CachedAnswer {
  readonly #bodies = new Map<Coding, Buffer>();
  readonly #plain: Buffer;
  /** The tags of the bodies held: a client holding any of them has this answer. */
  readonly #tags: string[] = [];
  readonly #replies = new Map<string, Reply>();

  constructor(
    /** The route's ETag for the uncompressed body (a hash of it: the same on every node). */
    readonly etag: string,
    readonly headers: Readonly<Record<string, string>>,
    body: Buffer,
    /** Clock time (ms) after which the answer may have changed without a write (a schedule); Infinity: never. */
    readonly expiresAt: number,
  ) {
    this.#plain = body;
    this.#keep('identity', body);
  }

  /** A storable answer from a route's response: 200, public, with an ETag; undefined otherwise. */
  static async of(response: Response, expiresAt: number): Promise<CachedAnswer | undefined> {
    const etag = response.headers.get('ETag');
    if (response.status !== 200 || !etag || !/\bpublic\b/.test(response.headers.get('Cache-Control') ?? ''))
      return undefined;
    const headers: Record<string, string> = {};
    for (const [name, value] of response.headers) if (name !== 'content-length') headers[name] = value;
    headers['vary'] = headers['vary'] ? `${headers['vary']}, Accept-Encoding` : 'Accept-Encoding';
    return new CachedAnswer(etag, headers, Buffer.from(await response.arrayBuffer()), expiresAt);
  }

  /** Bytes held, for the cache's budget. */
  get bytes(): number {
    let total = OVERHEAD_BYTES;
    for (const body of this.#bodies.values()) total += body.length;
    return total;
  }

  /** Makes the compressed copies, off the event loop; `done` runs once they are kept. */
  compress(done: () => void): void {
    const body = this.#plain;
    if (body.length < MIN_COMPRESS_BYTES) return;
    void Promise.all(
      CODINGS.map(async (coding) => {
        const compressed = await compressors[coding](body);
        if (compressed.length < body.length) this.#keep(coding, compressed);
      }),
    ).then(done, (error: unknown) => console.error('compressing a cached answer failed:', error));
  }

  /** The reply to one request: the best coding it accepts that is ready, or 304 when it has this. */
  replyTo(request: AnswerRequest): Reply {
    const coding =
      CODINGS.find((c) => this.#bodies.has(c) && accepts(request.acceptEncoding, c)) ?? 'identity';
    const notModified = this.#tags.some((tag) => etagMatches(request.ifNoneMatch, tag));
    const memo = `${coding} ${notModified}`;
    let reply = this.#replies.get(memo);
    if (!reply) {
      reply = this.#reply(coding, notModified);
      this.#replies.set(memo, reply);
    }
    return reply;
  }

  #reply(coding: Coding, notModified: boolean): Reply {
    const headers: Record<string, string> = { ...this.headers, etag: tagOf(this.etag, coding) };
    if (notModified) {
      delete headers['content-type'];
      return { status: 304, headers, body: null };
    }
    const body = this.#bodies.get(coding) ?? this.#plain;
    if (coding !== 'identity') headers['content-encoding'] = coding;
    headers['content-length'] = String(body.length);
    return { status: 200, headers, body };
  }

  #keep(coding: Coding, body: Buffer): void {
    this.#bodies.set(coding, body);
    this.#tags.push(tagOf(this.etag, coding));
  }
}

/**
 * A compressed body is another representation, so it gets its own strong tag (RFC 9110 8.8.3):
 * the body's tag with the coding added inside the quotes.
 */
const tagOf = (etag: string, coding: Coding) =>
  coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`;

/** Whether an Accept-Encoding value allows `coding` (q > 0, by name or `*`). */
const accepts = (acceptEncoding: string | undefined, coding: string): boolean =>
  acceptEncoding !== undefined && acceptedCodings(acceptEncoding).has(coding);

const acceptedCodings = perHeaderValue((acceptEncoding) => {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    (q !== undefined && Number(q.slice(2)) === 0 ? refused : accepted).add(name.trim());
  }
  if (accepted.has('*')) for (const c of CODINGS) if (!refused.has(c)) accepted.add(c);
  return accepted;
});
