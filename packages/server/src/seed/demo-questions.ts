import { AnswerInput, QuestionInput, RejectInput, Slug, TrackingCode } from '@pbgdpl/contract';
import { z } from 'zod';
import type { Db } from '../db/schema.ts';
import { consentsOfVersion } from '../questions/consent-texts.ts';
import { toNewQuestion } from '../questions/sent-question.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';
import { checked, DemoContentError, daysFrom, readDemoEntries, requireUnit } from './demo-file.ts';

const DaysAfter = z.number().int().min(0);

/**
 * What a citizen sends through the form (less the form's own protections), and the
 * question's life in the demo relative to the seeding day, each step as an editor enters it.
 */
export const DemoQuestion = QuestionInput.omit({ formToken: true, proofOfWork: true, website: true }).extend({
  trackingCode: TrackingCode,
  receivedDaysAgo: z.number().int().min(0),
  answer: AnswerInput.omit({ relatedDocumentIds: true })
    .extend({
      daysAfterReceived: DaysAfter,
      /** Cited documents by issuer and number, as editors know them; ids are looked up. */
      relatedDocuments: z.array(z.object({ issuerId: Slug, number: z.string() })).default([]),
      published: z.boolean(),
    })
    .optional(),
  featured: z.boolean().default(false),
  rejection: RejectInput.extend({ daysAfterReceived: DaysAfter }).optional(),
});

const QuestionsFile = z.object({ auditActor: z.string().min(1) });

/**
 * Questions with their answers, publication, featuring or rejection, each step written (and
 * audited) as an editor's would be. Documents must be loaded first: answers cite them.
 */
export async function loadDemoQuestions(db: Db, now: Date, dir: string): Promise<void> {
  const questions = questionsRepository(db);
  const documents = documentsRepository(db);
  const units = unitsRepository(db);
  const { root, entries } = readDemoEntries(dir, 'questions.json', 'questions');
  const { auditActor } = checked(QuestionsFile, root, 'questions.json');

  for (const { entry, where } of entries) {
    const q = checked(DemoQuestion, entry, where);
    const consents = consentsOfVersion(q.consents.version);
    if (!consents)
      throw new DemoContentError(where, {
        'consents.version': ['không có phiên bản nội dung đồng ý này (unknown consent version)'],
      });
    await requireUnit(units, 'unit', q.unit, where);
    const receivedAt = daysFrom(now, -q.receivedDaysAgo);
    const { id } = await questions.create(
      { ...toNewQuestion(q, consents), trackingCode: q.trackingCode },
      receivedAt,
    );
    if (q.rejection)
      await questions.reject(
        id,
        q.rejection.reason,
        daysFrom(receivedAt, q.rejection.daysAfterReceived),
        auditActor,
      );
    if (!q.answer) continue;

    const answeredAt = daysFrom(receivedAt, q.answer.daysAfterReceived);
    const documentIds = new Set<number>();
    for (const { issuerId, number } of q.answer.relatedDocuments) {
      const documentId = await documents.idByNumber(issuerId, number);
      if (documentId === undefined)
        throw new DemoContentError(`${where}.answer`, {
          relatedDocuments: [`không có văn bản ${number} của ${issuerId} (no such document)`],
        });
      documentIds.add(documentId);
    }
    const html = sanitizeHtml(q.answer.html);
    await questions.answer(
      id,
      {
        html,
        text: htmlToText(html),
        answeredBy: q.answer.answeredBy,
        answererTitle: q.answer.answererTitle,
        documentIds: [...documentIds],
      },
      answeredAt,
      auditActor,
    );
    if (q.answer.published) await questions.setPublished(id, true, answeredAt, auditActor);
    if (q.featured) await questions.setFeatured(id, true, answeredAt, auditActor);
  }
}
