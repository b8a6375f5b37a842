import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/schema.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import type { Localized } from '../http/language.ts';
import { ProblemError } from '../http/problem.ts';
import { fieldProblem, requireFormToken, staleConsentsProblem, WORK_NEEDED } from './form-checks.ts';
import { deriveKey, formSecret } from './form-secret.ts';
import { forgetExpiredFormTokens, issueFormToken, spendFormToken } from './form-token.ts';
import { questionPostCounter } from './post-counter.ts';
import {
  checkWorkSolution,
  forgetExpiredSolutions,
  newWorkChallenge,
  spendWorkSolution,
} from './work-challenge.ts';

export interface PublicFormOptions {
  /**
   * Names this form's keys and counter, so another form's token or proof of work is not this
   * one's and its sends count apart; '' is the Q&A box's own (its keys predate the others).
   */
  name: string;
  /** Sends per client address per hour. */
  perHour: number;
  /** Said with the 429: what is limited, in a few words ("câu hỏi" / "questions"). */
  what: Localized;
}

/** What every public form sends besides its fields (see the contract's `SubmissionGuards`). */
export interface Guards {
  formToken: string;
  consents: { version: string };
  proofOfWork?: string | undefined;
}

/**
 * A public form's protections, shared by the ask box, dialogue questions and feedback on
 * documents, in the order a post meets them: its Idempotency-Key (the `idempotent` middleware,
 * before all of these); the hourly per-client limit (`limit`); then (`check`) the form token's
 * minimum fill time, the consent edition shown, and a proof of work once a client has sent a
 * lot; then (`spend`, in the item's own transaction) the count, the token and the solution,
 * each once. Only stored sends count towards the limit and the proof of work.
 */
export function publicForm(deps: AppDeps, options: PublicFormOptions) {
  const { config, db } = deps;
  const secret = formSecret(db, config.questions.formSecret);
  const key = async (purpose: string) =>
    deriveKey(await secret(), options.name ? `${options.name}-${purpose}` : purpose);
  const counter = questionPostCounter(
    db,
    () => key('client'),
    config.trustProxy,
    options.name || 'questions',
  );
  const needsWork = (storedBefore: number) => storedBefore >= config.questions.challengeAfter;

  const limitProblem = (now: Date) => {
    const retryAfter = Math.ceil((counter.windowEnd(now).getTime() - now.getTime()) / 1000);
    const minutes = Math.ceil(retryAfter / 60);
    return new ProblemError(429, {
      detail: {
        vi: `Mỗi người chỉ gửi được ${options.perHour} ${options.what.vi} trong một giờ. Vui lòng thử lại sau ${minutes} phút; nội dung bạn đã soạn vẫn được giữ.`,
        en: `Each person may send ${options.perHour} ${options.what.en} per hour. Please try again in ${minutes} minutes; your draft is kept.`,
      },
      headers: { 'Retry-After': String(retryAfter) },
    });
  };

  /** The form as handed out: the consent edition shown, a token, maybe a challenge. */
  async function form<C>(edition: { version: string; consents: C }, c: Context<AppEnv>) {
    const now = deps.clock();
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
    if ((await counter.count(c, now)) >= options.perHour) throw limitProblem(now);
    await next();
  };

  /**
   * The checks that need no write; answers the consent edition the sender saw (`editionOf`
   * gives it when it is the current one) and a solved challenge, if one was needed.
   */
  async function check<E>(
    input: Guards,
    c: Context<AppEnv>,
    now: Date,
    editionOf: (v: string) => E | undefined,
  ) {
    requireFormToken(await key('form-token'), input.formToken, now, config.questions.minFillSeconds, c);
    const edition = editionOf(input.consents.version);
    if (!edition) throw staleConsentsProblem(c);
    await forgetExpiredFormTokens(db, now);
    await forgetExpiredSolutions(db, now);
    if (!needsWork(await counter.count(c, now))) return { edition, solution: null };
    const solution =
      input.proofOfWork === undefined
        ? null
        : await checkWorkSolution(await key('work'), input.proofOfWork, now);
    if (!solution) throw fieldProblem(422, 'proofOfWork', WORK_NEEDED, c);
    return { edition, solution };
  }

  type Solution = Awaited<ReturnType<typeof check>>['solution'];

  /** Everything that must hold once and only once, in the item's own transaction. */
  async function spend(
    trx: Db,
    input: Guards,
    solution: Solution,
    c: Context<AppEnv>,
    now: Date,
    used: Localized,
  ) {
    if ((await counter.record(trx, c, now)) > options.perHour) throw limitProblem(now);
    if (!(await spendFormToken(trx, input.formToken))) throw fieldProblem(409, 'formToken', used, c);
    if (solution && !(await spendWorkSolution(trx, solution)))
      throw fieldProblem(422, 'proofOfWork', WORK_NEEDED, c);
  }

  return { form, limit, check, spend };
}
