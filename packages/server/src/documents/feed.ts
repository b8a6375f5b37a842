import { atomDocument, type FeedLinks } from '../text/atom.ts';

export interface FeedEntry {
  id: number;
  number: string;
  title: string;
  summary: string | null;
  type: string;
  status: string;
  issuerName: string;
  publishedAt: string | null;
  updatedAt: string;
}

/** Category schemes: the value lists as OpenAPI publishes them. */
const TYPE_SCHEME = 'urn:pbgdpl:DocumentType';
const STATUS_SCHEME = 'urn:pbgdpl:DocumentStatus';

/** An Atom (RFC 4287) feed of documents, every text escaped. */
export function atomFeed(items: FeedEntry[], info: FeedLinks): string {
  return atomDocument(
    { title: `Văn bản pháp luật mới — ${info.siteName}`, selfUrl: info.selfUrl, author: info.siteName },
    items.map((item) => ({
      url: info.itemUrl(item.id),
      linkType: 'application/json',
      title: `${item.number} — ${item.title}`,
      updated: item.updatedAt,
      published: item.publishedAt,
      author: item.issuerName,
      categories: [
        [TYPE_SCHEME, item.type],
        [STATUS_SCHEME, item.status],
      ],
      summary: item.summary,
    })),
  );
}
