import type { MediaUser } from '@pbgdpl/contract';
import { containsText } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';

/**
 * The items that use a file of the library, by its addresses: a banner's image, a video's poster,
 * sources or captions, a document's attachments, materials or full text (links and figures), an
 * article's cover, attachments or body.
 * Addresses hold a content hash, so a plain substring match cannot mistake one file for another.
 */
export function mediaUsersRepository(db: Db) {
  return {
    async usersOf(urls: readonly string[]): Promise<MediaUser[]> {
      const naming = (column: 'sources' | 'captions' | 'attachments' | 'materials' | 'body') =>
        urls.map((url) => containsText(column, url));
      const banners = await db
        .selectFrom('banners')
        .select(['id', 'title'])
        .where('image_url', 'in', urls)
        .orderBy('id')
        .execute();
      const videos = await db
        .selectFrom('videos')
        .select(['id', 'title'])
        .where((eb) => eb.or([eb('poster_url', 'in', urls), ...naming('sources'), ...naming('captions')]))
        .orderBy('id')
        .execute();
      const documents = await db
        .selectFrom('documents')
        .select(['id', 'title'])
        .where((eb) => eb.or([...naming('attachments'), ...naming('materials'), ...naming('body')]))
        .orderBy('id')
        .execute();
      const articles = await db
        .selectFrom('articles')
        .select(['id', 'title'])
        .where((eb) => eb.or([eb('cover_url', 'in', urls), ...naming('attachments'), ...naming('body')]))
        .orderBy('id')
        .execute();
      return [
        ...articles.map((row) => ({ kind: 'article' as const, ...row })),
        ...documents.map((row) => ({ kind: 'document' as const, ...row })),
        ...videos.map((row) => ({ kind: 'video' as const, ...row })),
        ...banners.map((row) => ({ kind: 'banner' as const, ...row })),
      ];
    },
  };
}
