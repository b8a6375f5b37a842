import type { ArticleSummary } from '@pbgdpl/contract';
import { atomDocument, type FeedLinks } from '../text/atom.ts';

/** Category schemes: the value lists as OpenAPI publishes them. */
const CATEGORY_SCHEME = 'urn:pbgdpl:ArticleCategory';
const FIELD_SCHEME = 'urn:pbgdpl:LegalField';

/** An Atom (RFC 4287) feed of articles, newest first, every text escaped. */
export function articleFeed(
  items: ArticleSummary[] | Array<Omit<ArticleSummary, 'highlight'>>,
  info: FeedLinks,
): string {
  return atomDocument(
    { title: `Tin bài PBGDPL — ${info.siteName}`, selfUrl: info.selfUrl, author: info.siteName },
    items.map((item) => ({
      url: info.itemUrl(item.id),
      linkType: 'application/json',
      title: item.title,
      updated: item.updatedAt,
      published: item.publishedAt,
      author: item.unit.name,
      categories: [
        [CATEGORY_SCHEME, item.category],
        ...item.fields.map((field): [string, string] => [FIELD_SCHEME, field]),
      ],
      summary: item.summary || null,
    })),
  );
}
