import type { ContestRoundState, ContestState } from '@pbgdpl/contract';

/** A round's window: open from `startsAt` (inclusive) until `endsAt` (exclusive), ISO times. */
export interface RoundWindow {
  startsAt: string;
  endsAt: string;
}

const at = (iso: string) => Date.parse(iso);

export function roundState(round: RoundWindow, now: Date): ContestRoundState {
  const t = now.getTime();
  if (t < at(round.startsAt)) return 'upcoming';
  return t < at(round.endsAt) ? 'open' : 'closed';
}

/**
 * A contest is open while one of its rounds is, upcoming while a round is still to come (before
 * the first, between two), and closed once every round has ended, or `results` when the
 * organisers have published them. Windows carry their offset (+07:00 for Vietnam), so the
 * comparison is between instants, whatever the server's time zone.
 */
export function contestState(rounds: RoundWindow[], resultsPublished: boolean, now: Date): ContestState {
  const states = rounds.map((round) => roundState(round, now));
  if (states.includes('open')) return 'open';
  if (states.includes('upcoming')) return 'upcoming';
  return resultsPublished ? 'results' : 'closed';
}

/** The next instant after `now` at which some round opens or closes (for how long an answer holds). */
export function nextScheduleChange(rounds: RoundWindow[], now: Date): Date | undefined {
  const later = rounds
    .flatMap((round) => [at(round.startsAt), at(round.endsAt)])
    .filter((t) => t > now.getTime());
  return later.length > 0 ? new Date(Math.min(...later)) : undefined;
}
