import { css } from 'lit';

/** The configurator's own look: a form column and an output column, one column on phones. */
export const configureStyles = css`
  :host {
    max-width: 80em;
    margin: 0 auto;
    padding: 1em;
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  h1 {
    font-size: 1.6em;
    margin: 0.3em 0;
  }
  h2 {
    font-size: 1.25em;
    margin: 0.5em 0 0.25em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.25em;
  }
  a {
    color: var(--_color-primary);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em;
  }
  @media (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .output {
      position: sticky;
      top: 0;
      align-self: start;
    }
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 1em;
    padding: 0.5em 1em 1em;
    min-width: 0;
  }
  fieldset.release {
    margin: 0.5em 0 0;
  }
  legend {
    font-weight: bold;
    padding: 0 0.25em;
  }
  .field {
    margin: 0.75em 0 0;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .field.check,
  .field.colour {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.5em;
    align-items: center;
  }
  .field.check > .hint,
  .field.colour > .contrast {
    grid-column: 2;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  input[type='color'] {
    width: 3em;
    height: 2.25em;
    padding: 0.1em;
    border: 1px solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  button {
    min-height: 2.5em;
    padding: 0.25em 1em;
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  button.copy {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .hint {
    margin: 0.25em 0 0;
    color: var(--_color-muted);
    font-size: 0.9em;
  }
  .error,
  .contrast.low {
    margin: 0.25em 0 0;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .contrast.ok {
    margin: 0.25em 0 0;
    color: var(--_color-text);
  }
  .preview {
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    padding: 1em;
    overflow: auto;
    max-height: 36em;
    background: var(--_color-surface);
  }
  .code {
    margin: 0.5em 0;
    padding: 0.75em;
    overflow: auto;
    white-space: pre-wrap;
    word-break: break-all;
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
    font-size: 0.9em;
    background: var(--_color-surface-alt);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  /* Long attribute values in the hints ("kpi,activities,units,…") break instead of widening a phone's page. */
  code {
    overflow-wrap: anywhere;
  }
  .announcement {
    min-height: 1.5em;
    font-weight: 600;
  }
`;
