import type { Contest, ContestResults } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import { contestQuestionsRepository } from '../repositories/contest-questions.ts';
import type { DrawnQuestion } from '../repositories/contest-attempts.ts';
import { countAllRight, rankAttempts, type RankedRow } from './ranking.ts';

/** A closed attempt with what the organisers know of its participant. */
export interface RoundAttempt {
  participantId: number;
  correct: number;
  total: number;
  seconds: number;
  guess: number | null;
  flagged: boolean;
  draw: DrawnQuestion[];
  name: string;
  commune: string;
  phone: string | null;
  email: string | null;
  idNumber: string | null;
  consents: Set<string>;
}

async function closedAttempts(db: Db, roundId: number): Promise<RoundAttempt[]> {
  const rows = await db
    .selectFrom('contest_attempts as a')
    .innerJoin('contest_participants as p', 'p.id', 'a.participant_id')
    .select([
      'a.participant_id',
      'a.correct',
      'a.seconds',
      'a.guess',
      'a.flagged',
      'a.draw',
      'p.name',
      'p.commune',
      'p.phone',
      'p.email',
      'p.id_number',
    ])
    .where('a.round_id', '=', roundId)
    .where('a.submitted_at', 'is not', null)
    .execute();
  const ids = [...new Set(rows.map((row) => row.participant_id))];
  const granted =
    ids.length === 0
      ? []
      : await db
          .selectFrom('contest_consents')
          .select(['participant_id', 'purpose'])
          .where('participant_id', 'in', ids)
          .where('granted', '=', 1)
          .execute();
  const consents = new Map<number, Set<string>>(ids.map((id) => [id, new Set()]));
  for (const row of granted) consents.get(row.participant_id)?.add(row.purpose);
  return rows.map((row) => {
    const draw = JSON.parse(row.draw) as DrawnQuestion[];
    return {
      participantId: row.participant_id,
      correct: row.correct ?? 0,
      total: draw.length,
      seconds: row.seconds ?? 0,
      guess: row.guess,
      flagged: row.flagged === 1,
      draw,
      name: row.name,
      commune: row.commune,
      phone: row.phone,
      email: row.email,
      idNumber: row.id_number,
      consents: consents.get(row.participant_id) ?? new Set(),
    };
  });
}

type Round = Contest['rounds'][number];

/** The round asked for, or the latest one that has started (the first one if none has). */
export function pickRound(contest: Contest, roundId: number | undefined): Round {
  const rounds = contest.rounds;
  const round =
    roundId === undefined
      ? (rounds.filter((r) => r.state !== 'upcoming').at(-1) ?? rounds[0])
      : rounds.find((r) => r.id === roundId);
  if (!round)
    throw new ProblemError(404, {
      detail: {
        vi: `Cuộc thi không có vòng thi số ${roundId}.`,
        en: `The contest has no round ${roundId}.`,
      },
    });
  return round;
}

export interface RoundRanking {
  round: Round;
  rightCount: number | null;
  rows: Array<RankedRow<RoundAttempt>>;
  attempts: RoundAttempt[];
}

/** A round's ranking over its closed attempts (close the expired ones first). */
export async function roundRanking(db: Db, round: Round): Promise<RoundRanking> {
  const attempts = await closedAttempts(db, round.id);
  const rightCount = round.state === 'closed' ? countAllRight(attempts) : null;
  return { round, rightCount, attempts, rows: rankAttempts(attempts, round.tieBreak ? rightCount : null) };
}

/** The public results: names and communes only with consent, never contact data; the key once the round has ended. */
export async function publicResults(
  db: Db,
  contestId: number,
  ranking: RoundRanking,
  page: { page: number; pageSize: number },
): Promise<ContestResults> {
  const { round, rows, rightCount } = ranking;
  const start = (page.page - 1) * page.pageSize;
  let questions: ContestResults['questions'] = null;
  if (round.state === 'closed') {
    const ids = [...new Set(ranking.attempts.flatMap((a) => a.draw.map(([id]) => id)))].sort((a, b) => a - b);
    const bank = await contestQuestionsRepository(db).byIds(ids);
    questions = ids.flatMap((id) => {
      const q = bank.get(id);
      return q ? [q] : [];
    });
  }
  return {
    contestId,
    round: { id: round.id, title: round.title, state: round.state },
    rightCount,
    items: rows.slice(start, start + page.pageSize).map((row) => {
      const published = row.consents.has('publish-result');
      return {
        rank: row.rank,
        name: published ? row.name : null,
        commune: published ? row.commune : null,
        correct: row.correct,
        total: row.total,
        seconds: row.seconds,
        guess: row.guess,
        guessDistance: row.guessDistance,
      };
    }),
    total: rows.length,
    page: page.page,
    pageSize: page.pageSize,
    questions,
  };
}
