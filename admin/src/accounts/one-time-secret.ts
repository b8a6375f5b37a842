import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';

/**
 * Something shown once to be passed on (a new token, a password link when no e-mail went): a
 * read-only field to select, and a button that copies it and says so in a live region.
 */
export class PbgdplAdminOneTimeSecret extends AdminElement {
  @property() label = '';
  @property() intro = '';
  @property() value = '';
  @state() private copied = '';

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.value);
      this.copied = this.t('admin-accounts:copy.done');
    } catch {
      this.copied = this.t('admin-accounts:copy.failed');
      this.renderRoot.querySelector('input')?.select();
    }
  }

  /** Focus goes to the value itself, selected, so it can be copied from the keyboard at once. */
  override async focus(): Promise<void> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector('input');
    input?.focus();
    input?.select();
  }

  protected override render() {
    const { t } = this;
    return html`<div class="notice">
      <p id="intro">${this.intro}</p>
      <div class="field">
        <label for="secret">${this.label}</label>
        <input
          id="secret"
          readonly
          spellcheck="false"
          aria-describedby="intro"
          .value=${this.value}
          @focus=${(event: Event) => (event.target as HTMLInputElement).select()}
        />
      </div>
      <button type="button" @click=${() => this.#copy()}>${t('admin-accounts:copy.button')}</button>
      <span role="status">${this.copied}</span>
    </div>`;
  }
}

defineElement('pbgdpl-admin-one-time-secret', PbgdplAdminOneTimeSecret);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-one-time-secret': PbgdplAdminOneTimeSecret;
  }
}
