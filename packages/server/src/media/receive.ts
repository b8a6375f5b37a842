import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MediaKind } from '@pbgdpl/contract';
import { type Detected, detectHead, HEAD_BYTES } from './file-types.ts';
import { MediaRefusal, tooLarge, unsafe } from './refusal.ts';

/** A file received whole into the incoming folder, with what was learnt on the way. */
export interface Received extends Detected {
  path: string;
  size: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export interface ReceiveRules {
  /** The incoming folder. */
  dir: string;
  maxBytes: Record<MediaKind, number>;
  /** Accept only this kind. */
  use?: MediaKind | undefined;
}

const empty = () => new MediaRefusal(400, { vi: 'Tệp rỗng (0 byte)', en: 'The file is empty (0 bytes)' });

/**
 * Markup a browser would run, inside what claims to be a raster image (a JPEG/HTML polyglot).
 * Long enough tokens that compressed image data never holds one by chance.
 */
const ACTIVE_MARKUP =
  /<(?:script|html|body|head|iframe|object|embed|svg|meta|!doctype|\?php)[\s>/]|javascript:/i;
const MARKUP_OVERLAP = 16;
const RASTER = /^image\/(?!svg)/;

const polyglot = () =>
  unsafe({
    vi: 'Ảnh có chứa mã HTML hoặc mã lệnh ẩn bên trong; hãy lưu lại ảnh bằng phần mềm chỉnh ảnh rồi tải lên',
    en: 'The image carries hidden HTML or script; save it again with an image editor, then upload it',
  });

/**
 * Checks a file as it streams by, before any of it is kept: the kind from its first bytes,
 * that kind's size limit (refused the moment it is passed, not after writing it all), hidden
 * markup in raster images, and its SHA-256.
 */
class Inspector extends Transform {
  detected: Detected | undefined;
  size = 0;
  readonly #hash = createHash('sha256');
  readonly #rules: ReceiveRules;
  #head: Buffer[] = [];
  #headBytes = 0;
  #tail = '';

  constructor(rules: ReceiveRules) {
    super();
    this.#rules = rules;
  }

  get sha256(): string {
    return this.#hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.detected) return done(this.#pass(chunk, this.detected));
    this.#head.push(chunk);
    this.#headBytes += chunk.length;
    if (this.#headBytes < HEAD_BYTES) return done();
    this.#detect().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.detected) return done();
    if (this.#headBytes === 0) return done(empty());
    this.#detect().then(() => done(), done);
  }

  async #detect(): Promise<void> {
    const head = Buffer.concat(this.#head);
    this.#head = [];
    const detected = await detectHead(head, this.#rules.use);
    this.detected = detected;
    const error = this.#pass(head, detected);
    if (error) throw error;
  }

  #pass(chunk: Buffer, { kind, mediaType }: Detected): Error | undefined {
    this.size += chunk.length;
    if (this.size > this.#rules.maxBytes[kind]) return tooLarge(this.#rules.maxBytes[kind]);
    if (RASTER.test(mediaType)) {
      const text = this.#tail + chunk.toString('latin1');
      if (ACTIVE_MARKUP.test(text)) return polyglot();
      this.#tail = text.slice(-MARKUP_OVERLAP);
    }
    this.#hash.update(chunk);
    this.push(chunk);
    return undefined;
  }
}

/**
 * Receives `source` into a new file of the incoming folder, checking it as it arrives (see
 * `Inspector`). On any failure, a refusal or the sender going away, the partial file is
 * removed before the error is passed on.
 */
export async function receiveFile(source: Readable, rules: ReceiveRules): Promise<Received> {
  // Synchronously, so that the pipeline below listens to `source` before it can fail.
  mkdirSync(rules.dir, { recursive: true });
  const path = join(rules.dir, randomUUID());
  const inspector = new Inspector(rules);
  try {
    await pipeline(source, inspector, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  const { detected, size } = inspector;
  if (!detected) throw new Error('received a file without detecting it');
  return { ...detected, path, size, sha256: inspector.sha256 };
}
