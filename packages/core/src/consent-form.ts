import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** One consent as a checkbox: the exact text the server records, one purpose per box. */
export interface ConsentBox {
  id: string;
  text: string;
  required: boolean;
  checked: boolean;
  /** Ids of the messages about this box, when it is in error. */
  describedBy?: string;
  invalid?: boolean;
  onChange(checked: boolean): void;
}

/** The consents' fieldset in each state of the form that carries their texts. */
export interface ConsentsContext {
  legend: string;
  /** Title of the required mark (`*`). */
  requiredTitle: string;
  status: 'loading' | 'error' | 'ready';
  loadingText: string;
  errorText: string;
  retryText: string;
  onRetry(): void;
  /** Rendered in order; anything else (a message under a box) goes between them as given. */
  boxes: Array<ConsentBox | TemplateResult | typeof nothing>;
}

const isBox = (item: ConsentsContext['boxes'][number]): item is ConsentBox =>
  typeof item === 'object' && item !== null && 'onChange' in item;

/** A mark after a required label's text. */
export const requiredMark = (title: string) => html` <abbr class="req" title=${title}>*</abbr>`;

function renderBox(box: ConsentBox, requiredTitle: string): TemplateResult {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${box.id}
      aria-invalid=${box.invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(box.describedBy)}
      .checked=${live(box.checked)}
      @change=${(event: Event) => box.onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${box.id}>${box.text}${box.required ? requiredMark(requiredTitle) : nothing}</label>
  </div>`;
}

/**
 * Consent per purpose, as the personal-data rules ask: one unticked box per purpose (silence is
 * not consent), the text the server will record beside it, the required one marked. Shared by
 * every form that collects personal data (the Q&A box's question, a contest's registration).
 */
export function renderConsents(context: ConsentsContext): TemplateResult {
  let body: unknown;
  if (context.status === 'loading') body = html`<p role="status">${context.loadingText}</p>`;
  else if (context.status === 'error')
    body = html`<p class="error">${context.errorText}</p>
      <button type="button" class="secondary" @click=${context.onRetry}>${context.retryText}</button>`;
  else body = context.boxes.map((item) => (isBox(item) ? renderBox(item, context.requiredTitle) : item));
  return html`<fieldset class="consents" part="consents">
    <legend>${context.legend}</legend>
    ${body}
  </fieldset>`;
}

/** The hidden `website` field: people never see it, naive bots fill it, the server refuses it. */
export function renderHoneypot(label: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="hp" aria-hidden="true">
    <label for="website">${label}</label>
    <input
      id="website"
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/**
 * The server refuses forms filled faster than a person types: a quick person just waits a
 * moment. `loadedAt` is when the form (and its token) arrived.
 */
export async function waitForFill(loadedAt: number, minFillSeconds: number): Promise<void> {
  const wait = loadedAt + minFillSeconds * 1000 + 250 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** The consents' box, their checkboxes and the honeypot, for the form's own styles to sit beside. */
export const consentStyles = css`
  .consents {
    display: grid;
    gap: 0.75em;
    margin: 0;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .consents legend {
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .check input {
    flex: none;
    /* 24 px (WCAG 2.5.8) */
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .check label {
    font-weight: normal;
  }
  /* The honeypot: off screen, out of the tab order and of the accessibility tree. */
  .hp {
    position: absolute;
    inset-inline-start: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
