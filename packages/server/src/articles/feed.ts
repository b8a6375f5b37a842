import type { ArticleSummary } from '@pbgdpl/contract';
import { atomDocument } from '../text/atom.ts';

export interface ArticleFeedInfo {
  siteName: string;
  /** The feed's own absolute URL, with its filters. */
  selfUrl: string;
  /** Absolute URL of an article's JSON, by id. */
  articleUrl: (id: number) => string;
}

/** Category schemes: the value lists as OpenAPI publishes them. */
const CATEGORY_SCHEME = 'urn:pbgdpl:ArticleCategory';
const FIELD_SCHEME = 'urn:pbgdpl:LegalField';

/** An Atom (RFC 4287) feed of articles, newest first, every text escaped. */
export function articleFeed(
  items: ArticleSummary[] | Array<Omit<ArticleSummary, 'highlight'>>,
  info: ArticleFeedInfo,
): string {
  return atomDocument(
    { title: `Tin bài PBGDPL — ${info.siteName}`, selfUrl: info.selfUrl, author: info.siteName },
    items.map((item) => ({
      url: info.articleUrl(item.id),
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
