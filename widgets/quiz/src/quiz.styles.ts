import { css } from 'lit';

/** Mobile first, one column; controls 2.75em high for fingers; sizes in em (hosts change rem). */
export const quizStyles = css`
  :host {
    --_right: var(--pbgdpl-quiz-right, #1e6b34);
  }
  .root {
    display: grid;
    gap: 1em;
    container: quiz / inline-size;
  }
  /* Loading rows as tall as the demo's contest cards at each width (embed/reserved-space.ts keeps the same room). */
  .skeleton-row {
    height: 19.1em;
  }
  @container quiz (min-width: 21em) {
    .skeleton-row {
      height: 15.75em;
    }
  }
  @container quiz (min-width: 26em) {
    .skeleton-row {
      height: 13.9em;
    }
  }
  @container quiz (min-width: 36em) {
    .skeleton-row {
      height: 11.06em;
    }
  }
  @container quiz (min-width: 45em) {
    .skeleton-row {
      height: 10.31em;
    }
  }
  @container quiz (min-width: 64em) {
    .skeleton-row {
      height: 7.47em;
    }
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  fieldset {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  a {
    color: var(--_color-primary);
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.65;
  }
  section,
  article,
  .panel,
  .register,
  .attempt {
    display: grid;
    gap: 0.75em;
  }
  label {
    font-weight: 600;
  }
  .row {
    display: grid;
    gap: 0.25em;
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 0.125em;
  }
  .hint,
  .muted,
  .optional {
    color: var(--_color-muted);
    font-weight: normal;
  }
  .error {
    color: var(--_color-danger);
  }
  .summary {
    padding: var(--_space);
    border: 0.125em solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .summary[hidden] {
    display: none;
  }
  .summary ul {
    list-style: disc;
    padding-inline-start: 1.5em;
  }
  .actions,
  .steps,
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .steps {
    justify-content: space-between;
  }
  .list {
    display: grid;
    gap: 0.75em;
  }
  .card {
    display: grid;
    gap: 0.375em;
    padding: var(--_space);
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .contest-link {
    font-size: 1em;
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    border-radius: 1em;
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge[data-state='open'] {
    background: var(--_right);
    color: #fff;
  }
  .tabs ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 0.0625em solid var(--_color-border);
  }
  .tabs a {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.625em 1em;
    text-decoration: none;
  }
  .tabs a[aria-current='page'] {
    border-bottom: 0.1875em solid var(--_color-primary);
    font-weight: 600;
    color: var(--_color-text);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 0.0625em solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: normal;
  }
  .prizes,
  .documents,
  .summary ul {
    display: grid;
    gap: 0.25em;
  }
  .prose :is(p, ul, ol) {
    margin-block: 0 0.75em;
  }
  .prose :is(ul, ol) {
    list-style: revert;
    padding-inline-start: 1.5em;
  }
  .clock {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.5em var(--_space);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
  }
  .timer {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .time {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .urgent .time {
    color: var(--_color-danger);
  }
  .navigator ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .navigator button {
    min-width: 2.75em;
    min-height: 2.75em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .navigator button.answered {
    background: var(--_color-surface-alt);
    border-color: var(--_color-primary);
  }
  .navigator button[aria-current='step'] {
    outline: 0.1875em solid var(--_color-primary);
    outline-offset: 0.0625em;
  }
  .question {
    display: grid;
    gap: 0.5em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .question legend {
    display: grid;
    gap: 0.25em;
    padding: 0 0.25em;
    font-weight: 600;
  }
  .progress {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .options {
    display: grid;
    gap: 0.375em;
  }
  .options li:has(input) {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    min-height: 2.75em;
  }
  .options input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0.125em 0 0;
  }
  .options label {
    font-weight: normal;
  }
  .save {
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .save[data-save='failed'] {
    color: var(--_color-danger);
  }
  .confirm {
    padding: var(--_space);
    border: 0.125em solid var(--_color-primary);
    border-radius: var(--_radius);
  }
  .review,
  .key ol {
    display: grid;
    gap: 1em;
    list-style: decimal;
    padding-inline-start: 1.5em;
  }
  .key .options {
    list-style: upper-alpha;
    padding-inline-start: 1.25em;
  }
  .right {
    color: var(--_right);
    font-weight: 600;
  }
  .wrong {
    text-decoration: line-through;
  }
  .key summary {
    min-height: 2.75em;
    cursor: pointer;
    font-weight: 600;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_color-focus);
    outline-offset: 0.125em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
