import type { BodyImage } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { MEDIA_PREFIX, mediaRepository } from './media.ts';

/** `src` of every image in sanitized HTML (the sanitizer writes attributes double-quoted). */
const IMAGE_SOURCES = /<img\b[^>]*?\ssrc="([^"]+)"/g;

/**
 * The library images a text shows that have smaller copies, so a widget can give them
 * `srcset`: each address once, in the order they appear.
 */
export async function bodyImages(db: Db, html: string | null): Promise<BodyImage[]> {
  const sources = [...(html ?? '').matchAll(IMAGE_SOURCES)].map((match) => match[1] ?? '');
  const urls = [...new Set(sources)].filter((url) => url.startsWith(MEDIA_PREFIX));
  if (urls.length === 0) return [];
  const items = await mediaRepository(db).byUrls(urls);
  return urls.flatMap((url) => {
    const item = items.get(url);
    return item?.width && item.variants.length > 0
      ? [{ url, width: item.width, variants: item.variants }]
      : [];
  });
}
