import type { ContestState } from '@pbgdpl/contract';
import { CONTEST_STATES } from '@pbgdpl/contract/values';
import { idParam, oneOfParam, pageParam, textParam, UrlCodec, viewParam } from '@pbgdpl/core';

/** The parts of one contest's page, the first its default. */
export const TABS = ['rules', 'take', 'results'] as const;
export type Tab = (typeof TABS)[number];

/** What the reader is looking at: the list (a state filter, a page) or one contest and its tab. */
export interface QuizState {
  q: string;
  page: number;
  state: ContestState | undefined;
  contest: number | undefined;
  tab: Tab;
  /** The round whose results are shown; none: the latest that has started. */
  round: number | undefined;
}

/** `ct-state`, `ct-page`, `ct-id`, `ct-tab`, `ct-round` for the prefix `ct-`. */
export const quizCodec = new UrlCodec<QuizState>({
  q: textParam(),
  page: pageParam(),
  state: oneOfParam(CONTEST_STATES),
  contest: idParam('id'),
  tab: viewParam(TABS),
  round: idParam(),
});
