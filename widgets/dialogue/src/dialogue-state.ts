import type { DialogueState, LegalField } from '@pbgdpl/contract';
import { DIALOGUE_QUESTION_SORTS, DIALOGUE_STATES, LEGAL_FIELDS } from '@pbgdpl/contract/values';
import { idParam, oneOfParam, pageParam, patternParam, textParam, UrlCodec, viewParam } from '@pbgdpl/core';

export type QuestionSort = (typeof DIALOGUE_QUESTION_SORTS)[number];

/** What the reader is looking at: the list (filters, page) or one session and its questions' order. */
export interface DialogueBrowseState {
  q: string;
  page: number;
  state: DialogueState | undefined;
  unit: string | undefined;
  field: LegalField | undefined;
  dialogue: number | undefined;
  sort: QuestionSort;
}

const UNIT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `dt-q`, `dt-state`, `dt-unit`, `dt-field`, `dt-page`, `dt-id`, `dt-sort` for the prefix `dt-`. */
export const dialogueCodec = new UrlCodec<DialogueBrowseState>({
  q: textParam(),
  state: oneOfParam(DIALOGUE_STATES),
  unit: patternParam(UNIT),
  field: oneOfParam(LEGAL_FIELDS),
  page: pageParam(),
  dialogue: idParam('id'),
  sort: viewParam(DIALOGUE_QUESTION_SORTS),
});

/** A preset from an attribute, as the API accepts it; anything else is no preset. */
export const presetState = (value: string | undefined): DialogueState | undefined =>
  (DIALOGUE_STATES as readonly string[]).includes(value ?? '') ? (value as DialogueState) : undefined;
export const presetField = (value: string | undefined): LegalField | undefined =>
  (LEGAL_FIELDS as readonly string[]).includes(value ?? '') ? (value as LegalField) : undefined;
export const presetUnit = (value: string | undefined): string | undefined =>
  value && UNIT.test(value) ? value : undefined;
