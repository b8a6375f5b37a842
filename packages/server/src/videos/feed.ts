import type { AdminVideo } from '@pbgdpl/contract';
import { atomDocument, type FeedLinks } from '../text/atom.ts';

/** Category schemes: the value lists as OpenAPI publishes them. */
const CATEGORY_SCHEME = 'urn:pbgdpl:VideoCategory';
const FIELD_SCHEME = 'urn:pbgdpl:LegalField';

/** An Atom (RFC 4287) feed of videos, newest first, every text escaped. */
export function videoFeed(items: AdminVideo[], info: FeedLinks): string {
  return atomDocument(
    { title: `Video pháp luật — ${info.siteName}`, selfUrl: info.selfUrl, author: info.siteName },
    items.map((video) => ({
      url: info.itemUrl(video.id),
      linkType: 'application/json',
      title: video.title,
      updated: video.updatedAt,
      published: video.publishedAt,
      author: video.unit?.name ?? info.siteName,
      categories: [
        [CATEGORY_SCHEME, video.category],
        ...video.fields.map((field): [string, string] => [FIELD_SCHEME, field]),
      ],
      summary: video.description || null,
    })),
  );
}
