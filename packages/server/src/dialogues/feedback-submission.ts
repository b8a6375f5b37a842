import type { FeedbackInput, FeedbackReceipt, QuestionForm } from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { storeIdempotentAnswer } from '../http/idempotency.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { apiPath } from '../http/route.ts';
import { publicForm } from '../questions/public-form.ts';
import { newTrackingCode } from '../questions/tracking-code.ts';
import { documentFeedbackRepository } from '../repositories/document-feedback.ts';
import { consoleBase } from '../mail/console-base.ts';
import { queueFeedbackNotice } from '../mail/dialogue-mail.ts';
import { feedbackConsents } from './consent-texts.ts';
import { recordReceived } from './received.ts';
import { FORM_USED } from './problems.ts';

type Input = z.output<typeof FeedbackInput>;

/** Missing and unpublished documents look the same to the public. */
export const documentNotFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có văn bản số ${id}.`, en: `There is no document ${id}.` } });

/**
 * Phản ánh, kiến nghị on a published document, with the ask box's protections and its own
 * limit; it goes to the document's issuing unit and answers a `PA-` tracking code.
 */
export function feedbackSubmission(deps: AppDeps) {
  const { config, db } = deps;
  const guards = publicForm(deps, {
    name: 'feedback',
    perHour: config.questions.perHour,
    what: { vi: 'phản ánh, kiến nghị', en: 'feedback messages' },
  });

  /** The issuing unit of a published document, and its number; else 404. */
  async function documentOf(id: number): Promise<{ unitId: string; number: string }> {
    const row = await db
      .selectFrom('documents')
      .select(['issuer_id', 'number'])
      .where('id', '=', id)
      .where('published', '=', 1)
      .executeTakeFirst();
    if (!row) throw documentNotFound(id);
    return { unitId: row.issuer_id, number: row.number };
  }
  const issuerOf = async (id: number): Promise<string> => (await documentOf(id)).unitId;

  async function form(id: number, c: Context<AppEnv>): Promise<QuestionForm> {
    await issuerOf(id);
    return guards.form(feedbackConsents.current(requestLanguage(c)), c);
  }

  async function send(id: number, input: Input, c: Context<AppEnv>): Promise<FeedbackReceipt> {
    const { unitId, number } = await documentOf(id);
    const now = deps.clock();
    const { edition, solution } = await guards.check(input, c, now, feedbackConsents.currentOfVersion);
    const receipt = await db.transaction().execute(async (trx) => {
      await guards.spend(trx, input, solution, c, now, FORM_USED);
      const trackingCode = newTrackingCode('PA');
      const created = await documentFeedbackRepository(trx).create(
        { ...input, publishName: input.consents.publishName, trackingCode, documentId: id, unitId },
        now,
      );
      await recordReceived(
        trx,
        'document-feedback',
        created.id,
        { edition, publishName: input.consents.publishName, detail: `Văn bản số ${id}` },
        now,
      );
      const notice = { id: created.id, trackingCode, documentNumber: number, unitId };
      await queueFeedbackNotice(trx, config, consoleBase(c, config), notice, now);
      const result: FeedbackReceipt = { trackingCode, status: 'pending', receivedAt: created.receivedAt };
      await storeIdempotentAnswer(trx, c, 201, result);
      return result;
    });
    c.header('Location', apiPath('feedbackStatus', { code: receipt.trackingCode }));
    return receipt;
  }

  return { form, limit: guards.limit, send, issuerOf };
}
