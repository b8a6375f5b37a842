import { LEGAL_FIELDS, type SourceMapping } from '@pbgdpl/contract';
import { DomUtils, parseDocument } from 'htmlparser2';
import { titleSlug } from '../documents/links.ts';
import { htmlToText } from '../text/html.ts';
import { escapeHtml } from '@pbgdpl/contract/html-policy';
import { foldedLookup, type UpstreamItem } from './mapping.ts';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** Characters of an entry's text kept as the article's summary when the full text is not allowed. */
export const EXCERPT_CHARS = 300;

const children = (parent: Element, name: string): Element[] =>
  DomUtils.getElementsByTagName(name, parent.children, false);
const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0];
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An element's content as HTML. Atom says how it is written (`type`: text, html, xhtml); RSS
 * descriptions and content:encoded are escaped HTML.
 */
function asHtml(element: Element | undefined): string {
  if (!element) return '';
  const type = element.attribs.type ?? 'html';
  if (type === 'xhtml') return DomUtils.getInnerHTML(element, { xmlMode: true });
  const text = DomUtils.textContent(element);
  return type === 'text' ? escapeHtml(text) : text;
}

const asText = (element: Element | undefined) => (element ? squeeze(htmlToText(asHtml(element))) : '');

/** The first `limit` characters of `text`, cut at a word, with an ellipsis when cut. */
export function excerpt(text: string, limit = EXCERPT_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** An absolute http(s) address, or null. */
function webAddress(value: string | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const isoOrNull = (value: string) => {
  const at = Date.parse(value.trim());
  return value.trim() === '' || Number.isNaN(at) ? null : new Date(at).toISOString();
};

/** One entry as Atom or RSS writes it, before it becomes an article. */
interface Entry {
  id: string;
  title: string;
  link: string | null;
  summaryHtml: string;
  contentHtml: string;
  date: string;
  categories: string[];
}

function atomEntry(entry: Element, base: string): Entry {
  const alternate = children(entry, 'link').find((l) => (l.attribs.rel ?? 'alternate') === 'alternate');
  return {
    id: asText(child(entry, 'id')),
    title: asText(child(entry, 'title')),
    link: webAddress(alternate?.attribs.href, base),
    summaryHtml: asHtml(child(entry, 'summary')),
    contentHtml: asHtml(child(entry, 'content')),
    date: asText(child(entry, 'published') ?? child(entry, 'updated')),
    categories: children(entry, 'category').map((c) => c.attribs.term ?? ''),
  };
}

function rssItem(item: Element, base: string): Entry {
  const guid = child(item, 'guid');
  const guidText = guid ? squeeze(DomUtils.textContent(guid)) : '';
  const permalink = guid?.attribs.isPermaLink !== 'false' ? webAddress(guidText, base) : null;
  const link = webAddress(squeeze(DomUtils.textContent(child(item, 'link') ?? [])), base) ?? permalink;
  return {
    id: guidText || link || '',
    title: asText(child(item, 'title')),
    link,
    summaryHtml: asHtml(child(item, 'description')),
    contentHtml: asHtml(child(item, 'content:encoded')),
    date: asText(child(item, 'pubDate') ?? child(item, 'dc:date')),
    categories: children(item, 'category').map((c) => DomUtils.textContent(c)),
  };
}

/** The feed's title and entries; an error when the document is neither Atom nor RSS. */
function readFeed(xml: string, base: string): { title: string; entries: Entry[] } {
  // htmlparser2 in XML mode reads no DTD and resolves no external entity.
  const document = parseDocument(xml, { xmlMode: true });
  const root = document.children.find((node): node is Element => DomUtils.isTag(node));
  if (root?.name === 'feed')
    return {
      title: asText(child(root, 'title')),
      entries: children(root, 'entry').map((e) => atomEntry(e, base)),
    };
  if (root?.name === 'rss' || root?.name === 'rdf:RDF') {
    const channel = child(root, 'channel');
    // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
    const items = [...(channel ? children(channel, 'item') : []), ...children(root, 'item')];
    return {
      title: channel ? asText(child(channel, 'title')) : '',
      entries: items.map((i) => rssItem(i, base)),
    };
  }
  throw new Error('Không phải nguồn tin Atom hoặc RSS (the answer is neither an Atom nor an RSS feed)');
}

/**
 * An Atom or RSS feed's entries as article candidates, known upstream by the entry's id (Atom
 * `id`, RSS `guid`, else its link). Without `mapping.fullText` an article keeps a plain-text
 * excerpt only; either way its body ends with the link to the original.
 */
export function feedItems(xml: string, mapping: SourceMapping, feedUrl: string): UpstreamItem[] {
  const feed = readFeed(xml, feedUrl);
  const field = foldedLookup(mapping.fields);
  const ourFields = new Set<string>(LEGAL_FIELDS);
  const seen = new Set<string>();
  const origin = feed.title || new URL(feedUrl).host;

  return feed.entries.flatMap((entry, index): UpstreamItem[] => {
    if (entry.id === '')
      return [{ upstreamId: `mục ${index + 1}`, problem: 'Mục không có mã (no id, guid or link)' }];
    if (seen.has(entry.id)) return [];
    seen.add(entry.id);
    if (!entry.link)
      return [
        { upstreamId: entry.id, problem: 'Mục không có liên kết tới bài gốc (no link to the original)' },
      ];
    const text = squeeze(htmlToText(entry.summaryHtml || entry.contentHtml));
    const summary = excerpt(text);
    const source = `<p>Nguồn: <a href="${escapeHtml(entry.link)}">${escapeHtml(origin)}</a></p>`;
    const body = mapping.fullText
      ? `${entry.contentHtml || entry.summaryHtml}${source}`
      : `${summary ? `<p>${escapeHtml(summary)}</p>` : ''}${source}`;
    const fields = [
      ...new Set(
        entry.categories.map(squeeze).flatMap((name) => {
          const mapped = field(name) ?? titleSlug(name);
          return ourFields.has(mapped) ? [mapped] : [];
        }),
      ),
    ];
    return [
      {
        upstreamId: entry.id,
        candidate: {
          title: entry.title,
          summary,
          body,
          category: mapping.category,
          unitId: mapping.unitId,
          fields: fields.length > 0 ? fields.slice(0, 8) : mapping.defaultFields,
          publishedAt: isoOrNull(entry.date),
        },
      },
    ];
  });
}
