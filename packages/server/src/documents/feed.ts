import { escapeHtml } from '@pbgdpl/contract/html-policy';

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

export interface FeedInfo {
  siteName: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** Absolute URL of a document's JSON, by id. */
  documentUrl: (id: number) => string;
}

/**
 * Characters XML 1.0 forbids even escaped (controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF); one of them would make the whole feed unreadable.
 */
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;
const xml = (text: string) => escapeHtml(text.replace(NOT_XML, ''));
const EPOCH = new Date(0).toISOString();
/** Category schemes: the value lists as OpenAPI publishes them. */
const TYPE_SCHEME = 'urn:pbgdpl:DocumentType';
const STATUS_SCHEME = 'urn:pbgdpl:DocumentStatus';

function entry(item: FeedEntry, info: FeedInfo): string {
  const url = xml(info.documentUrl(item.id));
  return [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title>${xml(`${item.number} — ${item.title}`)}</title>`,
    `    <link rel="alternate" type="application/json" href="${url}"/>`,
    `    <updated>${xml(item.updatedAt)}</updated>`,
    item.publishedAt ? `    <published>${xml(item.publishedAt)}</published>` : '',
    `    <author><name>${xml(item.issuerName)}</name></author>`,
    `    <category scheme="${TYPE_SCHEME}" term="${xml(item.type)}"/>`,
    `    <category scheme="${STATUS_SCHEME}" term="${xml(item.status)}"/>`,
    item.summary ? `    <summary>${xml(item.summary)}</summary>` : '',
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** An Atom (RFC 4287) feed of documents, every text escaped. */
export function atomFeed(items: FeedEntry[], info: FeedInfo): string {
  const updated = items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), EPOCH);
  const self = xml(info.selfUrl);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${self}</id>`,
    `  <title>${xml(`Văn bản pháp luật mới — ${info.siteName}`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${self}"/>`,
    `  <author><name>${xml(info.siteName)}</name></author>`,
    ...items.map((item) => entry(item, info)),
    '</feed>',
    '',
  ].join('\n');
}
