import type {
  AdminQuestion,
  DocumentRef,
  DocumentStatus,
  DocumentType,
  LegalField,
  QuestionAnswer,
  QuestionStatus,
  QuestionUnit,
} from '@pbgdpl/contract';
import { foldVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool } from '../db/values.ts';

export type QuestionRow = Selectable<Tables['questions']> & {
  unit_name: string | null;
  unit_publishes_answers: number | null;
};

/** Questions with their unit's name and answer rights: every read goes through here. */
export const selectQuestions = (db: Db) =>
  db
    .selectFrom('questions as q')
    .leftJoin('units as u', 'u.id', 'q.unit_id')
    .leftJoin('unit_answer_rights as r', 'r.unit_id', 'q.unit_id')
    .selectAll('q')
    .select(['u.name as unit_name', 'r.publishes_answers as unit_publishes_answers']);

/** The calendar day in Tây Ninh (UTC+7) of a stored UTC time: what "sent on" means to a reader. */
const VN_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
export const vnDate = (iso: string): string => VN_DAY.format(new Date(iso));

/** What the search matches: title, question and answer, folded. */
export const questionSearchText = (title: string, body: string, answerText: string | null): string =>
  foldVi([title, body, answerText ?? ''].join('\n'));

export const toUnit = (row: QuestionRow): QuestionUnit | null =>
  row.unit_id === null ? null : { id: row.unit_id, name: row.unit_name ?? row.unit_id };

export function toAnswer(row: QuestionRow): QuestionAnswer | null {
  if (row.answer_html === null || row.answered_at === null) return null;
  return {
    html: row.answer_html,
    answeredBy: row.answered_by ?? '',
    answererTitle: row.answerer_title ?? '',
    answeredOn: vnDate(row.answered_at),
  };
}

/** Related documents in the editor's order; the public sees only published ones. */
export async function relatedDocuments(
  db: Db,
  questionIds: number[],
  publishedOnly: boolean,
): Promise<Map<number, DocumentRef[]>> {
  const result = new Map<number, DocumentRef[]>();
  if (questionIds.length === 0) return result;
  let query = db
    .selectFrom('question_documents as qd')
    .innerJoin('documents as d', 'd.id', 'qd.document_id')
    .select(['qd.question_id', 'd.id', 'd.number', 'd.title', 'd.type', 'd.issued_on', 'd.status'])
    .where('qd.question_id', 'in', questionIds)
    .orderBy('qd.question_id')
    .orderBy('qd.position');
  if (publishedOnly) query = query.where('d.published', '=', 1);
  for (const row of await query.execute()) {
    const list = result.get(row.question_id) ?? [];
    list.push({
      id: row.id,
      number: row.number,
      title: row.title,
      type: row.type as DocumentType,
      issuedOn: row.issued_on,
      status: row.status as DocumentStatus,
    });
    result.set(row.question_id, list);
  }
  return result;
}

export function toAdminQuestion(row: QuestionRow, related: DocumentRef[]): AdminQuestion {
  return {
    id: row.id,
    version: row.version,
    trackingCode: row.tracking_code,
    status: row.status as QuestionStatus,
    title: row.title,
    body: row.body,
    sender: {
      name: row.sender_name,
      email: row.sender_email,
      phone: row.sender_phone,
      address: row.sender_address,
      publishName: fromDbBool(row.publish_name),
    },
    field: row.field as LegalField,
    unit: toUnit(row),
    unitPublishesAnswers: row.unit_publishes_answers === 1,
    receivedAt: row.received_at,
    answer: toAnswer(row),
    relatedDocuments: related,
    rejectReason: row.reject_reason,
    published: fromDbBool(row.published),
    featured: fromDbBool(row.featured),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}
