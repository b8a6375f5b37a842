import type { MediaUser } from '@pbgdpl/contract';
import { containsText } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';

/**
 * The items that use a file of the library, by its address: a banner's image, a video's poster,
 * sources or captions, a document's attachments, materials or full text (links and figures), an
 * article's cover, attachments or body.
 * Addresses hold a content hash, so a plain substring match cannot mistake one file for another.
 */
export function mediaUsersRepository(db: Db) {
  return {
    async usersOf(url: string): Promise<MediaUser[]> {
      const banners = await db
        .selectFrom('banners')
        .select(['id', 'title'])
        .where('image_url', '=', url)
        .orderBy('id')
        .execute();
      const videos = await db
        .selectFrom('videos')
        .select(['id', 'title'])
        .where((eb) =>
          eb.or([eb('poster_url', '=', url), containsText('sources', url), containsText('captions', url)]),
        )
        .orderBy('id')
        .execute();
      const documents = await db
        .selectFrom('documents')
        .select(['id', 'title'])
        .where((eb) =>
          eb.or([
            containsText('attachments', url),
            containsText('materials', url),
            containsText('body', url),
          ]),
        )
        .orderBy('id')
        .execute();
      const articles = await db
        .selectFrom('articles')
        .select(['id', 'title'])
        .where((eb) =>
          eb.or([eb('cover_url', '=', url), containsText('attachments', url), containsText('body', url)]),
        )
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
