import { css } from 'lit';

/**
 * Mobile first: one column, facets folded in a `<details>`. From 48em of container width
 * (not viewport: the widget may sit in a narrow CMS column) facets become an open sidebar.
 */
export const legalDocsStyles = css`
  :host {
    --_sidebar: var(--pbgdpl-legal-docs-sidebar-width, 16em);
    --_mark: var(--pbgdpl-legal-docs-highlight, #fff3b0);
    --_row-height: var(--pbgdpl-legal-docs-row-height, 11em);
    --_dialog-width: 60em;
  }
  .root {
    container: legal-docs / inline-size;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  a {
    color: var(--_color-primary);
  }
  mark {
    background: var(--_mark);
    color: inherit;
    padding: 0 0.0625em;
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    cursor: pointer;
  }

  /* Search bar */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    margin-block-end: 1em;
  }
  .search {
    flex: 1 1 18em;
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'],
  select {
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  input[type='search'] {
    flex: 1 1 auto;
    width: 100%;
    min-width: 0;
  }
  .submit,
  .clear {
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .clear {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  .clear:hover {
    background: var(--_color-surface-alt);
  }
  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .sort {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  /* a percentage width lets it narrow below its natural size */
  .sort select {
    width: 100%;
  }

  /* Layout: facets beside the results when the container is wide enough */
  .layout {
    display: grid;
    gap: 1em;
  }
  @container legal-docs (min-width: 48em) {
    .layout {
      grid-template-columns: var(--_sidebar) minmax(0, 1fr);
      align-items: start;
    }
    .layout.single {
      grid-template-columns: minmax(0, 1fr);
    }
    .facets > summary {
      display: none;
    }
    /* The panel is always open here: the summary is hidden and the content shown (the
       .layout prefix outranks the narrow rule below, which comes later in the sheet). */
    .layout .facets::details-content,
    .layout .facets:not([open])::details-content {
      content-visibility: visible;
      display: block;
    }
  }

  /* Facets */
  .facets[hidden] {
    display: none;
  }
  .facets {
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  /* Children of <details> inherit through its UA shadow tree, not from us: size them explicitly. */
  .facets > summary,
  .facets-body {
    box-sizing: border-box;
  }
  .facets > summary {
    min-height: 2.75em;
    padding: 0.625em 0.75em;
    font-weight: 600;
    cursor: pointer;
  }
  .facets:not([open])::details-content {
    display: none;
  }
  .facets-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    padding: 0.75em;
  }
  .facet-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .facet-heading {
    margin-block-end: 0.375em;
    font-size: 1em;
  }
  .facet-values {
    display: grid;
    gap: 0.25em;
  }
  .facet-value {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    text-align: start;
  }
  .facet.placeholder .shimmer {
    display: block;
    border-radius: var(--_radius);
  }
  .facet.placeholder .facet-heading {
    width: 60%;
    height: 1.5em;
  }
  .facet.placeholder li {
    height: 2.75em;
  }
  /* where "Xem thêm" will be */
  .facet.placeholder .facet-values {
    margin-block-end: 2.25em;
  }
  .facet-value:hover {
    border-color: var(--_color-primary);
  }
  .facet-value[aria-pressed='true'] {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  .facet-value[aria-pressed='true'] .facet-label::before {
    content: '✓ ';
  }
  .facet-count {
    flex: none;
    font-variant-numeric: tabular-nums;
  }
  .facet-more {
    margin-block-start: 0.25em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
    min-height: 2.75em;
  }

  /* Active filters */
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .chips ul {
    display: contents;
  }
  .chips-label {
    font-weight: 600;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: 1.5em;
    background: var(--_color-surface-alt);
    color: var(--_color-text);
  }
  .chip-x {
    font-size: 1.25em;
    line-height: 1;
    color: var(--_color-primary);
  }

  /* Results */
  .results-heading {
    font-size: 1.125em;
  }
  .count {
    min-height: 1.5em;
    margin-block: 0.25em 0.75em;
    color: var(--_color-muted);
  }
  .results {
    display: grid;
    gap: 0.75em;
  }
  .result {
    min-height: var(--_row-height);
    padding: 0.75em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .number {
    color: var(--_color-muted);
    font-weight: 600;
    font-size: 0.875em;
  }
  .title {
    margin-block: 0.125em 0.375em;
    font-size: 1.0625em;
    line-height: 1.4;
  }
  .doc-link,
  .corrected {
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .did-you-mean {
    margin-block: 0 0.75em;
  }
  .corrected {
    font-weight: 600;
  }
  button.doc-link,
  button.corrected {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
  }
  button.doc-link {
    font-weight: inherit;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
  }
  .meta div {
    display: flex;
    gap: 0.25em;
  }
  .meta dt {
    color: var(--_color-muted);
  }
  .meta dt::after {
    content: ':';
  }
  .historical {
    color: var(--_color-muted);
    font-style: italic;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 0.75em;
    font-weight: 600;
    background: var(--_color-surface);
  }
  .badge[data-status='in-force'] {
    color: #1a6b36;
  }
  .badge[data-status='partly-expired'],
  .badge[data-status='not-yet-in-force'] {
    color: #7a4a00;
  }
  .badge[data-status='expired'],
  .badge[data-status='suspended'],
  .badge[data-status='outdated'] {
    color: var(--_color-danger);
  }
  .snippet {
    margin-block-start: 0.375em;
    color: var(--_color-text);
  }

  /* Titles wrap to more lines in a narrower column: the loading rows grow as the results do. */
  @container legal-docs (max-width: 48em) {
    .skeleton-row {
      height: calc(var(--_row-height) * 1.2);
    }
  }
  @container legal-docs (max-width: 30em) {
    .skeleton-row {
      height: calc(var(--_row-height) * 2.1);
    }
  }
  /* A compact item: one or two lines of title and a line of meta, on more lines when narrow */
  .skeleton .compact-skeleton {
    gap: 0.5em;
  }
  .compact-skeleton .skeleton-row {
    height: 3em;
  }
  @container legal-docs (max-width: 48em) {
    .compact-skeleton .skeleton-row {
      height: 3em;
    }
  }
  @container legal-docs (max-width: 40em) {
    .compact-skeleton .skeleton-row {
      height: 3.6em;
    }
  }
  @container legal-docs (max-width: 30em) {
    .compact-skeleton .skeleton-row {
      height: 3.9em;
    }
  }
  @container legal-docs (max-width: 20em) {
    .compact-skeleton .skeleton-row {
      height: 4.8em;
    }
  }

  /* Empty state */
  .empty {
    align-items: flex-start;
  }
  .empty-title {
    font-weight: 600;
  }
  .suggestions {
    list-style: disc;
    padding-inline-start: 1.25em;
  }

  .dialog-body > pbgdpl-legal-doc {
    display: block;
  }

  /* Compact view */
  .compact-heading {
    margin-block-end: 0.5em;
    font-size: 1.125em;
  }
  .compact-list {
    display: grid;
  }
  .compact-item {
    display: grid;
    gap: 0.125em;
    padding-block: 0.5em;
    border-block-end: 0.0625em solid var(--_color-border);
  }
  .compact-meta {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .more {
    display: inline-block;
    margin-block-start: 0.5em;
    padding-block: 0.5em;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .facet-value[aria-pressed='true'] {
      outline: 0.1875em solid CanvasText;
    }
  }
`;
