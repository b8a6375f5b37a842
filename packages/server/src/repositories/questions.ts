import type {
  AdminQuestion,
  AuditAction,
  AuditEntry,
  ConsentRecord,
  LegalField,
  Question,
  QuestionStatus,
  QuestionTracking,
} from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';
import type { ConsentEdition } from '../questions/consent-texts.ts';
import { newTrackingCode } from '../questions/tracking-code.ts';
import {
  questionSearchText,
  relatedDocuments,
  selectQuestions,
  toAdminQuestion,
  toAnswer,
  toUnit,
  vnDate,
  type QuestionRow,
} from './question-rows.ts';

/** A citizen's question as accepted: text already NFC, contact details as given. */
export interface NewQuestion {
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  field: LegalField;
  unitId: string | null;
  title: string;
  body: string;
  publishName: boolean;
  consents: ConsentEdition;
  /** Only the seed chooses its codes; otherwise a fresh random one. */
  trackingCode?: string;
}

export interface QuestionChanges {
  title?: string;
  body?: string;
  field?: LegalField;
  unitId?: string | null;
}

export interface AnswerData {
  html: string;
  text: string;
  answeredBy: string;
  answererTitle: string;
  documentIds: number[];
}

/**
 * Questions, their consents and their audit trail. Writes that touch several tables run in
 * the caller's transaction (see routes/admin-questions.ts).
 */
