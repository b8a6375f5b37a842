import {
  type AdminFeedback,
  type AdminFeedbackPage,
  FEEDBACK_STATUSES,
  type FeedbackReason,
  type FeedbackStatus,
  type FeedbackTracking,
  type PublicFeedbackPage,
  type SubmissionAnswer,
} from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable, Updateable } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';
import { sanitizeHtml } from '../text/html.ts';
import {
  answerOf,
  type NewSubmission,
  queueCounts,
  senderColumns,
  senderOf,
  writeSubmission,
} from './submission-rows.ts';

type Row = Selectable<Tables['document_feedback']>;
type Stored = Row & { number: string; title: string };

const DAY_MS = 86_400_000;

/** Days from receipt to response, on average to one decimal; null when none was answered. */
export function averageDays(answered: Array<{ received_at: string; responded_at: string | null }>) {
  if (answered.length === 0) return null;
  const days = answered.map(
    (row) => (Date.parse(row.responded_at ?? '') - Date.parse(row.received_at)) / DAY_MS,
  );
  return Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10;
}

const responseOf = (row: Row) =>
  answerOf(row.response_html, row.responded_by, row.responder_title, row.responded_at);

const toAdmin = (row: Stored): AdminFeedback => ({
  id: row.id,
  version: row.version,
  trackingCode: row.tracking_code,
  document: { id: row.document_id, number: row.number, title: row.title },
  unitId: row.unit_id,
  status: row.status as FeedbackStatus,
  reason: row.reason as FeedbackReason,
  provision: row.provision,
  body: row.body,
  sender: senderOf(row),
  receivedAt: row.received_at,
  response: responseOf(row),
  responsePublished: fromDbBool(row.response_published),
  rejectReason: row.reject_reason,
  updatedAt: row.updated_at,
});

export interface NewFeedback extends NewSubmission {
  trackingCode: string;
  documentId: number;
  unitId: string;
  reason: FeedbackReason;
  provision?: string | undefined;
}

/** Phản ánh, kiến nghị on documents: the issuing unit's queue, the public responses, tracking. */
export function documentFeedbackRepository(db: Db) {
  const withDocument = () =>
    db
      .selectFrom('document_feedback')
      .innerJoin('documents', 'documents.id', 'document_feedback.document_id')
      .selectAll('document_feedback')
      .select(['documents.number', 'documents.title']);

  async function get(id: number): Promise<AdminFeedback | undefined> {
    const row = await withDocument().where('document_feedback.id', '=', id).executeTakeFirst();
    return row && toAdmin(row);
  }

  const change = async (id: number, set: Updateable<Tables['document_feedback']>, now: Date) =>
    (await writeSubmission(db, 'document_feedback', id, set, now)) ? get(id) : undefined;

  return {
    get,

    async create(sent: NewFeedback, now: Date): Promise<{ id: number; receivedAt: string }> {
      const receivedAt = toDbTime(now);
      const row = await db
        .insertInto('document_feedback')
        .values({
          tracking_code: sent.trackingCode,
          document_id: sent.documentId,
          unit_id: sent.unitId,
          status: 'pending',
          reason: sent.reason,
          provision: sent.provision === undefined ? null : normalizeVi(sent.provision),
          body: normalizeVi(sent.body),
          ...senderColumns(sent),
          received_at: receivedAt,
          updated_at: receivedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, receivedAt };
    },

    async tracking(code: string): Promise<FeedbackTracking | undefined> {
      const row = await db
        .selectFrom('document_feedback')
        .selectAll()
        .where('tracking_code', '=', code)
        .executeTakeFirst();
      return (
        row && {
          trackingCode: row.tracking_code,
          documentId: row.document_id,
          status: row.status as FeedbackStatus,
          receivedAt: row.received_at,
          rejectReason: row.reject_reason,
          response: row.status === 'answered' ? responseOf(row) : null,
        }
      );
    },

    /** A document's published responses, newest first, and its figures: received, answered, average days. */
    async publicPage(
      documentId: number,
      page: { page: number; pageSize: number },
    ): Promise<PublicFeedbackPage> {
      const all = await db
        .selectFrom('document_feedback')
        .select(['status', 'received_at', 'responded_at'])
        .where('document_id', '=', documentId)
        .execute();
      const answered = all.filter((row) => row.status === 'answered' && row.responded_at !== null);
      const published = db
        .selectFrom('document_feedback')
        .where('document_id', '=', documentId)
        .where('status', '=', 'answered')
        .where('response_published', '=', 1);
      const { n } = await published
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await published
        .selectAll()
        .orderBy('responded_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return {
        items: rows.flatMap((row) => {
          const response = responseOf(row);
          if (!response) return [];
          return [
            {
              id: row.id,
              reason: row.reason as FeedbackReason,
              provision: row.provision,
              body: row.body,
              senderName: fromDbBool(row.publish_name) ? row.sender_name : null,
              receivedAt: row.received_at,
              response,
            },
          ];
        }),
        total: Number(n),
        page: page.page,
        pageSize: page.pageSize,
        figures: { received: all.length, answered: answered.length, averageDays: averageDays(answered) },
      };
    },

    /** The queue of `unit` (every unit's when undefined): pending first, oldest first. */
    async queue(query: {
      unit: string | undefined;
      status?: FeedbackStatus | undefined;
      document?: number | undefined;
      page: number;
      pageSize: number;
    }): Promise<AdminFeedbackPage> {
      let scoped = db.selectFrom('document_feedback');
      if (query.unit) scoped = scoped.where('unit_id', '=', query.unit);
      if (query.document) scoped = scoped.where('document_id', '=', query.document);
      const counted = await scoped
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
        .groupBy('status')
        .execute();
      const { counts, total } = queueCounts(FEEDBACK_STATUSES, counted, query.status);
      let select = withDocument();
      if (query.unit) select = select.where('document_feedback.unit_id', '=', query.unit);
      if (query.document) select = select.where('document_feedback.document_id', '=', query.document);
      if (query.status) select = select.where('document_feedback.status', '=', query.status);
      const rows = await select
        .orderBy((eb) => eb.case().when('document_feedback.status', '=', 'pending').then(0).else(1).end())
        .orderBy('document_feedback.received_at')
        .orderBy('document_feedback.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { items: rows.map(toAdmin), total, page: query.page, pageSize: query.pageSize, counts };
    },

    respond: (id: number, response: Omit<SubmissionAnswer, 'answeredAt'>, published: boolean, now: Date) =>
      change(
        id,
        {
          status: 'answered',
          reject_reason: null,
          response_html: sanitizeHtml(normalizeVi(response.html)),
          responded_by: normalizeVi(response.answeredBy),
          responder_title: normalizeVi(response.answererTitle),
          responded_at: toDbTime(now),
          response_published: toDbBool(published),
        },
        now,
      ),

    reject: (id: number, reason: string, now: Date) =>
      change(id, { status: 'rejected', reject_reason: normalizeVi(reason), response_published: 0 }, now),
  };
}
