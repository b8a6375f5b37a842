import type { QuestionForm, QuestionInput, QuestionReceipt } from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { storeIdempotentAnswer } from '../http/idempotency.ts';
import { requestLanguage } from '../http/problem.ts';
import { apiPath } from '../http/route.ts';
import { questionRoutingRepository } from '../repositories/question-routing.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { consoleBase } from '../mail/console-base.ts';
import { queueQuestionAssigned, queueQuestionReceipt } from '../mail/question-mail.ts';
import { currentConsents, currentConsentsOfVersion } from './consent-texts.ts';
import { fieldProblem } from './form-checks.ts';
import { publicForm } from './public-form.ts';
import { toNewQuestion } from './sent-question.ts';

type Input = z.output<typeof QuestionInput>;

/**
 * The ask form: the protections every public form has (`publicForm`: idempotency, the hourly
 * limit, form token, consent edition, proof of work), the unit it was asked on, and the
 * question written with its consents, routing, receipt and staff notice in one transaction.
 */
export function questionSubmission(deps: AppDeps) {
  const { config, db } = deps;
  const guards = publicForm(deps, {
    name: '',
    perHour: config.questions.perHour,
    what: { vi: 'câu hỏi', en: 'questions' },
  });
  const units = unitsRepository(db);

  const form = async (c: Context<AppEnv>): Promise<QuestionForm> =>
    guards.form(currentConsents(requestLanguage(c)), c);

  async function submit(input: Input, c: Context<AppEnv>): Promise<QuestionReceipt> {
    const now = deps.clock();
    const { edition, solution } = await guards.check(input, c, now, currentConsentsOfVersion);
    if (input.unit !== undefined && !(await units.exists(input.unit))) {
      // Unlike the shared unit message, this one does not repeat the value: it came from a citizen's request.
      throw fieldProblem(400, 'unit', { vi: 'Không có đơn vị này', en: 'There is no such unit' }, c);
    }
    const receipt = await db.transaction().execute(async (trx) => {
      await guards.spend(trx, input, solution, c, now, {
        vi: 'Biểu mẫu này đã được dùng để gửi một câu hỏi. Hãy tải lại biểu mẫu rồi gửi; nội dung bạn đã soạn vẫn được giữ.',
        en: 'This form was already used to send a question. Reload the form and send again; your draft is kept.',
      });
      // The unit whose site it was asked on, else the unit the administrator routes its field to.
      const unitId = input.unit ?? (await questionRoutingRepository(trx).unitFor(input.field));
      const questions = questionsRepository(trx);
      const created = await questions.create({ ...toNewQuestion(input, edition), unitId }, now);
      if (input.unit === undefined && unitId !== null)
        await questions.audit(created.id, now, 'system', 'routed', `${input.field} → ${unitId}`);
      await queueQuestionReceipt(trx, config, created.id, now);
      if (unitId !== null)
        await queueQuestionAssigned(trx, config, consoleBase(c, config), { ...created, unitId }, now);
      const result: QuestionReceipt = {
        trackingCode: created.trackingCode,
        status: 'pending',
        receivedAt: created.receivedAt,
      };
      await storeIdempotentAnswer(trx, c, 201, result);
      return result;
    });
    c.header('Location', apiPath('questionStatus', { code: receipt.trackingCode }));
    return receipt;
  }

  return { form, limit: guards.limit, submit };
}
