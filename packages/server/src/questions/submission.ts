import type { QuestionForm, QuestionInput, QuestionReceipt } from '@pbgdpl/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, problem, requestLanguage } from '../http/problem.ts';
import { API_PREFIX } from '../http/route.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { unitsRepository } from '../repositories/units.ts';
import { type ConsentEdition, consentsOfVersion, currentConsents } from './consent-texts.ts';
import { deriveKey, formSecret } from './form-secret.ts';
import { checkFormToken, issueFormToken } from './form-token.ts';
import { IDEMPOTENCY_KEY, idempotencyRepository, requestHash } from './idempotency.ts';
import { questionPostCounter } from './post-counter.ts';
import { newWorkChallenge, spendWorkSolution } from './work-challenge.ts';

type Input = z.output<typeof QuestionInput>;

const nfc = (text: string) => text.normalize('NFC');
const nfcOrNull = (text: string | undefined) => (text === undefined ? null : nfc(text));

const fieldProblem = (status: 400 | 422, field: string, message: { vi: string; en: string }, c: Context) =>
  new ProblemError(status, { detail: message, errors: { [field]: [message[requestLanguage(c)]] } });

/**
 * The ask form's protections, in the order a post meets them: a replayed Idempotency-Key
 * answers what it answered before; the hourly per-client limit; then (in `submit`) the form
 * token's minimum fill time, the consent edition, and a proof of work once a client posts a lot.
 */
