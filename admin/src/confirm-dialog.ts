import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';

/**
 * A yes/no question in a native modal `<dialog>` (top layer, focus trapped, Escape cancels).
 * `ask()` resolves true only when the editor confirms; focus returns to where it was.
 */
export class PbgdplAdminConfirm extends AdminElement {
  @property() heading = '';
  @property() message = '';
  @property() confirmLabel = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  #resolve: ((ok: boolean) => void) | undefined;

  async ask(heading: string, message: string, confirmLabel: string): Promise<boolean> {
    this.heading = heading;
    this.message = message;
    this.confirmLabel = confirmLabel;
    await this.updateComplete;
    const opener = document.activeElement;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    const ok = await new Promise<boolean>((resolve) => (this.#resolve = resolve));
    if (opener instanceof HTMLElement) opener.focus();
    return ok;
  }

  #close(ok: boolean): void {
    if (this.dialog.open) this.dialog.close();
    this.#resolve?.(ok);
    this.#resolve = undefined;
  }

  protected override render() {
    return html`<dialog
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      @close=${() => this.#close(false)}
    >
      <h2 id="confirm-title">${this.heading}</h2>
      <p id="confirm-message">${this.message}</p>
      <div class="toolbar">
        <button type="button" class="cancel" @click=${() => this.#close(false)}>
          ${this.t('form.cancel')}
        </button>
        <button type="button" class="danger confirm" @click=${() => this.#close(true)}>
          ${this.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }
}

defineElement('pbgdpl-admin-confirm', PbgdplAdminConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-confirm': PbgdplAdminConfirm;
  }
}
