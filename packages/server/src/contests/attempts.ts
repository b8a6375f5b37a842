import { randomInt } from 'node:crypto';
import type { Attempt } from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { Db } from '../db/schema.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { storeIdempotentAnswer } from '../http/idempotency.ts';
import { ProblemError } from '../http/problem.ts';
import { fieldProblem } from '../questions/form-checks.ts';
import {
  contestAttemptsRepository,
  type DrawnQuestion,
  type StoredAttempt,
} from '../repositories/contest-attempts.ts';
import { contestParticipantsRepository } from '../repositories/contest-participants.ts';
import { type BankQuestion, contestQuestionsRepository } from '../repositories/contest-questions.ts';
import { contestsRepository } from '../repositories/contests.ts';
import {
  attemptClosed,
  attemptLimitReached,
  attemptNotFound,
  contestNotFound,
  noOpenRound,
  vnTime,
} from './problems.ts';
import { newSecret, secretHash } from './secret-token.ts';

/** Faster than this per question, on average, is not reading: the attempt is flagged for the organisers. */
export const MIN_SECONDS_PER_QUESTION = 2;

/** `count` of `items` in a random order (a partial Fisher–Yates shuffle with a CSPRNG). */
export function drawRandom<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + randomInt(pool.length - i);
    const held = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = held;
  }
  return pool.slice(0, count);
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

/** How many of the drawn questions the saved answers got right (a question since deleted counts wrong). */
export function countCorrect(
  draw: DrawnQuestion[],
  answers: Map<number, number[]>,
  bank: Map<number, BankQuestion>,
): number {
  return draw.filter(([id]) => {
    const question = bank.get(id);
    const chosen = answers.get(id);
    return question !== undefined && chosen !== undefined && sameSet(chosen, question.correct);
  }).length;
}

/**
 * Taking part: starting an attempt in the open round (drawn and shuffled here), saving answers
 * and the guess until the deadline, submitting, and reading it back. The key the participant
 * holds is the only way in; the database keeps its hash. The deadline is the time limit or the
 * round's end, whichever comes first; an attempt past it closes with what was saved.
 */
