import type { AdminContest, AdminContestResultRow } from '@pbgdpl/contract';
import type { AppDeps } from '../http/env.ts';
import { contestsRepository } from '../repositories/contests.ts';
import { contestAttempts } from './attempts.ts';
import { contestNotFound } from './problems.ts';
import { pickRound, type RoundRanking, roundRanking } from './results.ts';

export interface OrganiserResults {
  contest: AdminContest;
  ranking: RoundRanking;
  /** Every ranked participant: names in full, prizes; contact data only where allowed. */
  rows: AdminContestResultRow[];
}

/** The prizes awarded in a round, by participant. */
async function prizesOf(deps: AppDeps, roundId: number): Promise<Map<number, string>> {
  const rows = await deps.db
    .selectFrom('contest_prizes')
    .select(['participant_id', 'prize'])
    .where('round_id', '=', roundId)
    .execute();
  return new Map(rows.map((row) => [row.participant_id, row.prize]));
}

/**
 * A round's ranking for the organisers (expired attempts closed first). `showContact`: the
 * caller is an editor or admin; even then a participant's phone, e-mail and identity number
 * appear only when they agreed to be contacted for prizes.
 */
export async function organiserResults(
  deps: AppDeps,
  contestId: number,
  roundId: number | undefined,
  showContact: boolean,
): Promise<OrganiserResults> {
  const contest = await contestsRepository(deps.db, deps.clock).get(contestId);
  if (!contest) throw contestNotFound(contestId);
  const round = pickRound(contest, roundId);
  await contestAttempts(deps).closeExpired(round.id);
  const ranking = await roundRanking(deps.db, round);
  const prizes = await prizesOf(deps, round.id);
  const rows = ranking.rows.map((row): AdminContestResultRow => {
    const prizeContactConsent = row.consents.has('prize-contact');
    return {
      rank: row.rank,
      participantId: row.participantId,
      name: row.name,
      commune: row.commune,
      correct: row.correct,
      total: row.total,
      seconds: row.seconds,
      guess: row.guess,
      guessDistance: row.guessDistance,
      publishConsent: row.consents.has('publish-result'),
      prizeContactConsent,
      flagged: row.flagged,
      prize: prizes.get(row.participantId) ?? null,
      contact:
        showContact && prizeContactConsent
          ? { phone: row.phone, email: row.email, idNumber: row.idNumber }
          : null,
    };
  });
  return { contest, ranking, rows };
}
