import type {
  DialogueQuestionInput,
  DialogueQuestionReceipt,
  QuestionForm,
  SupportReceipt,
} from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { storeIdempotentAnswer } from '../http/idempotency.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { deriveKey, formSecret, sign } from '../questions/form-secret.ts';
import { publicForm } from '../questions/public-form.ts';
import { dialogueQuestionsRepository } from '../repositories/dialogue-questions.ts';
import { dialoguesRepository } from '../repositories/dialogues.ts';
import { consoleBase } from '../mail/console-base.ts';
import { queueDialogueQuestionNotice } from '../mail/dialogue-mail.ts';
import { recordReceived } from './received.ts';
import { dialogueConsents } from './consent-texts.ts';
import { dialogueNotFound, dialogueQuestionNotFound, FORM_USED } from './problems.ts';

type Input = z.output<typeof DialogueQuestionInput>;

/**
 * Asking a session (while it is collecting or live) with the ask box's protections and its
 * own limit, counted apart from the Q&A box; and "cùng quan tâm", once per browser.
 */
export function dialogueAsking(deps: AppDeps) {
  const { config, db } = deps;
  const guards = publicForm(deps, {
    name: 'dialogue',
    perHour: config.questions.perHour,
    what: { vi: 'câu hỏi', en: 'questions' },
  });
  const secret = formSecret(db, config.questions.formSecret);

  /** A published session that takes questions now, else 404 or 409 said in words. */
  async function openSession(id: number) {
    const session = await dialoguesRepository(db).publishedState(id);
    if (!session) throw dialogueNotFound(id);
    if (session.state === 'upcoming')
      throw new ProblemError(409, {
        detail: {
          vi: 'Buổi đối thoại chưa bắt đầu nhận câu hỏi. Vui lòng quay lại khi ban tổ chức mở nhận câu hỏi.',
          en: 'The session does not take questions yet. Please come back when the organisers open it.',
        },
      });
    if (session.state !== 'collecting' && session.state !== 'live')
      throw new ProblemError(409, {
        detail: {
          vi: 'Buổi đối thoại đã kết thúc, không nhận câu hỏi nữa.',
          en: 'The session has ended and takes no more questions.',
        },
      });
    return session;
  }

  async function form(id: number, c: Context<AppEnv>): Promise<QuestionForm> {
    await openSession(id);
    return guards.form(dialogueConsents.current(requestLanguage(c)), c);
  }

  async function ask(id: number, input: Input, c: Context<AppEnv>): Promise<DialogueQuestionReceipt> {
    const session = await openSession(id);
    const now = deps.clock();
    const { edition, solution } = await guards.check(input, c, now, dialogueConsents.currentOfVersion);
    return db.transaction().execute(async (trx) => {
      await guards.spend(trx, input, solution, c, now, FORM_USED);
      const created = await dialogueQuestionsRepository(trx).create(
        id,
        { ...input, publishName: input.consents.publishName },
        now,
      );
      await recordReceived(
        trx,
        'dialogue-question',
        created.id,
        { edition, publishName: input.consents.publishName, detail: `Đối thoại số ${id}` },
        now,
      );
      const dialogue = { dialogueId: id, dialogueTitle: session.title, unitId: session.unitId };
      await queueDialogueQuestionNotice(trx, config, consoleBase(c, config), dialogue, now);
      const receipt: DialogueQuestionReceipt = {
        id: created.id,
        status: 'pending',
        receivedAt: created.receivedAt,
      };
      await storeIdempotentAnswer(trx, c, 201, receipt);
      return receipt;
    });
  }

  /** One support per browser: the browser's id is kept only as a keyed hash. */
  async function support(id: number, questionId: number, browserId: string): Promise<SupportReceipt> {
    if (!(await dialoguesRepository(db).publishedState(id))) throw dialogueNotFound(id);
    const questions = dialogueQuestionsRepository(db);
    if (!(await questions.isPublic(id, questionId))) throw dialogueQuestionNotFound(questionId);
    const supporter = sign(deriveKey(await secret(), 'dialogue-supporter'), browserId);
    const result = await db
      .transaction()
      .execute((trx) => dialogueQuestionsRepository(trx).support(questionId, supporter, deps.clock()));
    return { questionId, ...result };
  }

  return { form, limit: guards.limit, ask, support };
}
