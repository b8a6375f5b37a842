import type { ContestForm, ParticipantInput, ParticipantReceipt } from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { storeIdempotentAnswer } from '../http/idempotency.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import {
  fieldProblem,
  requireFormToken,
  staleConsentsProblem,
  WORK_NEEDED,
} from '../questions/form-checks.ts';
import { deriveKey, formSecret } from '../questions/form-secret.ts';
import { questionPostCounter } from '../questions/post-counter.ts';
import { forgetExpiredFormTokens, issueFormToken, spendFormToken } from '../questions/form-token.ts';
import {
  checkWorkSolution,
  forgetExpiredSolutions,
  newWorkChallenge,
  spendWorkSolution,
} from '../questions/work-challenge.ts';
import { contestParticipantsRepository } from '../repositories/contest-participants.ts';
import { contestsRepository } from '../repositories/contests.ts';
import { vnDay } from '../stats/stats-period.ts';
import { contestConsents } from './consent-texts.ts';
import { contestNotFound } from './problems.ts';
import { newSecret, secretHash } from './secret-token.ts';

type Input = z.output<typeof ParticipantInput>;

/**
 * Registering for a contest meets the ask form's protections, shared with it: a signed form
 * token with a minimum fill time, spent once; the consent edition shown; a proof of work once
 * a client has registered PBGDPL_QUESTION_CHALLENGE_AFTER people in the hour (counted apart
 * from questions); and a per-client limit per minute (`rateLimit` on the route). One
 * participant per phone number and per e-mail address.
 */
export function contestRegistration(deps: AppDeps) {
  const { config, db } = deps;
  const secret = formSecret(db, config.questions.formSecret);
  const key = async (purpose: string) => deriveKey(await secret(), purpose);
  const counter = questionPostCounter(db, () => key('client'), config.trustProxy, 'contest-registrations');
  const needsWork = async (c: Context<AppEnv>, now: Date) =>
    (await counter.count(c, now)) >= config.questions.challengeAfter;

  /** A published contest that still has a round to take part in. */
  async function openContest(id: number) {
    const contest = await contestsRepository(db, deps.clock).getPublished(id);
    if (!contest) throw contestNotFound(id);
    if (contest.state !== 'open' && contest.state !== 'upcoming')
      throw new ProblemError(409, {
        detail: {
          vi: 'Cuộc thi đã kết thúc, không nhận đăng ký nữa.',
          en: 'The contest has ended and takes no more registrations.',
        },
      });
    return contest;
  }

  async function form(id: number, c: Context<AppEnv>): Promise<ContestForm> {
    await openContest(id);
    const now = deps.clock();
    const edition = contestConsents.current(requestLanguage(c));
    return {
      consentVersion: edition.version,
      consents: edition.consents,
      formToken: issueFormToken(await key('contest-form-token'), now),
      minFillSeconds: config.questions.minFillSeconds,
      challenge: (await needsWork(c, now)) ? await newWorkChallenge(await key('contest-work'), now) : null,
    };
  }

  async function register(id: number, input: Input, c: Context<AppEnv>): Promise<ParticipantReceipt> {
    await openContest(id);
    const now = deps.clock();
    requireFormToken(
      await key('contest-form-token'),
      input.formToken,
      now,
      config.questions.minFillSeconds,
      c,
    );
    const edition = contestConsents.currentOfVersion(input.consents.version);
    if (!edition) throw staleConsentsProblem(c);
    if (input.birthYear > Number(vnDay(now).slice(0, 4)))
      throw fieldProblem(400, 'birthYear', { vi: 'Năm sinh không hợp lệ', en: 'Invalid year of birth' }, c);
    let solution: Awaited<ReturnType<typeof checkWorkSolution>> = null;
    if (await needsWork(c, now)) {
      if (input.proofOfWork !== undefined)
        solution = await checkWorkSolution(await key('contest-work'), input.proofOfWork, now);
      if (!solution) throw fieldProblem(422, 'proofOfWork', WORK_NEEDED, c);
    }
    await forgetExpiredFormTokens(db, now);
    await forgetExpiredSolutions(db, now);

    const token = newSecret();
    const receipt: ParticipantReceipt = { participantToken: token, registeredAt: now.toISOString() };
    await db.transaction().execute(async (trx) => {
      const participants = contestParticipantsRepository(trx);
      if (await participants.contactTaken(id, input.phone ?? null, input.email ?? null))
        throw fieldProblem(
          409,
          'contact',
          {
            vi: 'Số điện thoại hoặc email này đã đăng ký cuộc thi. Hãy tiếp tục trên thiết bị đã đăng ký, hoặc liên hệ ban tổ chức.',
            en: 'This phone number or e-mail is already registered for the contest. Continue on the device you registered with, or contact the organisers.',
          },
          c,
        );
      if (!(await spendFormToken(trx, input.formToken)))
        throw fieldProblem(
          409,
          'formToken',
          {
            vi: 'Biểu mẫu này đã được dùng để đăng ký. Hãy tải lại biểu mẫu rồi gửi.',
            en: 'This form was already used to register. Reload the form and send again.',
          },
          c,
        );
      if (solution && !(await spendWorkSolution(trx, solution)))
        throw fieldProblem(422, 'proofOfWork', WORK_NEEDED, c);
      await counter.record(trx, c, now);
      const granted = new Set(['take-part']);
      if (input.consents.publishResult) granted.add('publish-result');
      if (input.consents.prizeContact) granted.add('prize-contact');
      await participants.create(
        {
          contestId: id,
          tokenHash: secretHash(token),
          name: input.name,
          phone: input.phone ?? null,
          email: input.email ?? null,
          birthYear: input.birthYear,
          commune: input.commune,
          idNumber: input.idNumber ?? null,
          granted,
          edition,
        },
        now,
      );
      // A retried registration (a dropped connection) gets the same token, not "already registered".
      await storeIdempotentAnswer(trx, c, 201, receipt);
    });
    return receipt;
  }

  return { form, register };
}
