import type { LegalField, QuestionSort } from '@pbgdpl/contract';
import { LEGAL_FIELDS, QUESTION_SORTS } from '@pbgdpl/contract/values';
import {
  idParam,
  oneOfParam,
  pageParam,
  patternParam,
  textParam,
  UrlCodec,
  viewParam,
  type RouteQuery,
} from '@pbgdpl/core';

/** The widget's three views: answered questions, the ask form, the lookup by tracking code. */
export const TABS = ['browse', 'ask', 'status'] as const;
export type Tab = (typeof TABS)[number];

/** What the reader asked for; lives in the host page's address under the widget's prefix. */
export interface BrowseState {
  tab: Tab;
  q: string;
  field: LegalField | undefined;
  unit: string | undefined;
  /** Undefined: the element's `sort` attribute decides. */
  sort: QuestionSort | undefined;
  page: number;
  /** The open question. */
  id: number | undefined;
}

/** `hd-tab`, `hd-q`, `hd-field`, `hd-unit`, `hd-sort`, `hd-page`, `hd-id` for the prefix `hd-`. */
export const browseCodec = new UrlCodec<BrowseState>({
  tab: viewParam(TABS),
  q: textParam(),
  field: oneOfParam(LEGAL_FIELDS),
  unit: patternParam(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  sort: oneOfParam(QUESTION_SORTS),
  page: pageParam(),
  id: idParam(),
});

/** `GET /questions` parameters; a fixed field (attribute) wins over the reader's choice. */
export function apiQuery(
  state: BrowseState,
  presets: { field?: LegalField },
  pageSize: number,
  defaultSort: QuestionSort,
): RouteQuery<'questions'> {
  const sort = state.sort ?? (state.q && defaultSort === 'newest' ? 'relevance' : defaultSort);
  return {
    q: state.q || undefined,
    field: presets.field ?? state.field,
    unit: state.unit,
    sort,
    page: state.page,
    pageSize,
  };
}
