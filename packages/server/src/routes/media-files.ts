import { create as contentDisposition } from 'content-disposition';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { problem } from '../http/problem.ts';
import { sendBytes } from '../http/send-bytes.ts';
import { mediaStorage } from '../media/storage.ts';
import { mediaRepository, parseMediaPath, type StoredMedia } from '../repositories/media.ts';

/** An SVG opened by itself runs nothing even if it could: no scripts, no requests, a sandbox. */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** `Quyết định số 5.pdf` → `Quyet dinh so 5.pdf` for clients that do not read `filename*`. */
const asciiName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');

function headersOf(file: StoredMedia): Record<string, string> {
  const documents = file.kind === 'document';
  return {
    'Content-Type': file.mediaType === 'text/vtt' ? 'text/vtt; charset=utf-8' : file.mediaType,
    // The address holds the content's hash and the entry, whose name is fixed: it never changes.
    'Cache-Control': 'public, max-age=31536000, immutable',
    // Documents download under their Vietnamese name (RFC 6266, filename* of RFC 8187);
    // pictures, videos and captions show in place, and keep the name for "save as".
    'Content-Disposition': contentDisposition(file.name, {
      type: documents ? 'attachment' : 'inline',
      fallback: asciiName(file.name),
    }),
    // Widgets on other sites show these: readable from any origin.
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    ...(file.mediaType === 'image/svg+xml' ? { 'Content-Security-Policy': SVG_POLICY } : {}),
  };
}

/**
 * `/media/<entry id>/<key>` (and `/media/<key>`, the first entry of the key): the library's
 * files from its storage (disk or database), streamed with byte ranges and validators (see
 * `sendBytes`), named after their entry. The key is the content's hash: the ETag, and with the
 * entry's fixed name why the address may be cached for a year.
 */
export function mediaFileRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.on(['GET', 'HEAD'], ['/media/:key', '/media/:id{[1-9][0-9]{0,15}}/:key'], async (c) => {
    const parsed = parseMediaPath(new URL(c.req.url).pathname);
    const file = parsed && (await mediaRepository(deps.db).stored(parsed.key, parsed.id));
    if (!file || !parsed) return problem(c, 404);
    const { key } = parsed;
    return sendBytes(c, {
      size: file.size,
      etag: `"${key.slice(0, 32)}"`,
      lastModified: new Date(file.createdAt),
      headers: headersOf(file),
      read: (range) => mediaStorage(deps.config.media, deps.db).read(key, range),
    });
  });
}
