import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '@pbgdpl/core';
import type { MediaItem, MediaKind } from '@pbgdpl/contract';
import type { SectionContext } from './context.ts';
import './media-picker.ts';
import './rich-text-editor.ts';
import { libraryImagePicker } from './library-image-picker.ts';

/** Messages per field path (`attachments.0.url`), as problem+json carries them. */
export type FieldErrors = Record<string, string[]>;

/**
 * Form state and field templates shared by every editor form (documents, banners, and the
 * sections to come). Fields are addressed by the same dotted path the API uses in a problem's
 * `errors` (`attachments.0.url`), so a server message lands next to its field unchanged.
 */
export class FormModel<T extends object> {
  data: T;
  errors: FieldErrors = {};
  /** Labels of the fields rendered last, by path: the error summary names fields with them. */
  readonly labels = new Map<string, string>();
  readonly #host: ReactiveControllerHost & { t: Translate };
  readonly #onChange: (data: T) => void;

  constructor(
    host: ReactiveControllerHost & { t: Translate },
    data: T,
    onChange: (data: T) => void = () => {},
  ) {
    this.#host = host;
    this.data = data;
    this.#onChange = onChange;
  }

  get t(): Translate {
    return this.#host.t;
  }

  get(path: string): unknown {
    let node: unknown = this.data;
    for (const key of path.split('.')) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }

