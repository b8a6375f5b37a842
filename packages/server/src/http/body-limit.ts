import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './env.ts';
import { problem } from './problem.ts';

const readable = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;

/** Refuses bodies over `maxSize` bytes with a 413 problem that names the limit. */
export function sizeLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      problem(c, 413, {
        detail: {
          vi: `Nội dung gửi lên vượt quá ${readable(maxSize)}.`,
          en: `The body is larger than ${readable(maxSize)}.`,
        },
      }),
  });
}
