import { css } from 'lit';

/** Mobile first, one column; controls 2.75em high for fingers; no rem (hosts change it). */
export const qaBoxStyles = css`
  :host {
    --_mark: var(--pbgdpl-qa-box-highlight, #fff3b0);
    --_row-height: var(--pbgdpl-qa-box-row-height, 6.25em);
    --_dialog-width: 48em;
  }
  .root {
    container: qa-box / inline-size;
  }
  /* Questions wrap to more lines in a narrower column: the loading rows grow as the list does. */
  @container qa-box (max-width: 64em) {
    .skeleton-row {
      height: calc(var(--_row-height) * 1.2);
    }
  }
  @container qa-box (max-width: 48em) {
    .skeleton-row {
      height: calc(var(--_row-height) * 1.25);
    }
  }
  @container qa-box (max-width: 40em) {
    .skeleton-row {
      height: calc(var(--_row-height) * 1.7);
    }
  }
  @container qa-box (max-width: 30em) {
    .skeleton-row {
      height: calc(var(--_row-height) * 1.95);
    }
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
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
  h3,
  h4 {
    font-size: 1.0625em;
  }
  a,
  .link {
    color: var(--_color-primary);
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    cursor: pointer;
  }
  .root {
    display: grid;
    gap: 1em;
  }
  .root > #panel {
    display: grid;
    gap: 0.75em;
  }
  label,
  legend {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  textarea {
    resize: vertical;
  }
  /* as specific as the rule above, or inputs keep their grey border */
  :is(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 0.125em;
  }
  button:disabled {
    cursor: default;
    opacity: 0.65;
  }
  .hint,
  .meta,
  .count,
  .optional {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .req {
    color: var(--_color-danger);
    text-decoration: none;
  }
  .actions,
  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .search-row input {
    flex: 1 1 12em;
    width: auto;
  }

  /* Tabs */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 0.125em solid var(--_color-border);
  }
  [role='tab'] {
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0;
    border-bottom: 0.1875em solid transparent;
    background: none;
    color: var(--_color-text);
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_color-primary);
    color: var(--_color-primary);
    font-weight: 600;
  }

  /* Search and filters */
  .search,
  .query,
  .filter,
  .row,
  .ask,
  .lookup,
  .status,
  .success,
  .question {
    display: grid;
    gap: 0.375em;
  }
  .search,
  .ask,
  .status {
    gap: 0.75em;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.5em 1em;
  }

  /* List */
  .list {
    display: grid;
    gap: 0.75em;
  }
  .item {
    padding-block-end: 0.75em;
    border-bottom: 0.0625em solid var(--_color-border);
  }
  .title {
    margin-block-end: 0.25em;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
    font-weight: inherit;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_color-notice-bg);
    color: var(--_color-notice-text);
    font-weight: 600;
  }
  .badge[data-status='answered'] {
    background: #e6f4ea;
    color: #1e5c2f;
  }
  .badge[data-status='rejected'] {
    background: #fdecea;
    color: var(--_color-danger);
  }

  /* Detail */
  .facts {
    display: grid;
    gap: 0.25em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    color: var(--_color-muted);
  }
  .facts dt::after {
    content: ':';
  }
  .body {
    white-space: pre-line;
  }
  .answer {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border-inline-start: 0.25em solid var(--_color-primary);
    background: var(--_color-surface-alt);
  }
  .rich :is(p, ul, ol) {
    margin-block: 0.5em;
  }
  .rich :is(ul, ol) {
    padding-inline-start: 1.5em;
    list-style: revert;
  }
  .note {
    font-style: italic;
    color: var(--_color-muted);
  }
  .related ul {
    list-style: disc;
    padding-inline-start: 1.5em;
  }

  /* Form */
  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .summary {
    padding: var(--_space);
    border: 0.125em solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .summary ul {
    list-style: disc;
    padding-inline-start: 1.5em;
  }
  .summary[hidden] {
    display: none;
  }
  .success {
    padding: var(--_space);
    border: 0.125em solid #1e5c2f;
    border-radius: var(--_radius);
  }
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.25em;
    letter-spacing: 0.05em;
    user-select: all;
  }
  .tracking {
    display: grid;
    gap: 0.5em;
  }
  .tracking > p > a {
    display: inline-block;
    min-height: 24px;
  }
`;
