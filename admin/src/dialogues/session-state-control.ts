import { html, nothing, type TemplateResult } from 'lit';
import type { DialogueState } from '@pbgdpl/contract';
import { DIALOGUE_STATE_MOVES } from '@pbgdpl/contract/values';
import type { Translate } from '@pbgdpl/core';

export interface SessionStateProps {
  t: Translate;
  state: DialogueState;
  /** Unsaved changes in the form: a move would reload the session and leave them behind. */
  unsaved: boolean;
  busy: boolean;
  error: string;
  move: (to: DialogueState) => void;
}

/**
 * Where the session stands (upcoming → collecting → live → concluded → archived) and the moves
 * forward the server allows from there, one button each.
 */
export function sessionStateControl(props: SessionStateProps): TemplateResult {
  const { t, state, unsaved, busy, error } = props;
  const moves: readonly DialogueState[] = DIALOGUE_STATE_MOVES[state];
  return html`<section class="session-state" aria-labelledby="session-state-heading">
    <h2 id="session-state-heading">${t('admin-dialogue:session.heading')}</h2>
    <p>${t('admin-dialogue:session.now')} <strong>${t(`admin-dialogue:states.${state}`)}</strong></p>
    ${error
      ? html`<p class="notice" id="session-state-error" role="alert" tabindex="-1">${error}</p>`
      : nothing}
    ${unsaved && moves.length ? html`<p class="hint">${t('admin-dialogue:session.saveFirst')}</p>` : nothing}
    ${moves.length
      ? html`<div class="toolbar">
          ${moves.map(
            (to) =>
              html`<button
                type="button"
                class=${to === 'live' ? 'primary' : ''}
                ?disabled=${busy || unsaved}
                @click=${() => props.move(to)}
              >
                ${t(`admin-dialogue:session.moveTo.${to}`)}
              </button>`,
          )}
        </div>`
      : html`<p class="muted">${t('admin-dialogue:session.last')}</p>`}
  </section>`;
}
