import type { Question } from '@pbgdpl/contract';
import { excerpt } from '../repositories/question-list.ts';
import { atomDocument, type FeedLinks } from '../text/atom.ts';

/** Category scheme: the value list as OpenAPI publishes it. */
const FIELD_SCHEME = 'urn:pbgdpl:LegalField';

/**
 * An Atom (RFC 4287) feed of answered questions, newest first: the author is the unit that
 * answered (the site when none), never the asker.
 */
export function questionFeed(
  items: Array<{ question: Question; updatedAt: string }>,
  info: FeedLinks,
): string {
  return atomDocument(
    { title: `Hỏi đáp pháp luật — ${info.siteName}`, selfUrl: info.selfUrl, author: info.siteName },
    items.map(({ question, updatedAt }) => ({
      url: info.itemUrl(question.id),
      linkType: 'application/json',
      title: question.title,
      updated: updatedAt,
      published: question.publishedAt,
      author: question.unit?.name ?? info.siteName,
      categories: [[FIELD_SCHEME, question.field]],
      summary: excerpt(question.body),
    })),
  );
}
