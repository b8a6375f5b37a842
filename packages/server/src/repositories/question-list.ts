import {
  type AdminQuestionPage,
  type AdminQuestionQuery,
  type LegalField,
  type QuestionPage,
  type QuestionQuery,
  QuestionStatus,
  type QuestionSummary,
  TRACKING_CODE,
} from '@pbgdpl/contract';
import { compareCodes, foldVi } from '@pbgdpl/vi-text';
import type { z } from 'zod';
import type { Db } from '../db/schema.ts';
import { fromDbBool, toDbBool } from '../db/values.ts';
import { type AnswerTime, dueDay, isOverdue } from '../questions/due-date.ts';
import { highlightFolded, snippet, termPattern } from '../search/highlight.ts';
import { type ParsedQuery, parseQuery } from '../search/query.ts';
import { type QuestionRow, selectQuestions, toUnit, vnDate } from './question-rows.ts';

type PublicQuery = z.output<typeof QuestionQuery>;
type EditorQuery = z.output<typeof AdminQuestionQuery>;

const EXCERPT_LENGTH = 200;

/** The start of the question, cut at a word, as plain text. */
export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${flat.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

/** Questions to list, before choosing columns: filters apply here. */
const fromQuestions = (db: Db) => db.selectFrom('questions as q');
type Filtered = ReturnType<typeof fromQuestions>;

/** The columns search, counting and ordering need; full rows are read for one page only. */
const selectKeys = (query: Filtered) =>
  query.select([
    'q.id',
    'q.title',
    'q.search_text',
    'q.status',
    'q.featured',
    'q.answered_at',
    'q.received_at',
  ]);
type KeysQuery = ReturnType<typeof selectKeys>;
type KeyRow = Awaited<ReturnType<KeysQuery['execute']>>[number];

/** The patterns are global: `search` ignores their `lastIndex`, which `test` would carry between rows. */
const found = (pattern: RegExp, text: string) => text.search(pattern) !== -1;

/**
 * Search is a LIKE per word over the folded text, then whole-word matching and ranking in
 * JavaScript. A province receives thousands of questions, not millions: scanning their folded
 * text costs milliseconds, and unlike an FTS5 index there is nothing to keep in step on edits.
 */
async function searchKeys(query: KeysQuery, parsed: ParsedQuery): Promise<KeyRow[]> {
  let narrowed = query;
  // Words are letters and digits only (search/query.ts), so they need no LIKE escaping.
  for (const word of parsed.terms.flatMap((term) => term.words)) {
    narrowed = narrowed.where('q.search_text', 'like', `%${word}%`);
  }
  const patterns = parsed.terms.map((term) => termPattern([term]));
  return (await narrowed.execute()).filter((row) =>
    patterns.every((pattern) => !pattern || found(pattern, row.search_text)),
  );
}

/**
 * Title matches weigh most, then the question and answer; the whole phrase adds more. The
 * folded title is the start of the folded text (foldVi keeps the length of NFC text).
 */
function scorer(parsed: ParsedQuery): (row: KeyRow) => number {
  const patterns = parsed.terms.flatMap((term) => termPattern([term]) ?? []);
  const phrase = parsed.proximity ? termPattern([parsed.proximity]) : null;
  return (row) => {
    const title = row.search_text.slice(0, row.title.length);
    let total = 0;
    for (const pattern of patterns) {
      const inTitle = title.match(pattern)?.length ?? 0;
      const anywhere = row.search_text.match(pattern)?.length ?? 0;
      total += inTitle * 4 + Math.min(anywhere - inTitle, 5);
    }
    if (phrase) total += found(phrase, title) ? 10 : found(phrase, row.search_text) ? 4 : 0;
    return total;
  };
}

const newestFirst = (a: KeyRow, b: KeyRow) =>
  compareCodes(b.answered_at ?? '', a.answered_at ?? '') || b.id - a.id;

/** The editors' order: pending first, oldest first (first come, first answered); then newest first. */
type QueueKey = Pick<KeyRow, 'id' | 'status' | 'received_at'>;
const queueOrder = (a: QueueKey, b: QueueKey) => {
  const rank = (row: QueueKey) => (row.status === 'pending' ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const older = compareCodes(a.received_at, b.received_at) || a.id - b.id;
  return rank(a) === 0 ? older : -older;
};

function toSummary(row: QuestionRow, parsed: ParsedQuery | null): QuestionSummary {
  const pattern = parsed ? termPattern(parsed.terms) : null;
  return {
    id: row.id,
    title: row.title,
    excerpt: excerpt(row.body),
    field: row.field as LegalField,
    unit: toUnit(row),
    sentOn: vnDate(row.received_at),
    answeredOn: vnDate(row.answered_at ?? row.received_at),
    featured: fromDbBool(row.featured),
    ...(pattern
      ? {
          highlight: {
            title: highlightFolded(row.title, foldVi(row.title), pattern),
            snippet:
              snippet(row.body, foldVi(row.body), pattern) ??
              (row.answer_text ? snippet(row.answer_text, foldVi(row.answer_text), pattern) : null),
          },
        }
      : {}),
  };
}

export function questionListRepository(db: Db) {
  /** Full rows of one page, in the page's order. */
  async function rowsOf(ids: number[]): Promise<QuestionRow[]> {
    if (ids.length === 0) return [];
    const rows = await selectQuestions(db).where('q.id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Sorted keys → one page of ids. */
  const pageIds = (keys: Array<{ id: number }>, page: number, pageSize: number) =>
    keys.slice((page - 1) * pageSize, page * pageSize).map((row) => row.id);

  return {
    /** Answered and published questions only. */
    async publicPage(query: PublicQuery): Promise<QuestionPage> {
      const { page, pageSize } = query;
      const parsed = parseQuery(query.q);
      let filtered = fromQuestions(db)
        .where('q.published', '=', toDbBool(true))
        .where('q.status', '=', 'answered');
      if (query.field) filtered = filtered.where('q.field', '=', query.field);
      if (query.unit) filtered = filtered.where('q.unit_id', '=', query.unit);
      if (query.featured !== undefined)
        filtered = filtered.where('q.featured', '=', toDbBool(query.featured));
      const sort = query.sort ?? (parsed ? 'relevance' : 'newest');
      if (!parsed) {
        // Browsing: the database orders and pages, nothing to rank.
        const [count, ids] = await Promise.all([
          filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
          filtered
            .select('q.id')
            .$if(sort === 'featured', (qb) => qb.orderBy('q.featured', 'desc'))
            .orderBy('q.answered_at', 'desc')
            .orderBy('q.id', 'desc')
            .limit(pageSize)
            .offset((page - 1) * pageSize)
            .execute(),
        ]);
        const rows = await rowsOf(ids.map((row) => row.id));
        return { items: rows.map((row) => toSummary(row, null)), total: Number(count.n), page, pageSize };
      }
      const found = await searchKeys(selectKeys(filtered), parsed);
      const score = scorer(parsed);
      const scores = new Map(found.map((row) => [row.id, score(row)]));
      found.sort(
        (a, b) =>
          (sort === 'featured' ? b.featured - a.featured : 0) ||
          (sort === 'relevance' ? (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) : 0) ||
          newestFirst(a, b),
      );
      const rows = await rowsOf(pageIds(found, page, pageSize));
      return { items: rows.map((row) => toSummary(row, parsed)), total: found.length, page, pageSize };
    },

    /**
     * The editors' queue (a contributor's: their unit's), with counts per status and of overdue
     * questions over the same search, field and unit; due days follow `answerTime`.
     */
    async editorPage(
      query: EditorQuery,
      due: { now: Date; answerTime: AnswerTime },
    ): Promise<AdminQuestionPage> {
      const { page, pageSize } = query;
      const code = query.q?.toUpperCase();
      const byCode = code !== undefined && TRACKING_CODE.test(code);
      const parsed = byCode ? null : parseQuery(query.q);
      let filtered = fromQuestions(db);
      if (byCode) filtered = filtered.where('q.tracking_code', '=', code);
      if (query.field) filtered = filtered.where('q.field', '=', query.field);
      if (query.unit) filtered = filtered.where('q.unit_id', '=', query.unit);
      const found: QueueKey[] = parsed
        ? await searchKeys(selectKeys(filtered), parsed)
        : await filtered.select(['q.id', 'q.status', 'q.received_at']).execute();
      const late = (row: QueueKey) => isOverdue(row.status, dueDay(row.received_at, due.answerTime), due.now);
      const counts = Object.fromEntries(QuestionStatus.options.map((status) => [status, 0])) as Record<
        QuestionStatus,
        number
      >;
      for (const row of found) counts[row.status as QuestionStatus] += 1;
      const listed = found
        .filter((row) => !query.status || row.status === query.status)
        .filter((row) => query.overdue === undefined || late(row) === (query.overdue === 'true'))
        .sort(queueOrder);
      const rows = await rowsOf(pageIds(listed, page, pageSize));
      const items = rows.map((row) => {
        const dueOn = dueDay(row.received_at, due.answerTime);
        return {
          id: row.id,
          trackingCode: row.tracking_code,
          status: row.status as QuestionStatus,
          title: row.title,
          field: row.field as LegalField,
          unit: toUnit(row),
          receivedAt: row.received_at,
          published: fromDbBool(row.published),
          featured: fromDbBool(row.featured),
          dueOn,
          overdue: isOverdue(row.status, dueOn, due.now),
        };
      });
      return { items, total: listed.length, page, pageSize, counts, overdue: found.filter(late).length };
    },
  };
}
