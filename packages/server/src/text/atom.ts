import { escapeHtml } from '@pbgdpl/contract/html-policy';

/**
 * Characters XML 1.0 forbids even escaped (controls other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF); one of them would make the whole feed unreadable.
 */
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;
export const xml = (text: string): string => escapeHtml(text.replace(NOT_XML, ''));
const EPOCH = new Date(0).toISOString();

/** What a feed of items needs from its route: the site, its own URL and each item's URL. */
export interface FeedLinks {
  siteName: string;
  /** The feed's own absolute URL (with its filters). */
  selfUrl: string;
  /** Absolute URL of an item's JSON, by id. */
  itemUrl: (id: number) => string;
}

export interface AtomEntry {
  /** Absolute URL: the entry's id and its alternate link. */
  url: string;
  /** The alternate link's media type. */
  linkType: string;
  title: string;
  updated: string;
  published: string | null;
  author: string;
  /** Scheme and term of each category. */
  categories: Array<[string, string]>;
  summary: string | null;
}

function entry(item: AtomEntry): string {
  const url = xml(item.url);
  return [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title>${xml(item.title)}</title>`,
    `    <link rel="alternate" type="${xml(item.linkType)}" href="${url}"/>`,
    `    <updated>${xml(item.updated)}</updated>`,
    item.published ? `    <published>${xml(item.published)}</published>` : '',
    `    <author><name>${xml(item.author)}</name></author>`,
    ...item.categories.map(([scheme, term]) => `    <category scheme="${xml(scheme)}" term="${xml(term)}"/>`),
    item.summary ? `    <summary>${xml(item.summary)}</summary>` : '',
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** An Atom (RFC 4287) feed, every text escaped; updated when its newest entry was. */
export function atomDocument(
  head: { title: string; selfUrl: string; author: string },
  items: AtomEntry[],
): string {
  const updated = items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), EPOCH);
  const self = xml(head.selfUrl);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${self}</id>`,
    `  <title>${xml(head.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${self}"/>`,
    `  <author><name>${xml(head.author)}</name></author>`,
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