export function contestAttempts(deps: AppDeps) {
  const { db, clock } = deps;

  const remaining = (attempt: StoredAttempt, now: Date) =>
    attempt.submittedAt !== null
      ? 0
      : Math.max(0, Math.ceil((Date.parse(attempt.deadline) - now.getTime()) / 1000));

  /** Closes `attempt` at `at` with its score, in `trx`; returns it as stored now. */
  async function close(
    trx: Db,
    attempt: StoredAttempt,
    at: Date,
    autoClosed: boolean,
  ): Promise<StoredAttempt> {
    const attempts = contestAttemptsRepository(trx);
    const answers = await attempts.answers(attempt.id);
    const bank = await contestQuestionsRepository(trx).byIds(attempt.draw.map(([id]) => id));
    const seconds = (at.getTime() - Date.parse(attempt.startedAt)) / 1000;
    await attempts.close(attempt.id, {
      submittedAt: at,
      autoClosed,
      correct: countCorrect(attempt.draw, answers, bank),
      seconds,
      flagged: !autoClosed && seconds < attempt.draw.length * MIN_SECONDS_PER_QUESTION,
    });
    return (await attempts.byId(attempt.id)) as StoredAttempt;
  }

  /** The attempt of `key`, closed first if its deadline has passed (in `trx`, locked for writing). */
  async function current(trx: Db, key: string, now: Date): Promise<StoredAttempt> {
    const attempt = await contestAttemptsRepository(trx).byKey(secretHash(key), true);
    if (!attempt) throw attemptNotFound();
    if (attempt.submittedAt === null && now.getTime() >= Date.parse(attempt.deadline))
      return close(trx, attempt, new Date(attempt.deadline), true);
    return attempt;
  }

  /** The attempt as its participant sees it: no key before it is closed and the round has ended. */
  async function view(attempt: StoredAttempt, key: string, now: Date, source: Db = db): Promise<Attempt> {
    const answers = await contestAttemptsRepository(source).answers(attempt.id);
    const bank = await contestQuestionsRepository(source).byIds(attempt.draw.map(([id]) => id));
    const reviewed = attempt.submittedAt !== null && now.getTime() >= Date.parse(attempt.round.ends_at);
    const shownPositions = (order: number[], entered: number[]) =>
      order.flatMap((position, shown) => (entered.includes(position) ? [shown] : []));
    return {
      key,
      contestId: attempt.round.contest_id,
      round: { id: attempt.round.id, title: attempt.round.title, tieBreak: attempt.round.tie_break === 1 },
      startedAt: attempt.startedAt,
      deadline: attempt.deadline,
      remainingSeconds: remaining(attempt, now),
      submittedAt: attempt.submittedAt,
      autoClosed: attempt.autoClosed,
      questions: attempt.draw.flatMap(([id, order]) => {
        const question = bank.get(id);
        if (!question) return [];
        return [
          {
            id,
            text: question.text,
            options: order.map((position) => question.options[position] ?? ''),
            multiple: question.correct.length > 1,
            choices: shownPositions(order, answers.get(id) ?? []),
            review: reviewed
              ? {
                  correct: shownPositions(order, question.correct),
                  explanation: question.explanation,
                  documentId: question.documentId,
                }
              : null,
          },
        ];
      }),
      guess: attempt.guess,
      score:
        attempt.submittedAt === null
          ? null
          : { correct: attempt.correct ?? 0, total: attempt.draw.length, seconds: attempt.seconds ?? 0 },
    };
  }

  async function start(contestId: number, participantToken: string, c: Context<AppEnv>): Promise<Attempt> {
    const now = clock();
    const contest = await contestsRepository(db, clock).getPublished(contestId);
    if (!contest) throw contestNotFound(contestId);
    const round = contest.rounds.find((r) => r.state === 'open');
    if (!round) throw noOpenRound(contest.rounds.find((r) => r.state === 'upcoming'));
    const key = newSecret();
    return db.transaction().execute(async (trx) => {
      const participant = await contestParticipantsRepository(trx).byToken(
        contestId,
        secretHash(participantToken),
        true,
      );
      if (!participant)
        throw fieldProblem(
          403,
          'participantToken',
          {
            vi: 'Mã dự thi không đúng. Hãy đăng ký dự thi trước khi làm bài.',
            en: 'The participant token is not valid. Register for the contest before taking part.',
          },
          c,
        );
      const attempts = contestAttemptsRepository(trx);
      const earlier = await attempts.ofParticipant(participant.id, round.id);
      const running = earlier.find((a) => a.submitted_at === null && Date.parse(a.deadline) > now.getTime());
      if (running)
        throw new ProblemError(409, {
          detail: {
            vi: `Bạn đang có một lượt thi chưa nộp; hãy tiếp tục lượt đó. Nếu không, lượt ấy tự kết thúc lúc ${vnTime(running.deadline)}.`,
            en: `You have an attempt in progress; continue it. Otherwise it closes by itself at ${vnTime(running.deadline)} (Vietnam time).`,
          },
        });
      if (earlier.length >= round.maxAttempts) throw attemptLimitReached(round.maxAttempts);
      const questions = contestQuestionsRepository(trx);
      const ids = await questions.idsOf(contestId);
      if (ids.length < round.questionCount)
        throw new ProblemError(409, {
          detail: {
            vi: 'Ngân hàng câu hỏi của cuộc thi chưa đủ câu cho vòng này. Vui lòng báo ban tổ chức.',
            en: "The contest's question bank has too few questions for this round. Please tell the organisers.",
          },
        });
      const bank = await questions.byIds(drawRandom(ids, round.questionCount));
      const draw: DrawnQuestion[] = [...bank.values()].map((q) => [
        q.id,
        drawRandom(
          q.options.map((_, position) => position),
          q.options.length,
        ),
      ]);
      const limitEnd = now.getTime() + round.timeLimitSeconds * 1000;
      const id = await attempts.create({
        keyHash: secretHash(key),
        participantId: participant.id,
        roundId: round.id,
        // The bank's order is the database's: shuffle the questions too.
        draw: drawRandom(draw, draw.length),
        startedAt: now,
        deadline: new Date(Math.min(limitEnd, Date.parse(round.endsAt))),
      });
      const started = await view((await attempts.byId(id)) as StoredAttempt, key, now, trx);
      // A retried start (a dropped connection) gets this attempt, key included, not a refusal.
      await storeIdempotentAnswer(trx, c, 201, started);
      return started;
    });
  }

  async function read(key: string): Promise<Attempt> {
    const now = clock();
    const attempt = await db.transaction().execute((trx) => current(trx, key, now));
    return view(attempt, key, now);
  }

  /** Saves one answer given as positions in the attempt's order of options. */
  async function answer(key: string, questionId: number, shown: number[], c: Context<AppEnv>) {
    const now = clock();
    const attempt = await db.transaction().execute(async (trx) => {
      const found = await current(trx, key, now);
      if (found.submittedAt !== null) throw attemptClosed();
      const order = found.draw.find(([id]) => id === questionId)?.[1];
      if (!order)
        throw new ProblemError(404, {
          detail: {
            vi: `Câu hỏi số ${questionId} không thuộc lượt thi này.`,
            en: `Question ${questionId} is not part of this attempt.`,
          },
        });
      if (shown.some((position) => position >= order.length))
        throw fieldProblem(
          400,
          'choices',
          {
            vi: `Câu hỏi này chỉ có ${order.length} phương án.`,
            en: `This question has only ${order.length} options.`,
          },
          c,
        );
      await contestAttemptsRepository(trx).saveAnswer(
        found.id,
        questionId,
        order.filter((_, position) => shown.includes(position)),
        now,
      );
      return found;
    });
    return {
      questionId,
      choices: [...shown].sort((a, b) => a - b),
      savedAt: now.toISOString(),
      remainingSeconds: remaining(attempt, now),
    };
  }

  async function guess(key: string, value: number, c: Context<AppEnv>): Promise<Attempt> {
    const now = clock();
    const attempt = await db.transaction().execute(async (trx) => {
      const found = await current(trx, key, now);
      if (found.submittedAt !== null) throw attemptClosed();
      if (found.round.tie_break !== 1)
        throw fieldProblem(
          400,
          'guess',
          { vi: 'Vòng thi này không có câu dự đoán.', en: 'This round has no tie-break guess.' },
          c,
        );
      await contestAttemptsRepository(trx).saveGuess(found.id, value);
      return { ...found, guess: value };
    });
    return view(attempt, key, now);
  }

  /** Scores the attempt; submitting again, or after the deadline, answers the closed attempt. */
  async function submit(key: string, value: number | undefined): Promise<Attempt> {
    const now = clock();
    const attempt = await db.transaction().execute(async (trx) => {
      const found = await current(trx, key, now);
      if (found.submittedAt !== null) return found;
      if (value !== undefined && found.round.tie_break === 1)
        await contestAttemptsRepository(trx).saveGuess(found.id, value);
      return close(trx, found, now, false);
    });
    return view(attempt, key, now);
  }

  /** Closes a round's attempts whose deadline has passed, with what they saved (before ranking). */
  async function closeExpired(roundId: number): Promise<void> {
    const now = clock();
    for (const id of await contestAttemptsRepository(db).expired(roundId, now))
      await db.transaction().execute(async (trx) => {
        const attempt = await contestAttemptsRepository(trx).byId(id);
        if (attempt && attempt.submittedAt === null)
          await close(trx, attempt, new Date(attempt.deadline), true);
      });
  }

  return { start, read, answer, guess, submit, closeExpired };
}
