import type { QuestionForm, QuestionInput, QuestionReceipt } from '@pbgdpl/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Db } from '../db/schema.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { storeIdempotentAnswer } from '../http/idempotency.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { apiPath } from '../http/route.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { consoleBase } from '../mail/console-base.ts';
import { queueQuestionAssigned, queueQuestionReceipt } from '../mail/question-mail.ts';
import { currentConsents, currentConsentsOfVersion } from './consent-texts.ts';
import { deriveKey, formSecret } from './form-secret.ts';
import { fieldProblem, requireFormToken, staleConsentsProblem, WORK_NEEDED } from './form-checks.ts';
import { forgetExpiredFormTokens, issueFormToken, spendFormToken } from './form-token.ts';
import { toNewQuestion } from './sent-question.ts';
import { questionPostCounter } from './post-counter.ts';
import {
  checkWorkSolution,
  forgetExpiredSolutions,
  newWorkChallenge,
  spendWorkSolution,
} from './work-challenge.ts';

type Input = z.output<typeof QuestionInput>;

/**
 * The ask form's protections, in the order a post meets them: its Idempotency-Key (the
 * `idempotent` middleware, before all of these); the hourly per-client limit; then (in
 * `submit`) the form token's minimum fill time, the consent edition, and a proof of work once
 * a client has sent a lot. Only stored questions count towards the limit and the proof of
 * work, and a form token sends one question.
 */
export function questionSubmission(deps: AppDeps) {
  const { config, db } = deps;
  const secret = formSecret(db, config.questions.formSecret);
  const key = async (purpose: string) => deriveKey(await secret(), purpose);
  const counter = questionPostCounter(db, () => key('client'), config.trustProxy);
  const units = unitsRepository(db);
  const needsWork = (storedBefore: number) => storedBefore >= config.questions.challengeAfter;

  const limitProblem = (now: Date) => {
    const retryAfter = Math.ceil((counter.windowEnd(now).getTime() - now.getTime()) / 1000);
    const minutes = Math.ceil(retryAfter / 60);
    return new ProblemError(429, {
      detail: {
        vi: `Mỗi người chỉ gửi được ${config.questions.perHour} câu hỏi trong một giờ. Vui lòng thử lại sau ${minutes} phút; nội dung bạn đã soạn vẫn được giữ.`,
        en: `Each person may send ${config.questions.perHour} questions per hour. Please try again in ${minutes} minutes; your draft is kept.`,
      },
      headers: { 'Retry-After': String(retryAfter) },
    });
  };

  async function form(c: Context<AppEnv>): Promise<QuestionForm> {
    const now = deps.clock();
    const edition = currentConsents(requestLanguage(c));
    return {
      consentVersion: edition.version,
      consents: edition.consents,
      formToken: issueFormToken(await key('form-token'), now),
      minFillSeconds: config.questions.minFillSeconds,
      challenge: needsWork(await counter.count(c, now))
        ? await newWorkChallenge(await key('work'), now)
        : null,
    };
  }

  /** Runs before the body is parsed: a client over its limit costs no validation. */
  const limit: MiddlewareHandler<AppEnv> = async (c, next) => {
    const now = deps.clock();
    if ((await counter.count(c, now)) >= config.questions.perHour) throw limitProblem(now);
    await next();
  };

  /** The checks that need no write; returns the consent edition the sender saw and a solved challenge. */
  async function check(input: Input, c: Context<AppEnv>, now: Date) {
    requireFormToken(await key('form-token'), input.formToken, now, config.questions.minFillSeconds, c);
    const edition = currentConsentsOfVersion(input.consents.version);
    if (!edition) throw staleConsentsProblem(c);
    if (input.unit !== undefined && !(await units.exists(input.unit))) {
      // Unlike the shared unit message, this one does not repeat the value: it came from a citizen's request.
      throw fieldProblem(400, 'unit', { vi: 'Không có đơn vị này', en: 'There is no such unit' }, c);
    }
    if (!needsWork(await counter.count(c, now))) return { edition, solution: null };
    const solution =
      input.proofOfWork === undefined
        ? null
        : await checkWorkSolution(await key('work'), input.proofOfWork, now);
    if (!solution) throw fieldProblem(422, 'proofOfWork', WORK_NEEDED, c);
    return { edition, solution };
  }

  /** Everything that must hold once and only once, in the question's own transaction. */
  async function spend(
    trx: Db,
    input: Input,
    solution: Awaited<ReturnType<typeof check>>['solution'],
    c: Context<AppEnv>,
    now: Date,
  ) {
    if ((await counter.record(trx, c, now)) > config.questions.perHour) throw limitProblem(now);
    if (!(await spendFormToken(trx, input.formToken))) {
      throw fieldProblem(
        409,
        'formToken',
        {
          vi: 'Biểu mẫu này đã được dùng để gửi một câu hỏi. Hãy tải lại biểu mẫu rồi gửi; nội dung bạn đã soạn vẫn được giữ.',
          en: 'This form was already used to send a question. Reload the form and send again; your draft is kept.',
        },
        c,
      );
    }
    if (solution && !(await spendWorkSolution(trx, solution)))
      throw fieldProblem(422, 'proofOfWork', WORK_NEEDED, c);
  }

  async function submit(input: Input, c: Context<AppEnv>): Promise<QuestionReceipt> {
    const now = deps.clock();
    const { edition, solution } = await check(input, c, now);
    await forgetExpiredFormTokens(db, now);
    await forgetExpiredSolutions(db, now);
    const receipt = await db.transaction().execute(async (trx) => {
      await spend(trx, input, solution, c, now);
      const created = await questionsRepository(trx).create(toNewQuestion(input, edition), now);
      await queueQuestionReceipt(trx, config, created.id, now);
      if (input.unit !== undefined)
        await queueQuestionAssigned(
          trx,
          config,
          consoleBase(c, config),
          { ...created, unitId: input.unit },
          now,
        );
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

  return { form, limit, submit };
}