export function questionSubmission(deps: AppDeps) {
  const { config, db } = deps;
  const secret = formSecret(db, config.questions.formSecret);
  const key = async (purpose: string) => deriveKey(await secret(), purpose);
  const counter = questionPostCounter(db, () => key('client'), config.trustProxy);
  const idempotency = idempotencyRepository(db);
  const units = unitsRepository(db);
  const needsWork = (postsBefore: number) => postsBefore >= config.questions.challengeAfter;

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

  /** Runs before the body is parsed: replays and over-limit clients cost no validation. */
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    const now = deps.clock();
    const idempotencyKey = c.req.header('Idempotency-Key');
    if (idempotencyKey !== undefined) {
      if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw fieldProblem(
          400,
          'Idempotency-Key',
          {
            vi: 'Idempotency-Key phải gồm 8–128 ký tự in được, ví dụ một UUID.',
            en: 'Idempotency-Key must be 8–128 printable characters, e.g. a UUID.',
          },
          c,
        );
      }
      const stored = await idempotency.find(idempotencyKey, now);
      if (stored) {
        if (stored.requestHash !== requestHash(await c.req.text())) {
          throw fieldProblem(
            422,
            'Idempotency-Key',
            {
              vi: 'Khóa Idempotency-Key này đã được dùng cho một câu hỏi khác. Hãy tạo khóa mới.',
              en: 'This Idempotency-Key was used for a different question. Make a new key.',
            },
            c,
          );
        }
        return c.body(stored.body, stored.status as 201, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
          'Idempotent-Replayed': 'true',
        });
      }
    }
    const posts = await counter.add(c, now);
    if (posts > config.questions.perHour) {
      const retryAfter = Math.ceil((counter.windowEnd(now).getTime() - now.getTime()) / 1000);
      const minutes = Math.ceil(retryAfter / 60);
      return problem(c, 429, {
        detail: {
          vi: `Mỗi người chỉ gửi được ${config.questions.perHour} câu hỏi trong một giờ. Vui lòng thử lại sau ${minutes} phút; nội dung bạn đã soạn vẫn được giữ.`,
          en: `Each person may send ${config.questions.perHour} questions per hour. Please try again in ${minutes} minutes; your draft is kept.`,
        },
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    await next();
  };

  /** Returns the consent edition the sender saw, once every protection passed. */
  async function checkProtections(input: Input, c: Context<AppEnv>, now: Date): Promise<ConsentEdition> {
    const token = checkFormToken(
      await key('form-token'),
      input.formToken,
      now,
      config.questions.minFillSeconds,
    );
    if (!token.ok && token.reason === 'too-fast') {
      throw new ProblemError(422, {
        detail: {
          vi: `Bạn gửi quá nhanh. Vui lòng đợi ${token.waitSeconds} giây rồi gửi lại.`,
          en: `That was too fast. Please wait ${token.waitSeconds} seconds and send again.`,
        },
        errors: {
          formToken: [
            requestLanguage(c) === 'en'
              ? `Wait ${token.waitSeconds} seconds`
              : `Đợi ${token.waitSeconds} giây`,
          ],
        },
        headers: { 'Retry-After': String(token.waitSeconds) },
      });
    }
    if (!token.ok) {
      throw fieldProblem(
        400,
        'formToken',
        token.reason === 'expired'
          ? {
              vi: 'Biểu mẫu đã mở quá lâu. Hãy tải lại biểu mẫu rồi gửi.',
              en: 'The form is too old. Reload it and send again.',
            }
          : {
              vi: 'Mã biểu mẫu không hợp lệ. Hãy tải lại biểu mẫu.',
              en: 'The form token is invalid. Reload the form.',
            },
        c,
      );
    }
    const edition = consentsOfVersion(input.consents.version);
    if (!edition) {
      throw fieldProblem(
        422,
        'consents.version',
        {
          vi: 'Nội dung đồng ý đã được cập nhật. Hãy tải lại biểu mẫu và đọc lại trước khi gửi.',
          en: 'The consent texts have changed. Reload the form and read them before sending.',
        },
        c,
      );
    }
    if (input.unit !== undefined && !(await units.exists(input.unit))) {
      // Unlike the shared unit message, this one does not repeat the value: it came from a citizen's request.
      throw fieldProblem(400, 'unit', { vi: 'Không có đơn vị này', en: 'There is no such unit' }, c);
    }
    const postsBefore = (await counter.count(c, now)) - 1;
    if (!needsWork(postsBefore)) return edition;
    const solved =
      input.proofOfWork !== undefined &&
      (await spendWorkSolution(db, await key('work'), input.proofOfWork, now));
    if (!solved) {
      throw fieldProblem(
        422,
        'proofOfWork',
        {
          vi: 'Cần hoàn tất bước xác minh chống thư rác. Hãy tải lại biểu mẫu và gửi lại.',
          en: 'The anti-spam check must be completed. Reload the form and send again.',
        },
        c,
      );
    }
    return edition;
  }

  async function submit(input: Input, c: Context<AppEnv>): Promise<QuestionReceipt> {
    const now = deps.clock();
    const edition = await checkProtections(input, c, now);
    const idempotencyKey = c.req.header('Idempotency-Key');
    const hash = requestHash(await c.req.text());
    const receipt = await db.transaction().execute(async (trx) => {
      // Of two identical posts racing (on one node or two), the second waits here, then answers the first's receipt.
      const keys = idempotencyRepository(trx);
      if (idempotencyKey && !(await keys.claim(idempotencyKey, hash, now))) {
        const earlier = await keys.find(idempotencyKey, now);
        if (earlier) return JSON.parse(earlier.body) as QuestionReceipt;
      }
      const created = await questionsRepository(trx).create(
        {
          name: nfc(input.name),
          email: input.email ?? null,
          phone: input.phone ?? null,
          address: nfcOrNull(input.address),
          field: input.field,
          unitId: input.unit ?? null,
          title: nfc(input.title),
          body: nfc(input.body),
          publishName: input.consents.publishName,
          consents: edition,
        },
        now,
      );
      const result: QuestionReceipt = {
        trackingCode: created.trackingCode,
        status: 'pending',
        receivedAt: created.receivedAt,
      };
      if (idempotencyKey) {
        await keys.store(idempotencyKey, { requestHash: hash, status: 201, body: JSON.stringify(result) });
      }
      return result;
    });
    c.header('Location', `${API_PREFIX}/questions/status/${receipt.trackingCode}`);
    return receipt;
  }

  return { form, guard, submit };
}
