/** One closed attempt as the ranking needs it. */
export interface RankedAttempt {
  participantId: number;
  correct: number;
  total: number;
  seconds: number;
  guess: number | null;
}

export type RankedRow<T extends RankedAttempt> = T & { rank: number; guessDistance: number | null };

/**
 * A round's ranking, one row per participant (their best attempt): most correct answers, then
 * the tie-break guess nearest to `rightCount` (a missing guess after any guess; no ordering by
 * guess while `rightCount` is unknown), then the shortest time. Rows equal on all three share a
 * rank and the next rank skips ("1, 1, 3").
 */
export function rankAttempts<T extends RankedAttempt>(
  attempts: T[],
  rightCount: number | null,
): Array<RankedRow<T>> {
  const distance = (a: RankedAttempt) =>
    rightCount === null || a.guess === null ? null : Math.abs(a.guess - rightCount);
  const key = (a: RankedAttempt) => [-a.correct, distance(a) ?? Infinity, a.seconds] as const;
  const compare = (a: RankedAttempt, b: RankedAttempt) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || (x[1] === y[1] ? 0 : x[1] < y[1] ? -1 : 1) || x[2] - y[2];
  };
  const best = new Map<number, T>();
  for (const attempt of attempts) {
    const held = best.get(attempt.participantId);
    if (!held || compare(attempt, held) < 0) best.set(attempt.participantId, attempt);
  }
  const sorted = [...best.values()].sort((a, b) => compare(a, b) || a.participantId - b.participantId);
  const rows: Array<RankedRow<T>> = [];
  sorted.forEach((attempt, index) => {
    const previous = rows[index - 1];
    const tied = previous !== undefined && compare(previous, attempt) === 0;
    rows.push({ ...attempt, guessDistance: distance(attempt), rank: tied ? previous.rank : index + 1 });
  });
  return rows;
}

/** Participants whose best attempt got every question right: what the tie-break guess estimates. */
export function countAllRight(attempts: RankedAttempt[]): number {
  return new Set(attempts.filter((a) => a.total > 0 && a.correct === a.total).map((a) => a.participantId))
    .size;
}
