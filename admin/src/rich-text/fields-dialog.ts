import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';

export interface DialogField {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  /** The message when the value will not do, or undefined when it will (empty required fields are checked first). */
  check?: (value: string) => string | undefined;
  required?: boolean;
}

export interface DialogSpec {
  title: string;
  submit: string;
  fields: DialogField[];
}

/**
 * A few fields in a native modal `<dialog>` (top layer, focus kept inside, Escape cancels):
 * the link, the figure and the table caption of `<pbgdpl-rich-text>`. `ask` resolves with the
 * values, or null when cancelled; a value that will not do keeps the dialog open with its
 * message beside the field.
 */
export class PbgdplRichTextDialog extends AdminElement {
  @state() private spec: DialogSpec | undefined;
  @state() private values: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  @query('dialog') private dialog!: HTMLDialogElement;
  #resolve: ((values: Record<string, string> | null) => void) | undefined;

  async ask(spec: DialogSpec): Promise<Record<string, string> | null> {
    this.#resolve?.(null);
    this.spec = spec;
    this.values = Object.fromEntries(spec.fields.map((field) => [field.name, field.value ?? '']));
    this.errors = {};
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input')?.select();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  #finish(values: Record<string, string> | null): void {
    if (this.dialog.open) this.dialog.close();
    this.#resolve?.(values);
    this.#resolve = undefined;
  }

  #submit(event: Event): void {
    event.preventDefault();
    const errors: Record<string, string> = {};
    for (const field of this.spec?.fields ?? []) {
      const value = this.values[field.name]?.trim() ?? '';
      const problem =
        field.required && !value
          ? this.t('richText.required', { field: field.label })
          : value
            ? field.check?.(value)
            : undefined;
      if (problem) errors[field.name] = problem;
    }
    this.errors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>(`#f-${first}`)?.focus(),
      );
      return;
    }
    this.#finish(
      Object.fromEntries(Object.entries(this.values).map(([name, value]) => [name, value.trim()])),
    );
  }

  protected override render() {
    const spec = this.spec;
    return html`<dialog aria-labelledby="dialog-title" @close=${() => this.#finish(null)}>
      ${spec
        ? html`<form @submit=${(event: Event) => this.#submit(event)} novalidate>
            <h2 id="dialog-title">${spec.title}</h2>
            ${spec.fields.map((field) => {
              const error = this.errors[field.name];
              const described = [field.hint ? `h-${field.name}` : '', error ? `e-${field.name}` : '']
                .filter(Boolean)
                .join(' ');
              return html`<div class="field">
                <label for="f-${field.name}"
                  >${field.label}${field.required ? html` <span aria-hidden="true">*</span>` : nothing}</label
                >
                ${field.hint ? html`<span class="hint" id="h-${field.name}">${field.hint}</span>` : nothing}
                ${error ? html`<p class="field-error" id="e-${field.name}">${error}</p>` : nothing}
                <input
                  id="f-${field.name}"
                  type="text"
                  autocomplete="off"
                  ?required=${field.required}
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${ifDefined(described || undefined)}
                  .value=${live(this.values[field.name] ?? '')}
                  @input=${(event: Event) =>
                    (this.values = {
                      ...this.values,
                      [field.name]: (event.target as HTMLInputElement).value,
                    })}
                />
              </div>`;
            })}
            <div class="form-actions">
              <button type="submit" class="primary">${spec.submit}</button>
              <button type="button" @click=${() => this.#finish(null)}>${this.t('form.cancel')}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }
}

defineElement('pbgdpl-rich-text-dialog', PbgdplRichTextDialog);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-rich-text-dialog': PbgdplRichTextDialog;
  }
}
