import { css } from 'lit';

/** Shared look of the console: sizes in em from the host's `font-size: medium`, AA contrast. */
export const adminStyles = css`
  :host {
    --_gap: 1em;
  }
  h1 {
    font-size: 1.5em;
    margin: 0 0 0.75em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.2em;
    margin: 1.25em 0 0.5em;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 0.1875em solid var(--_color-focus);
  }
  a {
    color: var(--_color-primary);
  }
  p {
    margin: 0 0 0.75em;
  }
  .muted {
    color: var(--_color-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
    margin: 0 0 1em;
  }
  button,
  .button {
    display: inline-block;
    font: inherit;
    font-size: 0.95em;
    line-height: 1.3;
    padding: 0.45em 0.9em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    cursor: pointer;
    text-decoration: none;
  }
  button:hover,
  .button:hover {
    border-color: var(--_color-muted);
  }
  button.primary,
  .button.primary {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  button.danger {
    background: var(--_color-surface);
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0;
    color: var(--_color-primary);
    text-decoration: underline;
    font-size: 1em;
  }
  label,
  .label,
  legend {
    display: block;
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .field {
    margin: 0 0 1em;
  }
  .hint {
    display: block;
    color: var(--_color-muted);
    font-size: 0.9em;
    margin: 0 0 0.25em;
  }
  .required {
    color: var(--_color-danger);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 0.0625em solid var(--_color-muted);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    width: 100%;
    max-width: 40em;
  }
  input[type='checkbox'] {
    width: 1.1em;
    height: 1.1em;
    margin: 0 0.4em 0 0;
    vertical-align: -0.15em;
  }
  textarea {
    min-height: 6em;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger) !important;
    border-width: 0.125em !important;
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  fieldset {
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 1em;
    padding: 0.75em 1em;
  }
  fieldset.invalid {
    border-color: var(--_color-danger);
  }
  .check-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: 0.25em 1em;
  }
  .check label {
    display: inline;
    font-weight: normal;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0 1em;
  }
  .error-summary {
    border: 0.25em solid var(--_color-danger);
    padding: 0.75em 1em;
    margin: 0 0 1.5em;
    border-radius: var(--_radius);
  }
  .error-summary:focus {
    outline: 0.1875em solid var(--_color-focus);
  }
  .error-summary h2 {
    margin-top: 0;
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .notice {
    background: var(--_color-notice-bg);
    color: var(--_color-notice-text);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    margin: 0 0 1em;
  }
  .ok {
    background: #e7f5ec;
    color: #14532d;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    margin: 0 0 1em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    color: var(--_color-muted);
    padding: 0 0 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border-bottom: 0.0625em solid var(--_color-border);
  }
  th {
    background: var(--_color-surface-alt);
  }
  td .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .pager {
    display: flex;
    gap: 1em;
    align-items: center;
    margin: 1em 0;
  }
  dialog {
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 1.25em;
    max-width: 32em;
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .form-actions {
    display: flex;
    gap: 0.75em;
    flex-wrap: wrap;
    margin: 1.5em 0 0;
    padding: 1em 0 0;
    border-top: 0.0625em solid var(--_color-border);
  }
  .item {
    background: var(--_color-surface-alt);
  }
  .item legend {
    font-weight: 600;
  }
  dl.report {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  dl.report dt {
    font-weight: 600;
  }
  dl.report dd {
    margin: 0;
  }
`;