export function questionsRepository(db: Db) {
  const row = (id: number) => selectQuestions(db).where('q.id', '=', id).executeTakeFirst();

  async function audit(
    id: number,
    at: Date,
    actor: string,
    action: AuditAction,
    detail: string | null = null,
  ) {
    await db
      .insertInto('question_audit')
      .values({ question_id: id, at: toDbTime(at), actor, action, detail })
      .execute();
  }

  async function forEditor(found: QuestionRow | undefined): Promise<AdminQuestion | undefined> {
    if (!found) return undefined;
    const related = await relatedDocuments(db, [found.id], false);
    return toAdminQuestion(found, related.get(found.id) ?? []);
  }

  async function freeTrackingCode(): Promise<string> {
    for (;;) {
      const code = newTrackingCode();
      const taken = await db
        .selectFrom('questions')
        .select('id')
        .where('tracking_code', '=', code)
        .executeTakeFirst();
      if (!taken) return code;
    }
  }

  /** Writes a change and the trail entry that explains it; undefined when the question is missing. */
  async function change(
    id: number,
    values: Partial<Omit<QuestionRow, 'id' | 'unit_name' | 'unit_publishes_answers'>>,
    entry: { at: Date; actor: string; action: AuditAction; detail?: string | null },
  ): Promise<AdminQuestion | undefined> {
    const result = await db
      .updateTable('questions')
      .set((eb) => ({ ...values, updated_at: toDbTime(entry.at), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    await audit(id, entry.at, entry.actor, entry.action, entry.detail ?? null);
    return forEditor(await row(id));
  }

  return {
    audit,

    async create(
      input: NewQuestion,
      now: Date,
    ): Promise<{ id: number; trackingCode: string; receivedAt: string }> {
      const trackingCode = input.trackingCode ?? (await freeTrackingCode());
      const receivedAt = toDbTime(now);
      const { id } = await db
        .insertInto('questions')
        .values({
          tracking_code: trackingCode,
          status: 'pending',
          field: input.field,
          unit_id: input.unitId,
          title: input.title,
          body: input.body,
          sender_name: input.name,
          sender_email: input.email,
          sender_phone: input.phone,
          sender_address: input.address,
          publish_name: toDbBool(input.publishName),
          answer_html: null,
          answer_text: null,
          answered_by: null,
          answerer_title: null,
          answered_at: null,
          reject_reason: null,
          published: toDbBool(false),
          published_at: null,
          featured: toDbBool(false),
          search_text: questionSearchText(input.title, input.body, null),
          received_at: receivedAt,
          updated_at: receivedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const consent of input.consents.consents) {
        await db
          .insertInto('question_consents')
          .values({
            question_id: id,
            purpose: consent.purpose,
            granted: toDbBool(consent.purpose === 'publish-name' ? input.publishName : true),
            text_version: input.consents.version,
            language: input.consents.language,
            text: consent.text,
            recorded_at: receivedAt,
          })
          .execute();
      }
      await audit(id, now, 'citizen', 'received');
      return { id, trackingCode, receivedAt };
    },

    /** A published question as the public sees it: the name only with consent, no contact details. */
    async getPublished(id: number): Promise<Question | undefined> {
      const found = await selectQuestions(db)
        .where('q.id', '=', id)
        .where('q.published', '=', toDbBool(true))
        .executeTakeFirst();
      const answer = found && toAnswer(found);
      if (!found || !answer || found.published_at === null) return undefined;
      const related = await relatedDocuments(db, [id], true);
      return {
        id: found.id,
        title: found.title,
        body: found.body,
        senderName: fromDbBool(found.publish_name) ? found.sender_name : null,
        field: found.field as LegalField,
        unit: toUnit(found),
        sentOn: vnDate(found.received_at),
        featured: fromDbBool(found.featured),
        answer,
        relatedDocuments: related.get(id) ?? [],
        publishedAt: found.published_at,
      };
    },

    async tracking(code: string): Promise<QuestionTracking | undefined> {
      const found = await selectQuestions(db).where('q.tracking_code', '=', code).executeTakeFirst();
      if (!found) return undefined;
      const published = fromDbBool(found.published);
      return {
        trackingCode: found.tracking_code,
        title: found.title,
        status: found.status as QuestionStatus,
        receivedAt: found.received_at,
        rejectReason: found.status === 'rejected' ? found.reject_reason : null,
        questionId: published ? found.id : null,
        answer: published ? toAnswer(found) : null,
      };
    },

    getForEditor: async (id: number) => forEditor(await row(id)),

    async edit(id: number, changes: QuestionChanges, at: Date, actor: string) {
      const current = await row(id);
      if (!current) return undefined;
      const title = changes.title ?? current.title;
      const body = changes.body ?? current.body;
      const changed = Object.keys(changes).sort().join(', ');
      return change(
        id,
        {
          title,
          body,
          field: changes.field ?? current.field,
          unit_id: changes.unitId === undefined ? current.unit_id : changes.unitId,
          search_text: questionSearchText(title, body, current.answer_text),
        },
        // Names of the fields changed, never their values: the trail holds no personal data.
        { at, actor, action: 'edited', detail: changed || null },
      );
    },

    async answer(id: number, answer: AnswerData, at: Date, actor: string) {
      const current = await row(id);
      if (!current) return undefined;
      await db.deleteFrom('question_documents').where('question_id', '=', id).execute();
      for (const [position, documentId] of answer.documentIds.entries()) {
        await db
          .insertInto('question_documents')
          .values({ question_id: id, document_id: documentId, position })
          .execute();
      }
      return change(
        id,
        {
          status: 'answered',
          answer_html: answer.html,
          answer_text: answer.text,
          answered_by: answer.answeredBy,
          answerer_title: answer.answererTitle,
          // The first answer's time stays: it is when the citizen got an answer.
          answered_at: current.answered_at ?? toDbTime(at),
          reject_reason: null,
          search_text: questionSearchText(current.title, current.body, answer.text),
        },
        { at, actor, action: 'answered', detail: current.answered_at ? 'revised' : null },
      );
    },

    /** Publishing needs an answer: the route checks it first. Undefined when missing. */
    async setPublished(id: number, published: boolean, at: Date, actor: string) {
      const current = await row(id);
      if (!current) return undefined;
      return change(
        id,
        { published: toDbBool(published), published_at: published ? toDbTime(at) : current.published_at },
        { at, actor, action: published ? 'published' : 'unpublished' },
      );
    },

    setFeatured: (id: number, featured: boolean, at: Date, actor: string) =>
      change(
        id,
        { featured: toDbBool(featured) },
        { at, actor, action: featured ? 'featured' : 'unfeatured' },
      ),

    /** A rejected question leaves the public list; the reason is what the sender reads by code. */
    reject: (id: number, reason: string, at: Date, actor: string) =>
      change(
        id,
        { status: 'rejected', reject_reason: reason, published: toDbBool(false) },
        { at, actor, action: 'rejected', detail: reason },
      ),

    /** Deletes the question with its personal data and consents; the trail keeps a "deleted" entry. */
    async remove(id: number, at: Date, actor: string): Promise<boolean> {
      const result = await db.deleteFrom('questions').where('id', '=', id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;
      await audit(id, at, actor, 'deleted');
      return true;
    },

    async consents(id: number): Promise<{ trackingCode: string; consents: ConsentRecord[] } | undefined> {
      const found = await db
        .selectFrom('questions')
        .select('tracking_code')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!found) return undefined;
      const rows = await db
        .selectFrom('question_consents')
        .selectAll()
        .where('question_id', '=', id)
        .orderBy('purpose')
        .execute();
      return {
        trackingCode: found.tracking_code,
        consents: rows.map((r) => ({
          purpose: r.purpose as ConsentRecord['purpose'],
          granted: fromDbBool(r.granted),
          textVersion: r.text_version,
          language: r.language as ConsentRecord['language'],
          text: r.text,
          recordedAt: r.recorded_at,
        })),
      };
    },

    async trail(id: number): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('question_audit')
        .select(['at', 'actor', 'action', 'detail'])
        .where('question_id', '=', id)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        at: r.at,
        actor: r.actor,
        action: r.action as AuditAction,
        detail: r.detail,
      }));
    },
  };
}