  set(path: string, value: unknown): void {
    const keys = path.split('.');
    const last = keys.pop() ?? path;
    let node = this.data as Record<string, unknown>;
    for (const key of keys) {
      if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[last] = value;
    this.#onChange(this.data);
    this.#host.requestUpdate();
  }

  replace(data: T): void {
    this.data = data;
    this.errors = {};
    this.#host.requestUpdate();
  }

  errorsFor(path: string): string[] {
    return this.errors[path] ?? [];
  }

  get hasErrors(): boolean {
    return Object.keys(this.errors).length > 0;
  }
}

export const fieldId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
const errorId = (path: string) => `${fieldId(path)}-error`;
const hintId = (path: string) => `${fieldId(path)}-hint`;

export interface FieldSpec {
  path: string;
  label: string;
  required?: boolean;
  hint?: string;
}

/** What field templates need of a form, whatever its data type. */
export interface FormLike {
  readonly t: Translate;
  errors: FieldErrors;
  readonly labels: Map<string, string>;
  get(path: string): unknown;
  set(path: string, value: unknown): void;
  errorsFor(path: string): string[];
}
type Form = FormLike;

function describedBy(form: Form, spec: FieldSpec): string | undefined {
  const ids = [spec.hint ? hintId(spec.path) : '', form.errorsFor(spec.path).length ? errorId(spec.path) : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

function invalid(form: Form, path: string): 'true' | undefined {
  return form.errorsFor(path).length ? 'true' : undefined;
}

function labelText(form: Form, spec: FieldSpec): TemplateResult {
  form.labels.set(spec.path, spec.label);
  return html`${spec.label}${spec.required
    ? html` <span class="required">(${form.t('form.requiredMark')})</span>`
    : nothing}`;
}

function hintAndError(form: Form, spec: FieldSpec): TemplateResult {
  const errors = form.errorsFor(spec.path);
  return html`${spec.hint ? html`<span class="hint" id=${hintId(spec.path)}>${spec.hint}</span>` : nothing}
  ${errors.length ? html`<p class="field-error" id=${errorId(spec.path)}>${errors.join(' ')}</p>` : nothing}`;
}

export interface TextFieldSpec extends FieldSpec {
  type?: 'text' | 'url' | 'date' | 'number' | 'datetime-local' | 'email' | 'password';
  /** An empty field is sent as null instead of "". */
  nullable?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text' | 'url';
  min?: number;
}

/** `2026-03-01T01:00:00.000Z` → the `datetime-local` value in the browser's zone. */
function toLocalDateTime(iso: unknown): string {
  if (typeof iso !== 'string' || !iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function parseInput(spec: TextFieldSpec, input: HTMLInputElement): unknown {
  const raw = input.value;
  if (spec.type === 'number')
    return raw === '' ? null : Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : raw;
  if (spec.type === 'datetime-local') return raw === '' ? null : new Date(raw).toISOString();
  if (raw.trim() === '' && (spec.nullable || spec.type === 'date')) return null;
  return raw;
}

export function textField(form: Form, spec: TextFieldSpec): TemplateResult {
  const value = form.get(spec.path);
  const shown =
    spec.type === 'datetime-local'
      ? toLocalDateTime(value)
      : value === null || value === undefined
        ? ''
        : String(value);
  return html`<div class="field">
    <label for=${fieldId(spec.path)}>${labelText(form, spec)}</label>
    ${hintAndError(form, spec)}
    <input
      id=${fieldId(spec.path)}
      name=${spec.path}
      type=${spec.type ?? 'text'}
      .value=${live(shown)}
      min=${ifDefined(spec.min)}
      inputmode=${ifDefined(spec.inputmode)}
      autocomplete=${ifDefined(spec.autocomplete ?? 'off')}
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${ifDefined(invalid(form, spec.path))}
      aria-describedby=${ifDefined(describedBy(form, spec))}
      @input=${(event: Event) => form.set(spec.path, parseInput(spec, event.target as HTMLInputElement))}
    />
  </div>`;
}

/** A file from the media library (uploaded here or chosen): `pick` copies what the form needs of it. */
export function mediaField(
  form: Form,
  spec: FieldSpec & { kind: MediaKind; ctx: SectionContext; pick: (item: MediaItem) => void },
): TemplateResult {
  form.labels.set(spec.path, spec.label);
  const required = spec.required ? ` (${form.t('form.requiredMark')})` : '';
  return html`<div class="field">
    ${hintAndError(form, spec)}
    <pbgdpl-admin-media-picker
      id=${fieldId(spec.path)}
      kind=${spec.kind}
      label=${spec.label + required}
      .ctx=${spec.ctx}
      .value=${String(form.get(spec.path) ?? '')}
      aria-invalid=${ifDefined(invalid(form, spec.path))}
      @media-picked=${(event: CustomEvent<MediaItem>) => spec.pick(event.detail)}
    ></pbgdpl-admin-media-picker>
  </div>`;
}

export function textareaField(
  form: Form,
  spec: FieldSpec & { nullable?: boolean; rows?: number },
): TemplateResult {
  const value = form.get(spec.path);
  return html`<div class="field">
    <label for=${fieldId(spec.path)}>${labelText(form, spec)}</label>
    ${hintAndError(form, spec)}
    <textarea
      id=${fieldId(spec.path)}
      name=${spec.path}
      rows=${spec.rows ?? 4}
      .value=${live(typeof value === 'string' ? value : '')}
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${ifDefined(invalid(form, spec.path))}
      aria-describedby=${ifDefined(describedBy(form, spec))}
      @input=${(event: Event) => {
        const raw = (event.target as HTMLTextAreaElement).value;
        form.set(spec.path, spec.nullable && raw.trim() === '' ? null : raw);
      }}
    ></textarea>
  </div>`;
}

export interface Option {
  value: string;
  label: string;
}

export function selectField(
  form: Form,
  spec: FieldSpec & { options: Option[]; placeholder?: string; nullable?: boolean },
): TemplateResult {
  const value = form.get(spec.path);
  const current = typeof value === 'string' ? value : '';
  return html`<div class="field">
    <label for=${fieldId(spec.path)}>${labelText(form, spec)}</label>
    ${hintAndError(form, spec)}
    <select
      id=${fieldId(spec.path)}
      name=${spec.path}
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${ifDefined(invalid(form, spec.path))}
      aria-describedby=${ifDefined(describedBy(form, spec))}
      @input=${(event: Event) => {
        const raw = (event.target as HTMLSelectElement).value;
        form.set(spec.path, raw === '' ? (spec.nullable ? null : '') : raw);
      }}
    >
      ${spec.placeholder !== undefined
        ? html`<option value="" ?selected=${current === ''}>${spec.placeholder}</option>`
        : nothing}
      ${spec.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}

export function checkboxField(form: Form, spec: FieldSpec): TemplateResult {
  form.labels.set(spec.path, spec.label);
  return html`<div class="field check">
    ${hintAndError(form, spec)}
    <input
      type="checkbox"
      id=${fieldId(spec.path)}
      name=${spec.path}
      .checked=${live(form.get(spec.path) === true)}
      aria-invalid=${ifDefined(invalid(form, spec.path))}
      aria-describedby=${ifDefined(describedBy(form, spec))}
      @change=${(event: Event) => form.set(spec.path, (event.target as HTMLInputElement).checked)}
    />
    <label for=${fieldId(spec.path)}>${spec.label}</label>
  </div>`;
}

/** A fieldset of checkboxes writing an array of values; the first box carries the path's id. */
export function checkboxGroup(form: Form, spec: FieldSpec & { options: Option[] }): TemplateResult {
  const chosen = (form.get(spec.path) as string[] | undefined) ?? [];
  const toggle = (value: string, on: boolean) =>
    form.set(
      spec.path,
      on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value),
    );
  const errors = form.errorsFor(spec.path);
  return html`<fieldset
    class=${errors.length ? 'invalid' : ''}
    aria-describedby=${ifDefined(describedBy(form, spec))}
  >
    <legend>${labelText(form, spec)}</legend>
    ${hintAndError(form, spec)}
    <div class="check-grid">
      ${spec.options.map(
        (option, index) =>
          html`<div class="check">
            <input
              type="checkbox"
              id=${index === 0 ? fieldId(spec.path) : `${fieldId(spec.path)}-${option.value}`}
              value=${option.value}
              .checked=${live(chosen.includes(option.value))}
              aria-invalid=${ifDefined(invalid(form, spec.path))}
              @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
            />
            <label for=${index === 0 ? fieldId(spec.path) : `${fieldId(spec.path)}-${option.value}`}
              >${option.label}</label
            >
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** The rich-text editor as a form field; its value is sanitized HTML. With `ctx`, figures come from the media library. */
export function richTextField(form: Form, spec: FieldSpec & { ctx?: SectionContext }): TemplateResult {
  form.labels.set(spec.path, spec.label);
  return html`<div class="field">
    <pbgdpl-rich-text
      id=${fieldId(spec.path)}
      .label=${spec.label}
      .hint=${spec.hint ?? ''}
      .errors=${form.errorsFor(spec.path)}
      .value=${(form.get(spec.path) as string | undefined) ?? ''}
      .imagePicker=${spec.ctx ? libraryImagePicker(spec.ctx) : undefined}
      @pbgdpl-rich-text-input=${(event: CustomEvent<{ value: string }>) =>
        form.set(spec.path, event.detail.value)}
    ></pbgdpl-rich-text>
  </div>`;
}

/**
 * Rows of the same shape (attachments, relations): each in its own fieldset with a remove
 * button, and one button to add a row. Item fields use the path `<path>.<index>.<field>`.
 */
export function repeatable<T>(
  form: Form,
  spec: {
    path: string;
    legend: string;
    itemLegend: (index: number) => string;
    addLabel: string;
    empty: () => T;
    renderItem: (prefix: string, index: number) => TemplateResult;
    /** Focused in a new row. */
    firstField: string;
    host: HTMLElement & { updateComplete: Promise<boolean> };
  },
): TemplateResult {
  const items = (form.get(spec.path) as T[] | undefined) ?? [];
  form.labels.set(spec.path, spec.legend);
  const add = async () => {
    form.set(spec.path, [...items, spec.empty()]);
    await spec.host.updateComplete;
    spec.host.shadowRoot
      ?.querySelector<HTMLElement>(`#${fieldId(`${spec.path}.${items.length}.${spec.firstField}`)}`)
      ?.focus();
  };
  const remove = async (index: number) => {
    form.set(
      spec.path,
      items.filter((_, i) => i !== index),
    );
    // Errors of later rows would now point at the wrong row.
    form.errors = Object.fromEntries(
      Object.entries(form.errors).filter(([key]) => !key.startsWith(`${spec.path}.`)),
    );
    await spec.host.updateComplete;
    spec.host.shadowRoot?.querySelector<HTMLElement>(`#${fieldId(`${spec.path}-add`)}`)?.focus();
  };
  return html`<fieldset id=${fieldId(spec.path)} tabindex="-1">
    <legend>${spec.legend}</legend>
    ${hintAndError(form, { path: spec.path, label: spec.legend })}
    ${items.map(
      (_, index) =>
        html`<fieldset class="item">
          <legend>${spec.itemLegend(index)}</legend>
          ${spec.renderItem(`${spec.path}.${index}`, index)}
          <button type="button" class="danger" @click=${() => remove(index)}>
            ${form.t('form.removeRow', { item: spec.itemLegend(index) })}
          </button>
        </fieldset>`,
    )}
    <button type="button" id=${fieldId(`${spec.path}-add`)} @click=${add}>${spec.addLabel}</button>
  </fieldset>`;
}

/**
 * The list of problems above a form; it takes focus after a failed save, and each entry
 * links to (focuses) its field. Messages without a rendered field are listed as text.
 */
export function errorSummary(form: Form, host: HTMLElement): TemplateResult | typeof nothing {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return nothing;
  const focusField = (event: Event, path: string) => {
    event.preventDefault();
    host.shadowRoot?.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
  };
  return html`<div class="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${form.t('form.summaryTitle')}</h2>
    <ul>
      ${entries.map(([path, messages]) => {
        const label = form.labels.get(path);
        const text = `${label ? `${label}: ` : ''}${messages.join(' ')}`;
        return html`<li>
          ${label
            ? html`<a href=${`#${fieldId(path)}`} @click=${(event: Event) => focusField(event, path)}
                >${text}</a
              >`
            : text}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** Client-side checks before a save: empty required paths get the "required" message. */
export function requireFields(form: Form, paths: string[], into: FieldErrors = {}): FieldErrors {
  for (const path of paths) {
    const value = form.get(path);
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (empty) (into[path] ??= []).push(form.t(Array.isArray(value) ? 'form.chooseOne' : 'form.required'));
  }
  return into;
}
