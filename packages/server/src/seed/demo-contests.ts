import { ContestInput, ContestQuestionInput, ParticipantInput } from '@pbgdpl/contract';
import { z } from 'zod';
import { contestConsents } from '../contests/consent-texts.ts';
import { countCorrect } from '../contests/attempts.ts';
import { newSecret, secretHash } from '../contests/secret-token.ts';
import type { Db } from '../db/schema.ts';
import { contestAttemptsRepository, type DrawnQuestion } from '../repositories/contest-attempts.ts';
import { contestParticipantsRepository } from '../repositories/contest-participants.ts';
import { contestQuestionsRepository } from '../repositories/contest-questions.ts';
import { contestsRepository } from '../repositories/contests.ts';
import { unitsRepository } from '../repositories/units.ts';
import { addDays, vnDay, vnDayStart } from '../stats/stats-period.ts';
import { checked, DemoContentError, readDemoEntries, requireUnit } from './demo-file.ts';

/** A round placed around the day of loading: from midnight in Vietnam `startDaysFromNow` days away, for `days` days. */
const DemoRound = ContestInput.shape.rounds.element
  .omit({ id: true, startsAt: true, endsAt: true })
  .extend({ startDaysFromNow: z.number().int(), days: z.number().int().min(1) });

/** A participant's attempt: which round, how many right, in how long, with which guess. */
const DemoAttempt = z.object({
  round: z.number().int().min(0),
  right: z.number().int().min(0),
  seconds: z.number().int().min(1),
  guess: z.number().int().min(0),
});

const DemoParticipant = z.object({
  name: ParticipantInput.shape.name,
  commune: ParticipantInput.shape.commune,
  birthYear: ParticipantInput.shape.birthYear,
  phone: z.string().regex(/^0\d{9}$/),
  publishResult: z.boolean(),
  prizeContact: z.boolean(),
  attempts: z.array(DemoAttempt),
});

const DemoContest = ContestInput.omit({ rounds: true }).extend({
  rounds: z.array(DemoRound).min(1),
  questions: z.array(ContestQuestionInput.omit({ contestId: true })).min(1),
  participants: z.array(DemoParticipant).default([]),
});

/**
 * Contests with their rounds placed around the day of loading, their banks, and for ended
 * rounds the participants' attempts: registered with the current consent texts, each attempt
 * answered (its first `right` questions right) and scored by the server's own scoring.
 */
export async function loadDemoContests(db: Db, now: Date, dir: string): Promise<void> {
  const units = unitsRepository(db);
  for (const { entry, where } of readDemoEntries(dir, 'contests.json', 'contests').entries) {
    const demo = checked(DemoContest, entry, where);
    await requireUnit(units, 'unitId', demo.unitId, where);
    const rounds = demo.rounds.map(({ startDaysFromNow, days, ...round }) => {
      const start = addDays(vnDay(now), startDaysFromNow);
      return { ...round, startsAt: vnDayStart(start), endsAt: vnDayStart(addDays(start, days)) };
    });
    const contests = contestsRepository(db, () => now);
    const contest = await contests.create(checked(ContestInput, { ...demo, rounds }, where), now);
    await contests.setState(contest.id, 'published', now);
    const bank = contestQuestionsRepository(db);
    const questions = [];
    for (const question of demo.questions)
      questions.push(await bank.create({ ...question, contestId: contest.id }, now));
    for (const [index, person] of demo.participants.entries())
      await takePart(
        db,
        contest.id,
        { ...person, where: `${where}.participants[${index}]` },
        index,
        contest.rounds,
        questions,
        now,
      );
  }
}

async function takePart(
  db: Db,
  contestId: number,
  person: z.output<typeof DemoParticipant> & { where: string },
  index: number,
  rounds: Array<{ id: number; startsAt: string; questionCount: number }>,
  questions: Array<{ id: number; options: string[]; correct: number[] }>,
  now: Date,
): Promise<void> {
  const granted = new Set(['take-part']);
  if (person.publishResult) granted.add('publish-result');
  if (person.prizeContact) granted.add('prize-contact');
  const participantId = await contestParticipantsRepository(db).create(
    {
      contestId,
      // The demo's participants never play again: nobody holds their token.
      tokenHash: secretHash(newSecret()),
      name: person.name,
      phone: person.phone,
      email: null,
      birthYear: person.birthYear,
      commune: person.commune,
      idNumber: null,
      granted,
      edition: contestConsents.current('vi'),
    },
    now,
  );
  const attempts = contestAttemptsRepository(db);
  const bank = new Map(questions.map((q) => [q.id, { ...q, text: '', explanation: '', documentId: null }]));
  for (const attempt of person.attempts) {
    const round = rounds[attempt.round];
    if (!round)
      throw new DemoContentError(person.where, { 'attempts.round': [`không có vòng thi ${attempt.round}`] });
    // Each participant its own slice of the bank, options as entered.
    const drawn = questions
      .map((_, i) => questions[(index * 3 + i) % questions.length])
      .filter((q) => q !== undefined)
      .slice(0, round.questionCount);
    const draw: DrawnQuestion[] = drawn.map((q) => [q.id, q.options.map((_, position) => position)]);
    const startedAt = new Date(Date.parse(round.startsAt) + (9 + index) * 3600_000);
    const id = await attempts.create({
      keyHash: secretHash(newSecret()),
      participantId,
      roundId: round.id,
      draw,
      startedAt,
      deadline: new Date(startedAt.getTime() + 3600_000),
    });
    const submittedAt = new Date(startedAt.getTime() + attempt.seconds * 1000);
    for (const [i, q] of drawn.entries()) {
      const right = q.correct;
      const wrong = [((right[0] ?? 0) + 1) % q.options.length];
      await attempts.saveAnswer(id, q.id, i < attempt.right ? right : wrong, submittedAt);
    }
    await attempts.saveGuess(id, attempt.guess);
    await attempts.close(id, {
      submittedAt,
      autoClosed: false,
      correct: countCorrect(draw, await attempts.answers(id), bank),
      seconds: attempt.seconds,
      flagged: false,
    });
  }
}
