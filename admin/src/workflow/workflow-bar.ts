import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContentState, Transition, WorkflowAction } from '@pbgdpl/contract';
import { WORKFLOW_ACTIONS, WORKFLOW_MOVES } from '@pbgdpl/contract/values';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import { mayUse, type SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { formatDateTime } from '../labels.ts';
import type { WorkflowBarProps } from '../workflow-loader.ts';
import './workflow-i18n.ts';

/**
 * An item's place in the review, on its form: its state, the reviewer's comment when it came
 * back, the moves the person's role allows from here (a return asks why), and who moved it when.
 */
export class PbgdplAdminWorkflowBar extends AdminElement implements WorkflowBarProps {
  static override styles = [
    ...AdminElement.styles,
    css`
      section {
        border: 0.0625em solid var(--_color-border);
        border-radius: var(--_radius);
        padding: 0.75em 1em;
        margin-block: 1em;
      }
      h2 {
        margin-block: 0 0.5em;
        font-size: 1.1em;
      }
      ol {
        padding-inline-start: 1.25em;
      }
      blockquote {
        margin: 0.25em 0 0;
        white-space: pre-wrap;
      }
    `,
  ];

  @property({ attribute: false }) ctx!: SectionContext;
  @property({ attribute: false }) itemId!: number;
  @property({ attribute: false }) state!: ContentState;
  @property({ attribute: false }) history!: WorkflowBarProps['history'];
  @property({ attribute: false }) move!: WorkflowBarProps['move'];
  @property({ type: Boolean }) unsaved = false;

  @state() private moves: Transition[] | undefined;
  @state() private historyError = '';
  @state() private returning = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private commentError = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itemId') || changed.has('state')) void this.#loadHistory();
  }

  async #loadHistory(): Promise<void> {
    const id = this.itemId;
    try {
      const moves = await this.history(id);
      if (id === this.itemId) [this.moves, this.historyError] = [moves, ''];
    } catch (error) {
      this.historyError = `${this.t('admin-workflow:bar.historyFailed')} ${failureMessage(this.t, error)}`;
    }
  }

  /** The moves the person may make from this state, as the server allows them. */
  #allowed(): WorkflowAction[] {
    return WORKFLOW_ACTIONS.filter((action) => {
      const move = WORKFLOW_MOVES[action];
      return (move.from as readonly ContentState[]).includes(this.state) && mayUse(this.ctx.me, move.role);
    });
  }

  async #do(action: WorkflowAction, comment: string | null = null): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await this.move(action, comment);
      this.returning = false;
      this.ctx.announce(this.t(`admin-workflow:bar.done.${action}`));
    } catch (error) {
      this.error = failureMessage(this.t, error);
    } finally {
      this.busy = false;
    }
  }

  async #return(event: Event): Promise<void> {
    event.preventDefault();
    const field = this.renderRoot.querySelector('textarea');
    const comment = field?.value.trim() ?? '';
    this.commentError = comment ? '' : this.t('admin-workflow:bar.commentNeeded');
    if (!comment) {
      field?.focus();
      return;
    }
    await this.#do('return', comment);
  }

  async #openReturn(): Promise<void> {
    this.returning = true;
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  }

  #line(move: Transition): string {
    const k = (key: string) => this.t(`contentState.${key}`);
    const values = { actor: move.actor, to: k(move.to), from: move.from ? k(move.from) : '' };
    return this.t(`admin-workflow:bar.${move.from ? 'moved' : 'created'}`, values);
  }

  protected override render() {
    const { t, language } = this;
    const k = (key: string, values?: Record<string, unknown>) => t(`admin-workflow:bar.${key}`, values);
    const lastReturn = this.moves?.filter((move) => move.to === 'returned').at(-1);
    const allowed = this.#allowed();
    return html`<section aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">${k('heading')}</h2>
      <p>${k('state')} <strong>${t(`contentState.${this.state}`)}</strong></p>
      ${this.state === 'returned' && lastReturn?.comment
        ? html`<div class="notice">
            ${k('returnedBy')}
            <blockquote>${lastReturn.comment}</blockquote>
          </div>`
        : nothing}
      ${this.unsaved && allowed.length ? html`<p class="muted">${k('saveFirst')}</p>` : nothing}
      ${this.returning
        ? html`<form novalidate @submit=${(event: Event) => this.#return(event)}>
            <label for="return-comment">${k('comment')}</label>
            <textarea
              id="return-comment"
              rows="3"
              maxlength="2000"
              required
              aria-invalid=${this.commentError ? 'true' : 'false'}
              aria-describedby="return-comment-error"
            ></textarea>
            <p class="field-error" id="return-comment-error">${this.commentError}</p>
            <div class="form-actions">
              <button type="submit" class="primary" ?disabled=${this.busy}>${k('confirmReturn')}</button>
              <button type="button" @click=${() => (this.returning = false)}>${k('cancel')}</button>
            </div>
          </form>`
        : html`<div class="form-actions">
            ${allowed.map(
              (action) =>
                html`<button
                  type="button"
                  class=${action === 'publish' || action === 'submit' ? 'primary' : ''}
                  ?disabled=${this.busy || this.unsaved}
                  @click=${() => (action === 'return' ? this.#openReturn() : this.#do(action))}
                >
                  ${this.busy ? k('moving') : k(action)}
                </button>`,
            )}
          </div>`}
      ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing}
      ${this.historyError ? html`<p class="notice">${this.historyError}</p>` : nothing}
      ${this.moves
        ? html`<details>
            <summary>${k('history', { count: this.moves.length })}</summary>
            <ol>
              ${this.moves.map(
                (move) =>
                  html`<li>
                    <time datetime=${move.at}>${formatDateTime(move.at, language)}</time> —
                    ${this.#line(move)}
                    ${move.comment ? html`<blockquote>${move.comment}</blockquote>` : nothing}
                  </li>`,
              )}
            </ol>
          </details>`
        : nothing}
    </section>`;
  }
}

defineElement('pbgdpl-admin-workflow-bar', PbgdplAdminWorkflowBar);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-workflow-bar': PbgdplAdminWorkflowBar;
  }
}
